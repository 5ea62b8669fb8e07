// Dismissive, blaming or weary lines ("not our problem", "you only have yourself to blame") that undermine a helpful official voice.

import negativity from '../../data/negativity-phrases.json' with { type: 'json' };
import { defineRule } from '../../rule.ts';
import { phraseRegExp } from '../../text/terms.ts';

const NEGATIVE = phraseRegExp(negativity.terms);

export default defineRule({
  id: 'needless-negativity',
  category: 'tone',
  severity: 'warning',
  guidance: ['G18', 'G2'],
  description: 'Dismissive or blaming lines (“not our problem”, “how many times”, “you only have yourself to blame”).',
  check(ctx) {
    const official = ctx.account === 'official';
    return [...ctx.text.matchAll(NEGATIVE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      // A personal account may be blunt; an official one must stay positive and helpful.
      severity: official ? ('warning' as const) : ('info' as const),
      message: official
        ? `“${m[0]}” sounds dismissive or blaming; an official account should stay positive and helpful.`
        : `“${m[0]}” sounds dismissive or blaming; keep comments moderate.`,
      suggestion: 'Say what people can do next, and where to find help.',
    }));
  },
});
