// Sentences: the one around a match (where a word's meaning usually settles), all of a post's, and word counts.

import { allMatches } from './matches.ts';

const END = /[.!?\n]/;

/** [start, end) of the sentence containing [start, end): from after the previous . ! ? or newline to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  // The text's boundaries are found once and searched, so asking for every match in one long sentence is not quadratic.
  const ends = boundariesOf(text);
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  // The first boundary at or after `end`, and the last one before `start`.
  const e = lo < ends.length ? ends[lo]! : text.length;
  let before = lo - 1;
  while (before >= 0 && ends[before]! > start - 1) before--;
  const s = before >= 0 ? ends[before]! + 1 : 0;
  return { start: s, end: Math.min(text.length, e + 1) };
}

// The last few texts' boundary offsets (rules ask about the post and its straightened copy, so a handful is enough).
const boundaryMemo = new Map<string, number[]>();
function boundariesOf(text: string): number[] {
  let ends = boundaryMemo.get(text);
  if (ends) return ends;
  ends = [];
  for (let i = 0; i < text.length; i++) if (isBoundary(text, i)) ends.push(i);
  if (boundaryMemo.size >= 4) boundaryMemo.clear();
  boundaryMemo.set(text, ends);
  return ends;
}

// A full stop between letters or digits ("gov.uk", "2.5%", "J. Keeling" aside) does not end a sentence.
function isBoundary(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!END.test(ch)) return false;
  if (ch === '.' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) return false;
  return true;
}

/** The first match of global `re` within [start, end) of `text` for which `keep` holds (for example, not inside quotes). */
export function firstMatchIn(
  re: RegExp,
  text: string,
  start: number,
  end: number,
  keep: (start: number, end: number) => boolean,
): string | undefined {
  for (const m of allMatches(re, text.slice(start, end))) {
    if (keep(start + m.index, start + m.index + m[0].length)) return m[0];
  }
  return undefined;
}

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (and any closing quotes or brackets) followed by white space, or at a line break.
// The end mark is tried only where a run of marks starts, so a long "!!!!…" is not rescanned from each mark.
const SENTENCE = /[^\n]+?(?:(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s|$)|(?=\n)|$)/gu;

/** [start, end) of each sentence, trimmed of surrounding white space; empty sentences are skipped. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of allMatches(SENTENCE, text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const LINK_OR_TAG = /(?:https?:\/\/|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)+\/\S*|[#@][\p{L}\p{N}_]+/gu;
const JOINERS = new Set(["'", '’', '.', '-']);

/**
 * Words in a piece of text, not counting links, hashtags or mentions. A word is a run of letters and
 * digits, joined through ' ’ . - ("don't", "gov.uk", "well-known"). Counted in one pass without
 * building match objects, because long-sentence calls this for every sentence on every keystroke.
 */
export function countWords(text: string): number {
  const plain = /[#@/]|www\./u.test(text) ? text.replace(LINK_OR_TAG, ' ') : text;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i]!;
    if (isWordChar(ch)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && JOINERS.has(ch) && isWordChar(plain[i + 1] ?? ''))) {
      inWord = false;
    }
  }
  return n;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}
