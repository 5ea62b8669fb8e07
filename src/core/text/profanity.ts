// Finds swear words anywhere, including disguised spellings (f*ck, sh!t, f u c k), for the tone and engagement rules.

import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import disguisable from '../data/profanity-disguisable-roots.json' with { type: 'json' };
import extra from '../data/profanity-extra-words.json' with { type: 'json' };
import innocent from '../data/profanity-innocent-words.json' with { type: 'json' };
import { LETTER, phraseRegExp, type Match } from './terms.ts';
import { wordAround } from './words.ts';

// Built once: compiling the dataset costs far more than matching a post.
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const INNOCENT = new Set(innocent.terms);
const EXTRA = phraseRegExp(extra.terms.flatMap((t) => (t.includes(' ') ? [t] : [t, `${t}ing`])));

const MASK = '[*#@$%!_]';
// "f*ck", "f**k", "sh!t": the first letter, then each letter or a mask, with at least one mask.
const MASKED = new RegExp(
  `(?<![${LETTER}0-9])(?:${disguisable.terms
    .map((w) => w[0] + [...w.slice(1)].map((c) => `(?:${c}|${MASK})`).join(''))
    .join('|')})(?=[${LETTER}]*(?![${LETTER}0-9*]))`,
  'gi',
);
// "f u c k", "s.h.i.t": every letter split by the same kind of gap.
const SPACED = new RegExp(
  `(?<![${LETTER}0-9])(?:${disguisable.terms.map((w) => [...w].join('[ .\\-_]')).join('|')})(?![${LETTER}0-9])`,
  'gi',
);

const MAY_BE_MASKED = new RegExp(`[${LETTER}]${MASK}`);
const MAY_BE_SPACED = new RegExp(`(?<![${LETTER}0-9])[${LETTER}][ .\\-_][${LETTER}][ .\\-_][${LETTER}](?![${LETTER}0-9])`);

/** Swear words as whole-word ranges, sorted, without duplicates. */
export function findProfanity(text: string): Match[] {
  const ranges: Array<{ start: number; end: number }> = [];
  // Widening a match to its word scans the word; a match inside the word just widened would give a range the
  // filter below drops anyway, so it is skipped rather than rescanned ("fuckfuck…" is one long word).
  let widened = { start: -1, end: -1 };
  const widen = (start: number, end: number) => {
    if (start >= widened.start && end <= widened.end) return;
    widened = wordAround(text, start, end);
    ranges.push(widened);
  };
  for (const m of matcher.getAllMatches(text, true)) {
    // The matcher reports the root ("arse" in "arseholes"); take the whole word instead.
    widen(m.startIndex, m.endIndex + 1);
  }
  for (const m of text.matchAll(EXTRA)) ranges.push({ start: m.index, end: m.index + m[0].length });
  // Cheap gates: most posts have no masked or spaced-out letters, so the long alternations need not run.
  if (MAY_BE_MASKED.test(text)) for (const m of text.matchAll(MASKED)) {
    if (!plausiblyMasked(m[0])) continue;
    widen(m.index, m.index + m[0].length);
  }
  if (MAY_BE_SPACED.test(text)) for (const m of text.matchAll(SPACED)) ranges.push({ start: m.index, end: m.index + m[0].length });
  const seen = new Set<string>();
  // Sorted by start, so "inside an earlier range" is "ends no later than the furthest end so far": one pass.
  let furthestEnd = -1;
  return ranges
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter(({ start, end }, i) => {
      const insideEarlier = i > 0 && furthestEnd >= end;
      furthestEnd = Math.max(furthestEnd, end);
      const word = text.slice(start, end);
      if (INNOCENT.has(word.toLowerCase())) return false;
      // Digits read as letters ("4455" as "aass") make swear words out of reference numbers; a real one keeps letters.
      if (!/\p{L}.*\p{L}/u.test(word)) return false;
      // A range inside an earlier, longer one is the same word found twice.
      if (insideEarlier) return false;
      const key = `${start}:${end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}

// "as!!" and "p!!!" are punctuation; a real disguise keeps letters at both ends ("sh!t"), except "f***".
function plausiblyMasked(word: string): boolean {
  const masks = word.slice(1).replace(/\p{L}/gu, '').length;
  if (masks === 0) return false;
  if (/^f/iu.test(word) && masks === word.length - 1) return true;
  return /\p{L}$/u.test(word) && word.length - masks >= 2;
}
