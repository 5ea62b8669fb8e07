// Profanity and slurs from our sorted word lists, including UK and disguised spellings ("f*ck", "f u c k", "sh1t").

import { defineRule } from '../../rule.ts';
import { findProfanity } from '../../text/profanity.ts';

export default defineRule({
  id: 'profanity',
  definite: true,
  category: 'tone',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G2', 'G26'],
  description: 'Swearing and abusive words, including disguised spellings.',
  messages: {
    official: '“{words}” is offensive language; an official account must never swear.',
    personal: '“{words}” is offensive language; the Civil Service Code applies on personal accounts too.',
  },
  check(ctx) {
    return findProfanity(ctx.text).map(({ start, end, text }) => ({
      start,
      end,
      messageId: ctx.account,
      data: { words: text },
      suggestion: 'Remove the word, or say what you mean without it.',
    }));
  },
});
