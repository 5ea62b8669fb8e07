// Turns sorted phrase lists into one precompiled whole-word regular expression, and finds its matches.

import { allMatches } from './matches.ts';

// Letters spelt out rather than \p{L}: a case-insensitive regex without the u flag runs many times faster,
// and these ranges cover English and the accented Latin letters of names.
export const LETTER = 'A-Za-z\\u00C0-\\u024F';
// A `*` word takes the whole (hyphenated) word or nothing: the lookahead stops it ending before a hyphen that the
// separator after it could also take, which made every hyphen a backtracking point (quadratic on "a-b-c-…").
const ANY_WORD = `[${LETTER}0-9'’]+(?:-[${LETTER}0-9'’]+){0,3}(?![${LETTER}0-9'’]|-[${LETTER}0-9'’])`;
const GAP = '[\\s\\-‐–]+';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tokenPattern(token: string): string {
  if (token === '*') return ANY_WORD;
  // "another *, another": any one word, then the punctuation written after it.
  if (/^\*[,.;:!?]$/.test(token)) return ANY_WORD + escapeRegExp(token.slice(1));
  // "pen-pusher" also finds "pen pusher" and "penpusher"; a straight apostrophe also matches a curly one.
  // Empty parts ("-", "a-", "--") are dropped: an optional separator beside the gap's own would stack quantifiers
  // over the same characters, which is what let one allow-list entry of hyphens freeze the page.
  return token
    .split('-')
    .filter(Boolean)
    .map((part) => escapeRegExp(part).replace(/['’]/g, "['’]"))
    .join('[\\s\\-‐–]?');
}

/**
 * One regex (case-insensitive unless `flags` says otherwise) matching any of the phrases as whole
 * words. Words are separated by any run of white space or hyphens; a `*` word stands for any one word.
 * Longest phrases first, so "top secret" wins over "secret".
 */
export function phraseRegExp(phrases: readonly string[], flags = 'gi'): RegExp {
  const body = [...phrases]
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map(tokenPattern).filter(Boolean).join(GAP))
    .filter(Boolean)
    .join('|');
  return new RegExp(`(?<![${LETTER}0-9_'’])(?:${body || '(?!)'})(?![${LETTER}0-9_])`, flags);
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global regex, as ranges. */
export function findAll(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  for (const m of allMatches(re, text)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** `text` without any run of `chars` at its end: a loop, because /[…]+$/ rescans the run from every start (quadratic). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
