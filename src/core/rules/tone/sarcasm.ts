// Sarcasm and mockery ("yeah right", "oh great, another...", "/s", 🙄), which reads as contempt and is easily misread.

import sarcasm from '../../data/sarcasm-phrases.json' with { type: 'json' };
import { defineRule } from '../../rule.ts';
import { phraseRegExp } from '../../text/terms.ts';

const SARCASM = phraseRegExp(sarcasm.terms);
// Eye-roll, upside-down face, unamused, facepalm and clown: the emoji of mockery.
const MOCKING_EMOJI = /🙄|🙃|😒|🤦(?:\p{Emoji_Modifier})?(?:\u200D[♀♂]\uFE0F?)?|🤡/gu;

export default defineRule({
  id: 'sarcasm',
  category: 'tone',
  severity: 'warning',
  guidance: ['G2', 'G18'],
  description: 'Sarcasm and mockery (“yeah right”, “oh great, another…”, “/s”, 🙄), which official accounts must avoid.',
  check(ctx) {
    const official = ctx.account === 'official';
    const hits = [];
    for (const re of [SARCASM, MOCKING_EMOJI]) {
      for (const m of ctx.text.matchAll(re)) {
        const words = m[0];
        hits.push({
          start: m.index,
          end: m.index + words.length,
          severity: official ? ('warning' as const) : ('info' as const),
          message: official
            ? `“${words}” is sarcastic; an official account should be cordial and plain, and sarcasm is easily misread.`
            : `“${words}” is sarcastic; it is easily misread and can look like contempt for the public.`,
          suggestion: 'Say plainly what you mean.',
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
