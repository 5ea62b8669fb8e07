// Finds abuse in any text (insults, put-downs, threats, swearing): the tone rules check the draft, the engagement rule the post replied to.

import directedTerms from '../data/insult-directed-terms.json' with { type: 'json' };
import insultTerms from '../data/insult-terms.json' with { type: 'json' };
import imperatives from '../data/put-down-imperatives.json' with { type: 'json' };
import putDowns from '../data/put-down-phrases.json' with { type: 'json' };
import threats from '../data/threat-phrases.json' with { type: 'json' };
import { findProfanity } from './profanity.ts';
import { phraseRegExp, type Match } from './terms.ts';

export type AbuseKind = 'profanity' | 'insult' | 'put-down' | 'threat';
export interface AbuseMatch extends Match {
  kind: AbuseKind;
}

const INSULT = phraseRegExp(insultTerms.terms);
const DIRECTED = phraseRegExp(directedTerms.terms);
const PUT_DOWN = phraseRegExp(putDowns.terms);
const THREAT = phraseRegExp(threats.terms);
// A command on its own ("Grow up.", "Get a grip, mate!"), not "children grow up" or "get a grip on your budget".
const IMPERATIVE = new RegExp(
  `(?:^|(?<=[.!?…:;,—–]\\s*|\\n\\s*|\\b(?:just|oh|now|so|mate|pal|seriously|honestly|please)[,!]?\\s+))(?:${phraseRegExp(imperatives.terms).source})(?=\\s*(?:[.!?…,;:—–)]|$|\\n|\\s+(?:mate|pal|love|dear|sunshine|people|everyone|then|already|lol|and\\s+(?:grow|get|go))\\b)|\\s*[\\u2600-\\u27BF\\uD83C-\\uD83E])`,
  'gi',
);
// What comes just before a word that makes it aimed at someone: "you lot are useless", "such a liar", "run by clowns".
const AIMED_BEFORE =
  /(?:\b(?:you|ya|u|ur|yer)(?:['’]re|\s+are|\s+r|\s+lot|\s+people|\s+guys|\s+all|\s+bunch\s+of|\s+absolute|\s+utter|\s+complete|\s+total)?|\b(?:such|absolute|utter|complete|total|totally|utterly|completely|bunch\s+of|load\s+of|pack\s+of|lot\s+of|shower\s+of|what\s+an?|run\s+by|full\s+of|typical|bloody|f\w*ing)(?:\s+an?)?|\b(?:staff|people|officials|civil\s+servants|ministers|politicians|mps|bureaucrats|workers|employees|they|them|this\s+lot|that\s+lot|you\s+lot)\s+(?:are|is)(?:\s+(?:all|just|so|such|a|an|totally|completely|utterly|absolutely|bunch\s+of|load\s+of))*)\s+(?:[\p{L}-]+\s+)?$/iu;
const YOU_LOT_EARLIER = /\b(?:you|ya)\s+(?:lot|people|guys|clowns|muppets|idiots)\b/iu;

/** Insults: name-calling, including words that only insult when aimed at someone. */
export function findInsults(text: string): Match[] {
  const always = collect(INSULT, text);
  const aimed = collect(DIRECTED, text).filter((m) => isAimed(text, m, always));
  // A directed word next to another insult ("useless parasites") is aimed too.
  const chained = collect(DIRECTED, text).filter(
    (m) =>
      !aimed.some((a) => a.start === m.start) &&
      [...always, ...aimed].some((o) => (o.end <= m.start ? joined(text.slice(o.end, m.start)) : m.end <= o.start && joined(text.slice(m.end, o.start)))),
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
  for (const m of text.matchAll(re)) if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function isAimed(text: string, m: Match, insults: readonly Match[]): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', m.start - 1), 0);
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  const sentence = before.split(/[.!?](?=\s)/u).pop() ?? '';
  if (AIMED_BEFORE.test(sentence)) return true;
  if (YOU_LOT_EARLIER.test(sentence)) return true;
  // A word that is a whole sentence ("Clowns." "Useless!") is aimed at whoever is being answered.
  const after = text.slice(m.end, m.end + 3);
  if (/^\s*$/u.test(sentence) && /^(?:[.!?…]|\s*$)/u.test(after)) return true;
  return insults.some((o) => o.end <= m.start && joined(text.slice(o.end, m.start)));
}

// Two insults side by side or joined by "and (a)": "useless parasites", "a liar and a hypocrite".
function joined(gap: string): boolean {
  return gap.length <= 10 && /^[\s,]*(?:(?:and|&|or)\s+)?(?:an?\s+)?$/iu.test(gap);
}

function dropOverlaps<T extends Match>(matches: T[]): T[] {
  const kept: T[] = [];
  for (const m of matches) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
