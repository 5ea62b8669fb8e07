// Who is political in a post: parties (by name, colour or symbol), politicians (by office, handle or name), the government of the day, its predecessors, the opposition, party slogans, and the author of the post replied to.

import accounts from '../data/party-accounts.json' with { type: 'json' };
import handleWords from '../data/party-handle-words.json' with { type: 'json' };
import neutral from '../data/party-neutral-followers.json' with { type: 'json' };
import symbols from '../data/party-symbols.json' with { type: 'json' };
import politics from '../data/cues/politics.json' with { type: 'json' };
import type { Analysed, Context } from '../context.ts';
import type { CueMatch } from '../text/cues.ts';
import type { Token } from '../text/tokens.ts';
import { expandSpec } from '../text/phrases.ts';
import { wordValence } from '../text/valence.ts';

export type PoliticalKind = 'party' | 'politician' | 'government' | 'predecessor' | 'opposition' | 'slogan' | 'reader';

export interface PoliticalTarget {
  kind: PoliticalKind;
  /** Token indices [first, last) and text offsets [start, end). */
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  /** A colour, a symbol or a nickname: political only when the post is about politics in some other way too. */
  weak: boolean;
}

/** Who wrote the post replied to, when it was a party or a politician. */
export interface ReplyAuthor {
  kind: 'party' | 'politician';
  /** Capitalised names next to "MP" or "Cllr" in the signature ("Sophie", "Marr"). */
  names: ReadonlySet<string>;
}

const NEUTRAL_NEXT = new Set(neutral.terms);
const NEUTRAL_PREFIXES = neutral.terms.filter((w) => w.length >= 3);
// Strings may be compact entries ("Labour|c") in the extension builds: expandSpec reads either form.
const phraseOf = (s: string | { phrase: string }) => (typeof s === 'string' ? expandSpec(s).phrase : s.phrase);
const joined = (specs: ReadonlyArray<string | { phrase: string }>) =>
  specs.map((s) => phraseOf(s).toLowerCase().replace(/[^a-z0-9]/g, '')).filter((s) => s.length >= 3 && !s.includes('*'));
// Parties and slogans written as hashtags: "#LibDems", "#PlanForChange", "#StopTheBoats".
const PARTY_TAGS = new Set(joined(politics.cues.party));
const SLOGAN_TAGS = new Set(joined(politics.cues.slogan));
// Surnames of well-known politicians, found inside handles: "@Keir_Starmer", "@NigelFarage".
const SURNAMES = politics.cues['politician-name']
  .map((s) => phraseOf(s).toLowerCase())
  .filter((s) => !s.includes(' ') && s.length >= 5);
const PARTY_HANDLES = new Set(accounts.terms.filter((t) => t.startsWith('@')).map((t) => t.toLowerCase()));
const SYMBOLS = new Set(symbols.terms);

/** "#VoteConservative", "#VoteReformUK": a call to vote for a party, whichever party the tag names. */
export function isVotePartyTag(tag: string): boolean {
  return tag.startsWith('vote') && PARTY_TAGS.has(tag.slice(4));
}

/**
 * "@LabourParty", "@HarlowTories", "@WestHarlowCons": a handle built on a party's name is a party's or an association's
 * account, listed or not; "@LabourMarketStats" is the ordinary word.
 */
function partyHandle(handle: string): boolean {
  const h = handle.replace(/^@/, '').replace(/[^a-z0-9]/g, '');
  if (handleWords.endings.some((w) => h.length > w.length + 2 && h.endsWith(w))) return true;
  for (const w of handleWords.terms) {
    const at = h.indexOf(w);
    if (at < 0) continue;
    const rest = h.slice(at + w.length);
    if (!NEUTRAL_PREFIXES.some((n) => rest.startsWith(n))) return true;
  }
  return false;
}
const TAGS: ReadonlyArray<[string, PoliticalKind, boolean]> = [
  ['politics.party', 'party', false],
  ['politics.party-colour', 'party', true],
  ['politics.party-nickname', 'party', false],
  ['politics.candidate', 'politician', true],
  ['politics.politician', 'politician', false],
  ['politics.politician-name', 'politician', false],
  ['politics.government', 'government', false],
  // "Proud of this lot" is a team; "this lot" is the government only beside something else political.
  ['politics.government-colloquial', 'government', true],
  ['politics.predecessor', 'predecessor', false],
  ['politics.opposition', 'opposition', false],
  ['politics.slogan', 'slogan', false],
  ['politics.opponents', 'opposition', false],
  // "activist lawyers", "do-gooders": a side's name for its opponents, which takes the side by itself.
  ['politics.pejorative', 'opposition', false],
  // "Can you imagine having to work for these people?" on a department's account: the people it works for are ministers.
  ['politics.employer', 'government', false],
];
const TITLES = new Set(['mp', 'cllr', 'councillor', 'msp', 'mla', 'ms', 'mep']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'yourself', 'yourselves', 'u', 'ur']);

/** The political targets in the post, in order of appearance. Memoised per check. */
export function politicalTargets(ctx: Context): readonly PoliticalTarget[] {
  return ctx.memo('signals.politicalTargets', () => findTargets(ctx));
}

/** The replied-to post's author, when a party or politician signed it. Memoised per check. */
export function replyAuthor(ctx: Context): ReplyAuthor | null {
  return ctx.memo('signals.replyAuthor', () => (ctx.replyTo ? authorOf(ctx.replyWords, (tag) => ctx.replyCues(tag)) : null));
}

/** "Vice-Chancellor", "Chancellor of Northmoor University": a university's head, not the Treasury's. */
function academicChancellor(tokens: readonly Token[], m: { first: number; last: number }): boolean {
  if (m.last - m.first !== 1 || !/^chancellors?$/.test(tokens[m.first]!.norm)) return false;
  const prev = tokens[m.first - 1];
  if (prev?.norm === 'vice' || prev?.norm === 'pro' || (prev !== undefined && /^[-‐–]$/.test(prev.text) && /^(?:vice|pro)$/.test(tokens[m.first - 2]?.norm ?? ''))) return true;
  if (tokens[m.last]?.norm !== 'of') return false;
  for (let k = m.last + 1; k < Math.min(tokens.length, m.last + 5); k++) if (/^(?:university|college)$/.test(tokens[k]!.norm)) return true;
  return false;
}

function findTargets(ctx: Context): PoliticalTarget[] {
  const { tokens } = ctx.words;
  const out: PoliticalTarget[] = [];
  const add = (kind: PoliticalKind, first: number, last: number, weak = false) =>
    out.push({ kind, first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end, sentence: tokens[first]!.sentence, weak });
  const modifier = new Set(ctx.cues('politics.government-modifier').map((m) => m.first));
  for (const [tag, kind, weak] of TAGS) {
    // "Critics said it couldn't be done": unnamed opponents are a political side when a department says it.
    if ((tag === 'politics.opponents' || tag === 'politics.employer') && ctx.account !== 'official') continue;
    for (const m of ctx.cues(tag)) {
      if (tag === 'politics.party' && ordinaryWord(tokens, m)) continue;
      if (tag === 'politics.politician' && academicChancellor(tokens, m)) continue;
      // "Fourteen years of that lot": a term in office makes the colloquial name the government.
      if (tag === 'politics.government-colloquial' && tenure(tokens, m)) {
        add(kind, m.first, m.last);
        continue;
      }
      // "the government website", "the Government Digital Service": the word names a thing, not the political actor.
      if ((kind === 'government' || kind === 'opposition') && (modifier.has(m.last) || compound(tokens, m) || capitalisedNext(tokens, m))) continue;
      add(kind, m.first, m.last, weak);
    }
  }
  // "the Unity Party", "Alba Party": a capitalised name before "Party" is a party, unless it is a social one ("Christmas Party").
  const notParty = new Set(ctx.cues('politics.not-a-party').map((m) => m.first));
  for (const m of ctx.cues('politics.party-name-word')) {
    const prev = tokens[m.first - 1];
    if (!prev || prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.text) || notParty.has(m.first - 1) || prev.sentence !== tokens[m.first]!.sentence) continue;
    if (!out.some((t) => t.first <= m.first && t.last > m.first)) add('party', m.first - 1, m.last);
  }
  // "Fourteen years of decline and now they want credit": the term of the last government, by its length, blamed.
  // A department's own account needs no "they": it speaks of the country's record, so "After 14 years of neglect" is the last government's.
  const blamed = ctx.account === 'official' || tokens.some((t) => THEY.has(t.norm));
  for (let k = 0; blamed && k + 3 < tokens.length; k++) {
    if (!TENURE_YEARS.has(tokens[k]!.norm) || tokens[k + 1]!.norm !== 'years' || tokens[k + 2]!.norm !== 'of') continue;
    const what = tokens[k + 3]!;
    if (what.kind === 'word' && (wordValence(what) < 0 || what.norm.endsWith('ing') || RECORD.has(what.norm)) && tokens[k + 4]?.norm !== 'in' && !out.some((t) => t.first === k + 3)) add('predecessor', k, k + 3);
  }
  if (ctx.account === 'official') for (const [first, last] of enduredColleagues(tokens)) if (!out.some((t) => t.first <= first && t.last > first)) add('government', first, last);
  const author = replyAuthor(ctx);
  // "@TomHeathMP you …", "Hi Cllr Shaw, …": the post is addressed to a politician, so "you" is them.
  const opener = tokens.slice(0, 3).some((t) => t.kind === 'mention' && (PARTY_HANDLES.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('mp'))));
  const addressed = author !== null || opener || out.some((t) => (t.kind === 'politician' || t.kind === 'party') && !t.weak && t.first <= 2);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'mention') {
      if (PARTY_HANDLES.has(t.norm) || partyHandle(t.norm)) add('party', k, k + 1);
      else if ((t.norm.length > 4 && t.norm.endsWith('mp')) || SURNAMES.some((n) => t.norm.includes(n))) add('politician', k, k + 1);
    } else if (t.kind === 'hashtag') {
      const tag = t.norm.slice(1);
      if (PARTY_TAGS.has(tag)) add('party', k, k + 1);
      else if (SLOGAN_TAGS.has(tag)) add('slogan', k, k + 1);
    } else if (t.kind === 'emoji' && SYMBOLS.has(t.text.replace(/\uFE0F/g, ''))) add('party', k, k + 1, true);
    else if (t.kind === 'word' && addressed) {
      if (author?.names.has(t.text)) add('politician', k, k + 1);
      else if (SECOND_PERSON.has(t.norm)) add('reader', k, k + 1);
    }
  }
  // Colours, symbols, "candidate" and "this lot" count only beside something else political: "red team" is also a security exercise.
  const weakKinds = new Set(out.filter((t) => t.weak).map((t) => tokens[t.first]!.norm));
  // "candidate" is an election word too, but alone it is as often a job candidate, so it cannot vouch for itself.
  // A ballot box emoji ("see the back of this lot 🗳️") is an election too.
  const election = ctx.cues('politics.election').some((m) => !out.some((t) => t.weak && t.first === m.first)) || tokens.some((t) => t.kind === 'emoji' && t.text.startsWith('🗳'));
  // A reply takes its subject from the post it answers: "Typical of this lot" under a post about a minister.
  const answersPolitics = TAGS.some(([tag, , weak]) => !weak && ctx.replyCues(tag).length > 0);
  const political = out.some((t) => !t.weak) || weakKinds.size > 1 || election || author !== null || answersPolitics;
  return out.filter((t) => political || !t.weak).sort((a, b) => a.first - b.first || b.last - a.last);
}

const ENDURE = new Set(['imagine', 'having', 'have', 'has']);
const WORK = new Set(['work', 'sit', 'deal', 'serve']);
const BESIDE = new Set(['with', 'alongside', 'for', 'under', 'beside']);
const THOSE = new Set(['these', 'those', 'people', 'them']);
/**
 * "Imagine having to work alongside these truth-twisters", "having to sit in meetings with people who bend the truth":
 * on a department's account, the people it has to put up with at work are its ministers and their advisers.
 * Returns [first, last) of "work … these" for each.
 */
function enduredColleagues(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!WORK.has(tokens[k]!.norm) || tokens[k - 1]!.norm !== 'to' || !ENDURE.has(tokens[k - 2]?.norm ?? '')) continue;
    // "sit in meetings with", "work every day alongside": a few words may come between.
    for (let j = k + 1; j < k + 5 && j + 1 < tokens.length && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
      if (BESIDE.has(tokens[j]!.norm) && THOSE.has(tokens[j + 1]!.norm)) {
        out.push([k, j + 2]);
        break;
      }
    }
  }
  return out;
}

const TERM = new Set(['years', 'decade', 'decades', 'months']);
// The terms of the last two governments: 1997-2010 and 2010-2024.
const TENURE_YEARS = new Set(['thirteen', 'fourteen', '13', '14']);
// What a government's record is charged with, neutral words elsewhere ("a decline in reoffending").
const RECORD = new Set(['austerity', 'chaos', 'cuts', 'decline', 'mismanagement', 'neglect', 'stagnation', 'underfunding', 'underinvestment']);
const THEY = new Set(['they', 'them', 'their', "they've", "they're", "they'd"]);

/** "Fourteen years of that lot", "a decade of this lot". */
function tenure(tokens: readonly Token[], m: CueMatch): boolean {
  return tokens[m.first - 1]?.norm === 'of' && TERM.has(tokens[m.first - 2]?.norm ?? '');
}

/** "government-approved", "opposition-led": the word is the first half of a compound modifier. */
function compound(tokens: readonly Token[], m: CueMatch): boolean {
  const next = tokens[m.last];
  return next !== undefined && next.kind === 'punct' && next.glued && next.text === '-';
}

/** The match runs on into a capitalised name: "the Government Security Standards Office". */
function capitalisedNext(tokens: readonly Token[], m: CueMatch): boolean {
  const next = tokens[m.last];
  return next !== undefined && next.kind === 'word' && next.sentence === tokens[m.first]!.sentence && /^\p{Lu}/u.test(next.text) && next.start - tokens[m.last - 1]!.end === 1;
}

/** "Labour market", "Conservative estimate", "Green Book": a party-like word in its ordinary sense. */
function ordinaryWord(tokens: readonly Token[], m: CueMatch): boolean {
  const next = tokens[m.last];
  return next !== undefined && next.kind === 'word' && NEUTRAL_NEXT.has(next.norm);
}

/**
 * A signature names the author: "@LibDems: …", "Cllr Tom Redfern: …", "… Sophie Marr MP (Lib Dem, Westbury)",
 * "… — Reform UK". Looked for before a colon in the first few words, and in the last line, sentence or dash-separated tail.
 */
export function authorOf(words: Analysed, cues: (tag: string) => readonly CueMatch[]): ReplyAuthor | null {
  const { tokens, sentences } = words;
  if (!tokens.length) return null;
  const segments: Array<[number, number]> = [];
  const colon = tokens.findIndex((t, k) => k < 12 && t.kind === 'punct' && t.text === ':');
  if (colon > 0) segments.push([0, colon]);
  const lastSentence = sentences[sentences.length - 1];
  if (lastSentence && lastSentence.last - lastSentence.first <= 10) segments.push([lastSentence.first, lastSentence.last]);
  for (let k = tokens.length - 1; k > 0 && k >= tokens.length - 12; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^[-–—]$/.test(t.text) && !t.glued) {
      segments.push([k + 1, tokens.length]);
      break;
    }
  }
  let kind: ReplyAuthor['kind'] | null = null;
  const names = new Set<string>();
  const within = (m: { first: number; last: number }, [a, b]: [number, number]) => m.first >= a && m.last <= b;
  for (const seg of segments) {
    const [a, b] = seg;
    // Before a colon at the start ("Statement from the Shadow Health Secretary: …") any wording names the speaker.
    if (!(seg === segments[0] && colon > 0) && !signatureLike(tokens, a, b)) continue;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (t.kind === 'mention' && PARTY_HANDLES.has(t.norm)) kind ??= 'party';
      if (t.kind === 'mention' && t.norm.length > 4 && t.norm.endsWith('mp')) kind = 'politician';
      if (t.kind === 'word' && TITLES.has(t.norm) && /^[A-Z]/.test(t.text)) {
        kind = 'politician';
        // Up to three capitalised words before "MP" or after "Cllr" are the name.
        const step = t.norm === 'mp' || t.norm === 'msp' || t.norm === 'mla' || t.norm === 'ms' || t.norm === 'mep' ? -1 : 1;
        for (let j = k + step, n = 0; n < 3 && j >= a && j < b; j += step, n++) {
          const w = tokens[j]!;
          if (w.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(w.text)) break;
          names.add(w.text);
        }
      }
    }
    if (cues('politics.politician').some((m) => within(m, seg)) || cues('politics.candidate').some((m) => within(m, seg))) kind = 'politician';
    else if (cues('politics.party').some((m) => within(m, seg))) kind ??= 'party';
  }
  return kind ? { kind, names } : null;
}

const SIGNATURE_GLUE = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/** Names, titles, parties and places only ("Sophie Marr MP (Lib Dem, Westbury)"), not a sentence that mentions one. */
function signatureLike(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !/^\p{Lu}/u.test(t.text) && !SIGNATURE_GLUE.has(t.norm)) return false;
  }
  return b > a;
}
