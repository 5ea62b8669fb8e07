// Compiles phrase lists written as data into one whole-word regex: ' matches either apostrophe, * stands for any one word.

import { escapeRegExp } from './terms.ts';

// Letters spelt out rather than \\p{L}: a case-insensitive regex without the u flag runs many times faster.
export const LETTER = 'A-Za-z\\u00C0-\\u024F';
const ANY_WORD = `[${LETTER}0-9'’]+(?:-[${LETTER}0-9'’]+)*`;
const GAP = '[\\s\\-‐–]+';

function tokenPattern(token: string): string {
  if (token === '*') return ANY_WORD;
  // "pen-pusher" also finds "pen pusher" and "penpusher".
  return token
    .split('-')
    .map((part) => escapeRegExp(part).replace(/'/g, "['’]"))
    .join('[\\s\\-‐–]?');
}

/** One case-insensitive regex matching any of the phrases as whole words; longest phrases are tried first. */
export function patternRegExp(phrases: readonly string[], flags = 'gi'): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.trim().split(/\s+/).map(tokenPattern).join(GAP))
    .join('|');
  return new RegExp(`(?<![${LETTER}0-9_'’])(?:${body})(?![${LETTER}0-9_])`, flags);
}
