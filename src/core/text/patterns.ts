// Compiles phrase lists written as data into one whole-word regex: ' matches either apostrophe, * stands for any one word.

import { escapeRegExp } from './terms.ts';

const ANY_WORD = "[\\p{L}\\p{N}'’]+(?:-[\\p{L}\\p{N}'’]+)*";
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
export function patternRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.trim().split(/\s+/).map(tokenPattern).join(GAP))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_'’])(?:${body})(?![\\p{L}\\p{N}_])`, flags);
}
