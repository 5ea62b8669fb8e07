// Finds codewords given only as salted hashes: every word and run of up to four words in the post is
// normalised, hashed with the salt and looked up, so the plain list never has to be on the user's machine.
//
// Why salted SHA-256 (our own, ./sha256.ts, held to @noble/hashes by its test) is enough here: the matcher
// must be synchronous (the core runs on every keystroke and in Node, and WebCrypto's digest is async-only),
// and identical in Chrome, Firefox and Node, which pure-JS code is. The hashes keep the list off the screen, out
// of storage, chrome://policy, about:policies and support screenshots. They cannot stop someone holding
// the salt from testing guesses offline, and no locally matched scheme can, since matching a post is
// itself a fast test of a guess; the per-deployment salt stops one precomputed table serving every department.

import { sha256Hex } from './sha256.ts';
import { allMatches } from './matches.ts';

/** Longest phrase, in words, that the matcher tries (scripts/hash-codewords.mjs refuses longer ones). */
export const MAX_HASHED_WORDS = 4;

// Words are runs of letters and digits; between two words of one phrase only spacing, hyphens,
// underscores or apostrophes may stand, as the plain matcher allows ("Kestrel-Two", "kestrel_two").
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const JOINER = /^[\s\-‐–_'’]{0,3}$/u;

/** The form both sides hash: NFKC, lower case, the words run together ("#Project-Kestrel" → "projectkestrel"). */
export function normaliseCodeword(phrase: string): string {
  return (phrase.match(WORD) ?? []).map(foldWord).join('');
}

// NFKC is the costly step and changes nothing in plain ASCII, which most words are.
const NON_ASCII = /[^\x00-\x7f]/;
const foldWord = (word: string): string => (NON_ASCII.test(word) ? word.normalize('NFKC') : word).toLowerCase();

/** Hex SHA-256 of salt, a separator and the normalised phrase: what the admin's script writes and the matcher looks up. */
export function hashCodeword(phrase: string, salt: string): string {
  return sha256Hex(`${salt}\u0000${normaliseCodeword(phrase)}`);
}

export interface HashedCodewords {
  salt: string;
  hashes: readonly string[];
}

interface Matcher {
  salt: string;
  hashes: readonly string[];
  key: string;
  set: ReadonlySet<string>;
  /** Candidate → matched, remembered across keystrokes (most of a post is unchanged between two checks). */
  seen: Map<string, boolean>;
}
let matcher: Matcher | undefined;
const SEEN_LIMIT = 20_000;

function matcherFor(list: HashedCodewords): Matcher {
  // Settings objects stay the same between keystrokes, so the list is re-read only when it is a new one.
  if (matcher && matcher.hashes === list.hashes && matcher.salt === list.salt) return matcher;
  const key = `${list.salt}\u0000${list.hashes.join(',')}`;
  if (matcher?.key !== key) matcher = { salt: list.salt, hashes: list.hashes, key, set: new Set(list.hashes.map((h) => h.toLowerCase())), seen: new Map() };
  else matcher = { ...matcher, salt: list.salt, hashes: list.hashes };
  return matcher;
}

/** [start, end) ranges of the post whose words hash to one of the list's hashes, longest phrase first at each word. */
export function findHashedCodewords(text: string, list: HashedCodewords | undefined): Array<[number, number]> {
  if (!list || list.hashes.length === 0 || !list.salt) return [];
  const m = matcherFor(list);
  const source = allMatches(WORD, text).map((w) => ({ start: w.index, end: w.index + w[0].length, lower: foldWord(w[0]) }));
  const found: Array<[number, number]> = [];
  for (let i = 0; i < source.length; i++) {
    let joined = '';
    const hits: number[] = [];
    for (let n = 0; n < MAX_HASHED_WORDS && i + n < source.length; n++) {
      const word = source[i + n]!;
      if (n > 0 && !JOINER.test(text.slice(source[i + n - 1]!.end, word.start))) break;
      joined += word.lower;
      let hit = m.seen.get(joined);
      if (hit === undefined) {
        hit = m.set.has(sha256Hex(`${list.salt}\u0000${joined}`));
        if (m.seen.size >= SEEN_LIMIT) m.seen.clear();
        m.seen.set(joined, hit);
      }
      if (hit) hits.push(i + n);
    }
    const last = hits[hits.length - 1];
    if (last === undefined) continue;
    // A leading # belongs to the match, as in the plain rule.
    const start = source[i]!.start > 0 && text[source[i]!.start - 1] === '#' ? source[i]!.start - 1 : source[i]!.start;
    found.push([start, source[last]!.end]);
    i = last;
  }
  return found;
}
