// Long multi-word hashtags in one case (#mentalhealthawareness), which screen readers cannot split into words.

import single from '../../data/long-single-word-hashtags.json' with { type: 'json' };
import { defineRule } from '../../rule.ts';

const HASHTAG = /(?<![\p{L}\p{N}_&/])#([\p{L}\p{N}_]+)/gu;
const SINGLE = new Set(single.terms);
// Without a dictionary, length is the signal: few single English words pass 12 letters.
const MIN_LETTERS = 13;

export default defineRule({
  id: 'camelcase-hashtag',
  category: 'style',
  severity: 'info',
  guidance: ['G30', 'G7'],
  description: 'Long multi-word hashtags written all in lower (or upper) case instead of CamelCase (#MentalHealthAwareness).',
  checksQuotes: true,
  check(ctx) {
    const hits = [];
    for (const m of ctx.text.matchAll(HASHTAG)) {
      const tag = m[1]!;
      const letters = tag.replace(/[^\p{L}]/gu, '');
      if (letters.length < MIN_LETTERS || SINGLE.has(tag.toLowerCase())) continue;
      const oneCase = !/\p{Lu}/u.test(letters) || !/\p{Ll}/u.test(letters);
      if (!oneCase) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” is written in one case, so screen readers read it as one long word.`,
        suggestion: 'Capitalise the first letter of each word, for example #MentalHealthAwareness.',
      });
    }
    return hits;
  },
});
