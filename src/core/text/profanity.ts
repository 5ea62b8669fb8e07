// Finds swear words anywhere, including disguised spellings (f*ck, sh!t, f u c k, sh1t, fuuuck), for the tone and engagement rules.

import disguisable from '../data/profanity-disguisable-roots.json' with { type: 'json' };
import extra from '../data/profanity-extra-words.json' with { type: 'json' };
import innocent from '../data/profanity-innocent-words.json' with { type: 'json' };
import anywhere from '../data/profanity-anywhere-roots.json' with { type: 'json' };
import words from '../data/profanity-words.json' with { type: 'json' };
import { LETTER, phraseRegExp, type Match } from './terms.ts';
import { wordAround } from './words.ts';
import { allMatches } from './matches.ts';

const INNOCENT = new Set(innocent.terms);
const ANYWHERE = anywhere.terms;
const WORDS = new Set(words.terms);
// Endings a whole word keeps its meaning with ("twats", "pissed", "wanking"); -er and -y are left out because
// they turn swear words into innocent ones as often as not (cocker spaniel, dicky heart).
const ENDINGS = ['s', 'es', 'ed', 'ing', 'in'];
// Digits and symbols read as the letters they stand in for ("sh1t", "b1tch", "a$$hole").
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const WORD = /[\p{L}\p{N}$@]+/gu;
const DRAWN_OUT = /(\p{L})\1\1/u;
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
  // A post repeats its words: each distinct one is judged once.
  const judged = new Map<string, boolean>();
  for (const m of allMatches(WORD, text)) {
    let swear = judged.get(m[0]);
    if (swear === undefined) judged.set(m[0], (swear = isSwearWord(m[0])));
    if (swear) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(EXTRA, text)) ranges.push({ start: m.index, end: m.index + m[0].length });
  // Cheap gates: most posts have no masked or spaced-out letters, so the long alternations need not run.
  if (MAY_BE_MASKED.test(text)) for (const m of allMatches(MASKED, text)) {
    if (!plausiblyMasked(m[0])) continue;
    widen(m.index, m.index + m[0].length);
  }
  if (MAY_BE_SPACED.test(text)) for (const m of allMatches(SPACED, text)) ranges.push({ start: m.index, end: m.index + m[0].length });
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

/** One word, as written: a swear word or slur once disguises are undone ("fuuuck", "sh1t"), unless it is an innocent word. */
function isSwearWord(raw: string): boolean {
  const lower = raw.toLowerCase();
  if (INNOCENT.has(lower)) return false;
  const plain = lower.replace(/[0-9$@]/g, (c) => LEET[c] ?? c);
  // A letter drawn out ("fuuuuck", "asssss") is the word itself: try the run as one letter and as two.
  const forms = DRAWN_OUT.test(plain) ? new Set([plain, plain.replace(/(\p{L})\1{2,}/gu, '$1$1'), plain.replace(/(\p{L})\1{2,}/gu, '$1')]) : [plain];
  for (const w of forms) {
    if (INNOCENT.has(w)) return false;
    if (WORDS.has(w) || ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e) && WORDS.has(w.slice(0, -e.length)))) return true;
    if (ANYWHERE.some((root) => w.includes(root))) return true;
  }
  return false;
}

// "as!!" and "p!!!" are punctuation; a real disguise keeps letters at both ends ("sh!t"), except "f***".
function plausiblyMasked(word: string): boolean {
  const masks = word.slice(1).replace(/\p{L}/gu, '').length;
  if (masks === 0) return false;
  if (/^f/iu.test(word) && masks === word.length - 1) return true;
  return /\p{L}$/u.test(word) && word.length - masks >= 2;
}
