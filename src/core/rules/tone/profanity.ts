// Profanity and abusive words, found with the maintained `obscenity` matcher plus UK and disguised spellings ("f*ck", "f u c k").

import { defineRule } from '../../rule.ts';
import { findProfanity } from '../../text/profanity.ts';

export default defineRule({
  id: 'profanity',
  category: 'tone',
  severity: 'warning',
  guidance: ['G2', 'G26'],
  description: 'Swearing and abusive words, including disguised spellings.',
  check(ctx) {
    const official = ctx.account === 'official';
    return findProfanity(ctx.text).map(({ start, end, text }) => ({
      start,
      end,
      severity: official ? ('error' as const) : ('warning' as const),
      message: official
        ? `“${text}” is offensive language; an official account must never swear.`
        : `“${text}” is offensive language; the Civil Service Code applies on personal accounts too.`,
      suggestion: 'Remove the word, or say what you mean without it.',
    }));
  },
});
