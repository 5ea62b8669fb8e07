// Profanity and abusive words, found with the maintained `obscenity` matcher (handles l33t and stretched spellings).

import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import innocent from '../../data/profanity-innocent-words.json' with { type: 'json' };
import { defineRule } from '../../rule.ts';
import { wordAround } from '../../text/words.ts';

// Built once: compiling the dataset costs far more than matching a post.
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const INNOCENT = new Set(innocent.terms);

export default defineRule({
  id: 'profanity',
  category: 'tone',
  severity: 'warning',
  guidance: ['G2', 'G26'],
  description: 'Swearing and abusive words, including disguised spellings.',
  check(ctx) {
    const official = ctx.account === 'official';
    const seen = new Set<string>();
    return matcher
      .getAllMatches(ctx.text, true)
      // The matcher reports the root ("arse" in "arseholes"); underline the whole word instead.
      .map((m) => wordAround(ctx.text, m.startIndex, m.endIndex + 1))
      .filter(({ start, end }) => {
        const key = `${start}:${end}`;
        if (seen.has(key) || INNOCENT.has(ctx.text.slice(start, end).toLowerCase())) return false;
        seen.add(key);
        return true;
      })
      .map(({ start, end }) => ({
        start,
        end,
        severity: official ? ('error' as const) : ('warning' as const),
        message: official
          ? `“${ctx.text.slice(start, end)}” is offensive language; an official account must never swear.`
          : `“${ctx.text.slice(start, end)}” is offensive language; the Civil Service Code applies on personal accounts too.`,
        suggestion: 'Remove the word, or say what you mean without it.',
      }));
  },
});
