// Sentences over 25 words, which GOV.UK and GCS accessibility guidance ask writers to split.

import { defineRule } from '../../rule.ts';
import { countWords, sentenceSpans } from '../../text/sentences.ts';

const MAX_WORDS = 25;

export default defineRule({
  id: 'long-sentence',
  category: 'style',
  severity: 'info',
  guidance: ['G30', 'G18'],
  description: 'Sentences over 25 words (links, hashtags and mentions not counted).',
  checksQuotes: true,
  check(ctx) {
    const hits = [];
    for (const s of sentenceSpans(ctx.text)) {
      const words = countWords(ctx.text.slice(s.start, s.end));
      if (words <= MAX_WORDS) continue;
      hits.push({
        start: s.start,
        end: s.end,
        message: `This sentence is ${words} words long; sentences of 25 words or fewer are easier to read.`,
        suggestion: 'Split it into two or more shorter sentences.',
      });
    }
    return hits;
  },
});
