// Finds abuse in any text (insults, put-downs, threats, swearing): the tone rules check the draft, the engagement rule the post replied to.

import directedTerms from '../data/insult-directed-terms.json' with { type: 'json' };
import insultTerms from '../data/insult-terms.json' with { type: 'json' };
import imperatives from '../data/put-down-imperatives.json' with { type: 'json' };
import putDowns from '../data/put-down-phrases.json' with { type: 'json' };
import threats from '../data/threat-phrases.json' with { type: 'json' };
import { findProfanity } from './profanity.ts';
import { DisjointRanges, lowerBound } from './ranges.ts';
import { phraseRegExp, type Match } from './terms.ts';
import { allMatches } from './matches.ts';

export type AbuseKind = 'profanity' | 'insult' | 'put-down' | 'threat';
export interface AbuseMatch extends Match {
  kind: AbuseKind;
}

const INSULT = phraseRegExp(insultTerms.terms);
const DIRECTED = phraseRegExp(directedTerms.terms);
const PUT_DOWN = phraseRegExp(putDowns.terms);
const THREAT = phraseRegExp(threats.terms);
// A command on its own ("Grow up.", "Get a grip, mate!", "... 😂 Pipe down, Kev."), not "children grow up" or "get a grip on your budget".
// The look-behind's white space is bounded: unbounded, it rescanned a whole run of spaces from every position in it.
const IMPERATIVE = new RegExp(
  `(?:^|(?<=[.!?…:;,—–]\\s{0,8}|[\\u2600-\\u27BF\\uDC00-\\uDFFF]\\s{1,8}|\\n\\s{0,8}|\\b(?:just|oh|now|so|mate|pal|seriously|honestly|please)[,!]?\\s{1,8}))(?:${phraseRegExp(imperatives.terms).source})(?=\\s*(?:[.!?…,;:—–)]|$|\\n)|\\s+(?:mate|pal|love|dear|sunshine|people|everyone|then|already|lol|and\\s+(?:grow|get|go))\\b|\\s*[\\u2600-\\u27BF\\uD83C-\\uD83E])`,
  'gi',
);
// What comes just before a word that makes it aimed at someone: "you lot are useless", "such a liar", "run by clowns".
const AIMED_BEFORE =
  /(?:\b(?:you|ya|u|ur|yer)(?:['’]re|\s+are|\s+r|\s+lot|\s+people|\s+guys|\s+all|\s+bunch\s+of|\s+absolute|\s+utter|\s+complete|\s+total)?|\b(?:such|absolute|utter|complete|total|totally|utterly|completely|bunch\s+of|load\s+of|pack\s+of|lot\s+of|shower\s+of|what\s+an?|run\s+by|full\s+of|typical|bloody|f\w*ing)(?:\s+an?)?|\b(?:staff|people|officials|civil\s+servants|ministers|politicians|mps|bureaucrats|workers|employees|they|them|this\s+lot|that\s+lot|you\s+lot)\s+(?:are|is)(?:\s+(?:all|just|so|such|a|an|totally|completely|utterly|absolutely|bunch\s+of|load\s+of))*)\s+(?:[\p{L}-]+\s+)?$/iu;
const YOU_LOT_EARLIER = /\b(?:you|ya)\s+(?:lot|people|guys|clowns|muppets|idiots)\b/iu;
// Every branch of the two patterns above starts with one of these words: without one, neither can match, and the
// cheap test saves trying them from every position of the window for each of thousands of words in a long paste.
const AIMING_WORD =
  /\b(?:you|ya|u|ur|yer|such|absolute|utter|complete|total|totally|utterly|completely|bunch|load|pack|lot|shower|what|run|full|typical|bloody|f\w*ing|staff|people|officials|civil|ministers|politicians|mps|bureaucrats|workers|employees|they|them|this|that)\b/iu;

/** Insults: name-calling, including words that only insult when aimed at someone. */
export function findInsults(text: string): Match[] {
  const always = collect(INSULT, text);
  const aimed = collect(DIRECTED, text).filter((m) => isAimed(text, m, always));
  // A directed word next to another insult ("useless parasites") is aimed too. Only insults within a few
  // characters can be joined to it, so those are found by binary search, not by pairing every word with every other.
  const aimedStarts = new Set(aimed.map((a) => a.start));
  const chained = collect(DIRECTED, text).filter(
    (m) => !aimedStarts.has(m.start) && (joinedBefore(text, always, m) || joinedBefore(text, aimed, m) || joinedAfter(text, always, m) || joinedAfter(text, aimed, m)),
  );
  return [...always, ...aimed, ...chained].sort((a, b) => a.start - b.start);
}

export function findPutDowns(text: string): Match[] {
  return dropOverlaps([...collect(PUT_DOWN, text), ...collect(IMPERATIVE, text)]);
}

export function findThreats(text: string): Match[] {
  return collect(THREAT, text);
}

/** Every kind of abuse in the text, sorted, each range reported once (threats win over insults over swearing). */
export function findAbuse(text: string): AbuseMatch[] {
  const all: AbuseMatch[] = [
    ...findThreats(text).map((m) => ({ ...m, kind: 'threat' as const })),
    ...findInsults(text).map((m) => ({ ...m, kind: 'insult' as const })),
    ...findPutDowns(text).map((m) => ({ ...m, kind: 'put-down' as const })),
    ...findProfanity(text).map((m) => ({ ...m, kind: 'profanity' as const })),
  ];
  return dropOverlaps(all);
}

/** True when the text abuses or threatens someone; a sharp but civil complaint is not abuse. */
export function isAbusive(text: string): boolean {
  return findAbuse(text).some((m) => m.kind !== 'put-down');
}

function collect(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  for (const m of allMatches(re, text)) if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function isAimed(text: string, m: Match, insults: readonly Match[]): boolean {
  // The 60 characters before, from the last line break among them: searching back for the line's start instead
  // scanned the whole line for every match on it.
  const window = text.slice(Math.max(0, m.start - 60), m.start);
  const before = window.slice(Math.max(window.lastIndexOf('\n'), 0));
  const sentence = before.split(/[.!?](?=\s)/u).pop() ?? '';
  if (AIMING_WORD.test(sentence) && (AIMED_BEFORE.test(sentence) || YOU_LOT_EARLIER.test(sentence))) return true;
  // A word that is a whole sentence ("Clowns." "Useless!") is aimed at whoever is being answered.
  const after = text.slice(m.end, m.end + 3);
  if (/^\s*$/u.test(sentence) && /^(?:[.!?…]|\s*$)/u.test(after)) return true;
  return joinedBefore(text, insults, m);
}

/** Index of the first match in `sorted` (in order, not overlapping) whose end is at least `at`. */
function firstEndingFrom(sorted: readonly Match[], at: number): number {
  return lowerBound(sorted.length, (i) => sorted[i]!.end < at);
}

/** True when an insult ends just before `m`, joined to it ("useless parasites", "a liar and a hypocrite"). */
function joinedBefore(text: string, sorted: readonly Match[], m: Match): boolean {
  for (let i = firstEndingFrom(sorted, m.start - MAX_JOIN); i < sorted.length && sorted[i]!.end <= m.start; i++) {
    if (joined(text.slice(sorted[i]!.end, m.start))) return true;
  }
  return false;
}

/** True when an insult starts just after `m`, joined to it. */
function joinedAfter(text: string, sorted: readonly Match[], m: Match): boolean {
  for (let i = firstEndingFrom(sorted, m.end); i < sorted.length && sorted[i]!.start <= m.end + MAX_JOIN; i++) {
    if (sorted[i]!.start >= m.end && joined(text.slice(m.end, sorted[i]!.start))) return true;
  }
  return false;
}

// Two insults side by side or joined by "and (a)": "useless parasites", "a liar and a hypocrite".
const MAX_JOIN = 10;
function joined(gap: string): boolean {
  return gap.length <= MAX_JOIN && /^[\s,]*(?:(?:and|&|or)\s+)?(?:an?\s+)?$/iu.test(gap);
}

function dropOverlaps<T extends Match>(matches: T[]): T[] {
  const kept: T[] = [];
  const taken = new DisjointRanges();
  for (const m of matches) {
    if (taken.overlaps(m.start, m.end)) continue;
    taken.add(m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
