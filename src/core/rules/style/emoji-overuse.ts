// More than three emoji, or several in a row: GCS accessibility advice, since screen readers read every one aloud.

import { defineRule, type Hit } from '../../rule.ts';
import { findEmoji } from '../../text/emoji.ts';

const MAX_EMOJI = 3;

export default defineRule({
  id: 'emoji-overuse',
  category: 'style',
  severity: 'info',
  guidance: ['G30', 'G18'],
  description: 'More than three emoji in a post, or emoji repeated in a row, which screen readers read out one by one.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const emoji = findEmoji(text);
    if (emoji.length < 2) return [];
    const hits: Hit[] = [];
    // Runs: emoji separated by nothing but spaces.
    let i = 0;
    while (i < emoji.length) {
      let j = i;
      while (j + 1 < emoji.length && /^\s*$/u.test(text.slice(emoji[j]!.end, emoji[j + 1]!.start))) j++;
      const run = emoji.slice(i, j + 1);
      const repeated = run.length >= 2 && run.every((e) => e.text === run[0]!.text);
      if (run.length >= 3 || repeated) {
        hits.push({
          start: run[0]!.start,
          end: run[run.length - 1]!.end,
          message: `${run.length} emoji in a row (“${text.slice(run[0]!.start, run[run.length - 1]!.end)}”) are read aloud one by one by screen readers.`,
          suggestion: 'Keep one emoji here, or none.',
        });
      }
      i = j + 1;
    }
    if (emoji.length > MAX_EMOJI) {
      for (const e of emoji.slice(MAX_EMOJI)) {
        if (hits.some((h) => e.start >= h.start && e.end <= h.end)) continue;
        hits.push({
          start: e.start,
          end: e.end,
          message: `This post has ${emoji.length} emoji; use no more than 2 or 3, and never to carry the message.`,
          suggestion: 'Remove this emoji.',
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
