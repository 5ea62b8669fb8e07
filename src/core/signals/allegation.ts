// Allegations of wrongdoing: an act, label or insinuation of crime or dishonesty aimed at a named or identifiable target, stated rather than reported.

import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { isCapitalised } from './people-data.ts';

export type AllegationKind = 'act' | 'label' | 'insinuation' | 'prejudgement';

export interface Allegation {
  kind: AllegationKind;
  start: number;
  end: number;
  sentence: number;
}

// Someone identifiable without a name: "the journalist", "their contractor", "management there".
const DESCRIBED = new Set(['journalist', 'reporter', 'owner', 'director', 'councillor', 'landlord', 'company', 'firm', 'management', 'manager', 'managers', 'boss', 'contractor', 'supplier', 'builder', 'builders', 'garage', 'bloke', 'neighbour', 'treasurer', 'charity', 'trust', 'provider', 'agency', 'council']);
const PRONOUNS = new Set(['he', 'she', 'they', "he's", "she's", "they're", "they've", 'it', "it's", 'their', 'his', 'her', 'its']);
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", 'we', "we're", "we've", 'me', 'my', 'us', 'our']);
const OBJECT_CASE = new Set(['me', 'my', 'us', 'our']);
// "if", "may", "not": a doubt or a condition, not an assertion.
const DOUBT = new Set(['if', 'whether', 'not', 'never', 'no', 'may', 'might', 'could', 'would', 'nobody', "isn't", "aren't", "wasn't", "don't", "doesn't", "didn't", 'unless']);

/**
 * "We've banned director Paul Reed after he falsified…", "today we've ordered it to pay £8m": an official account
 * stating the outcome of its own enforcement publishes a finding; it does not allege.
 */
export function publishesOwnFinding(ctx: Context): boolean {
  if (ctx.account !== 'official') return false;
  const { tokens } = ctx.words;
  return ctx.memo('allegation.own-finding', () => ctx.cues('wrongdoing.enforcement').some((m) => /^(?:we|we've|we're|we'll|we'd|have|has|been)$/.test(tokens[m.first - 1]?.norm ?? '')) || foundByUs(tokens));
}

/** "We found the company overcharged…", "our investigation found": the department's own finding, once it is out. */
function foundByUs(tokens: readonly Token[]): boolean {
  // "Our investigation is ongoing, but it is already clear that…" finds nothing yet.
  if (tokens.some((t) => t.norm === 'ongoing' || t.norm === 'continuing')) return false;
  return tokens.some((t, k) => t.norm === 'found' && (/^(?:we|we've)$/.test(tokens[k - 1]?.norm ?? '') || (/^(?:have|investigation|inspection|review|audit)$/.test(tokens[k - 1]?.norm ?? '') && /^(?:we|our)$/.test(tokens[k - 2]?.norm ?? ''))));
}

const CONVICTION = new Set(['convicted', 'jailed', 'sentenced', 'pleaded', 'pleading', 'found guilty']);
/**
 * "A Fenwick accountant has been jailed … Graham Tate, 52, submitted false claims": a post that reports a conviction
 * is about a case decided in court, so what it says of the convicted is the record, in any of its sentences.
 */
export function reportsConviction(ctx: Context): boolean {
  return ctx.memo('allegation.conviction', () => ctx.cues('wrongdoing.reported').some((m) => CONVICTION.has(ctx.text.slice(m.start, m.end).toLowerCase())));
}

/** Allegations in the post, each with its target checked and hedges ruled out; computed once per check. */
export function allegations(ctx: Context): Allegation[] {
  return ctx.memo('allegations', () => {
    const { tokens, sentences } = ctx.words;
    if (publishesOwnFinding(ctx) || reportsConviction(ctx)) return [];
    // On a personal account "our investigation", "my findings" is the writer's inside knowledge, not a report of a
    // published claim; on an official account it is the department's finding, which is published.
    const own = (m: { first: number }) => ctx.account === 'personal' && FIRST_PERSON.has(tokens[m.first - 1]?.norm ?? '');
    // "filing false claims", "fake asylum claims": a claim made up is the wrongdoing, not a report of it.
    const madeUp = (m: { first: number }) => [1, 2].some((d) => FALSE_DOC.has(tokens[m.first - d]?.norm ?? ''));
    // "Mark Doyle, 52, charged today, stole…", "X, on trial at Eastmoor Crown Court, is a fraudster": a charge or a trial
    // named in an aside between commas decides nothing, so it hedges nothing said after it ("charged with theft" still does).
    const reported = new Set<number>();
    const asideUntil = new Map<number, number>();
    const commas = commaBounds(tokens);
    // "fiddles his mileage claims", "pockets the expenses claims": a claim that is the act's object reports nothing.
    const acts = ctx.cues('wrongdoing.act').map((m) => m.last);
    const actObject = (m: { first: number }) => acts.some((end) => end <= m.first && m.first - end <= 3);
    for (const m of ctx.cues('wrongdoing.reported')) {
      // "her own overtime claims", "his expenses claims": claims as paperwork, not a report of an allegation.
      const paperwork = /^claims?$/.test(tokens[m.first]!.norm) && (actObject(m) || CLAIM_KINDS.has(tokens[m.first - 1]?.norm ?? ''));
      if (own(m) || madeUp(m) || paperwork) continue;
      const s = tokens[m.first]!.sentence;
      const close = commas.next[m.last - 1]!;
      if (PROCESS.has(tokens[m.first]!.norm) && commas.prev[m.first]! >= 0 && close >= 0 && !GOVERNED.has(tokens[m.last]?.norm ?? '')) asideUntil.set(s, Math.max(asideUntil.get(s) ?? -1, close));
      else reported.add(s);
    }
    const generic = new Set(ctx.cues('wrongdoing.generic').map((m) => m.first));
    const replyTarget = ctx.replyWords.tokens.some((t, k) => isCapitalised(t) && k > 0 && ctx.replyWords.tokens[k - 1]!.sentence === t.sentence);
    const targets = sentences.map((s) => targetIn(tokens, s.first, s.last));
    // "Worked with Corlan Digital. They billed for 40 developers… Fraud, plain and simple.": "they" carries the name on.
    const carried = targets.slice();
    for (let s = 1; s < sentences.length; s++) if (!carried[s] && carried[s - 1] && subjectIsPronoun(tokens, sentences[s]!.first, sentences[s]!.last)) carried[s] = true;
    const out: Allegation[] = [];
    // `disputed`: the sentence is about a claim, so a word like "claims" in it reports nothing ("his claims are untrue, and he knows it").
    const consider = (kind: AllegationKind, first: number, last: number, disputed = false) => {
      const s = tokens[first]!.sentence;
      if ((!disputed && (reported.has(s) || first < (asideUntil.get(s) ?? -1))) || inTitle(tokens, first, last) || inFieldName(tokens, first)) return;
      const next = tokens[last];
      // "cover up to 75%", "fake texts", "fake calls": a phrasal verb with a number, or a scam described to protect people.
      // ("nicking from people's desks": whose desks, not who is warned of.)
      if (next && ((next.norm === 'to' && tokens[last - 1]!.norm === 'up') || (generic.has(last) && next.stem === next.norm) || MEDIUM.has(next.norm))) return;
      // "the waste dumped on Tuesday night": a participle after a thing, then a preposition or nothing, is passive with
      // no one doing it ("the company dumped" still names its doer).
      if (kind === 'act' && reducedPassive(tokens, first, last)) return;
      // "money in their pockets", "his cover-up story": a one-word verb after a possessive is a noun.
      if (kind === 'act' && last - first === 1 && POSSESSIVE.has(tokens[first - 1]?.norm ?? '')) return;
      const from = sentences[s]!.first;
      // A warning about a class of wrongdoer ("scammers are stealing…") or one's own doing ("I lied") names no one.
      // "Word to the wise for anyone in procurement: X fakes…": the lead-in before a colon is who is warned, not who is accused.
      for (let k = Math.max(from, leadIn(tokens, from, first), first - 6); k < first; k++) {
        // Only a first-person subject owns the act: "caught on our camera dumping" is still someone else's doing.
        if ((generic.has(k) && !labelsOne(tokens, k)) || (kind !== 'insinuation' && DOUBT.has(tokens[k]!.norm) && !isNumberAbbreviation(tokens, k)) || (kind !== 'insinuation' && FIRST_PERSON.has(tokens[k]!.norm) && !OBJECT_CASE.has(tokens[k]!.norm) && k >= first - 2)) return;
      }
      const own = targets[s]!;
      const before = s > 0 && carried[s - 1]!;
      // The pronoun opens the sentence or is the act's own subject ("Here's what I've learned: they bill for…").
      const pronoun = subjectIsPronoun(tokens, from, first) || PRONOUNS.has(tokens[first - 1]?.norm ?? '');
      const fragment = first - from <= 1;
      if (own || ((pronoun || fragment || kind === 'insinuation') && (before || replyTarget || targets[s + 1]))) {
        out.push({ kind, start: tokens[first]!.start, end: tokens[last - 1]!.end, sentence: s });
      }
    };
    for (const m of ctx.cues('wrongdoing.act')) consider('act', m.first, m.last);
    // "Fraudsters are calling people…": a label that is itself the class of wrongdoer a warning is about names no one.
    // "These fraudsters", "the fraudsters" point at someone already named.
    // "X Ltd are conmen" says it of X: a class word after "is"/"are" labels the subject.
    const bareClass = (k: number) => generic.has(k) && !/^(?:these|those|the|this|that|such)$/.test(tokens[k - 1]?.norm ?? '') && !labelsOne(tokens, k);
    for (const m of ctx.cues('wrongdoing.label')) if (isLabel(tokens, m.first, m.last) && !bareClass(m.first)) consider('label', m.first, m.last);
    for (const m of ctx.cues('wrongdoing.manner')) consider('act', m.first, m.last);
    // "Strange how the Minister found the money the week the by-election was called": a jibe at a politician's electoral
    // motive is a political matter, not a hint of crime.
    const electoral = new Set(ctx.cues('politics.election').map((m) => tokens[m.first]!.sentence));
    const political = ctx.cues('politics.politician').length > 0;
    for (const m of ctx.cues('wrongdoing.insinuate')) {
      const s = tokens[m.first]!.sentence;
      if (political && (electoral.has(s) || electoral.has(s - 1))) continue;
      consider('insinuation', m.first, m.last);
    }
    for (const m of ctx.cues('wrongdoing.reporting')) consider('act', m.first, m.last);
    // "is 100% guilty", "will finally face justice", "whatever the tribunal decides, we know…": a live case prejudged,
    // where the court or the trial named is the point, not a report that hedges.
    for (const m of ctx.cues('wrongdoing.prejudge')) consider('act', m.first, m.last, true);
    // "they bill for engineer visits that never happen", "billing us for shifts nobody worked": charging for work not done.
    const billed = new Map<number, number>();
    for (const m of ctx.cues('wrongdoing.billing')) if (!billed.has(tokens[m.first]!.sentence)) billed.set(tokens[m.first]!.sentence, m.first);
    for (const m of ctx.cues('wrongdoing.phantom')) {
      const b = billed.get(tokens[m.first]!.sentence);
      if (b !== undefined && b < m.first) consider('act', b, m.last);
    }
    // "simply untrue, and he knows it", "false, and the journalist knew it was false": a falsehood told knowingly.
    const falsity = new Map<number, number>();
    tokens.forEach((t, k) => {
      if (FALSITY.has(t.norm) && !falsity.has(t.sentence)) falsity.set(t.sentence, k);
    });
    for (const m of ctx.cues('wrongdoing.knowing')) {
      const f = falsity.get(tokens[m.first]!.sentence);
      if (f !== undefined && f < m.first) consider('act', m.first, m.last, true);
    }
    // "claiming the discount while his girlfriend lives there": benefit and tax fraud told as a story.
    sentences.forEach((s) => {
      const claim = tokens.slice(s.first, s.last).findIndex((t) => t.norm === 'claiming' || t.norm === 'claims');
      // Also "while claiming expenses for a home he's never lived in", "claiming his late wife's pension", "claiming X and working cash in hand".
      // "You can keep claiming while working", "as the rules allow": what is allowed, not a fraud.
      const allowed = tokens.slice(s.first, s.last).some((t) => PERMITTED.has(t.norm));
      if (claim >= 0 && !allowed && (tokens[s.first + claim - 1]?.norm === 'while' || tokens.slice(s.first + claim, s.last).some((t) => CLAIM_STORY.has(t.norm)))) consider('act', s.first + claim, s.first + claim + 1);
      // "Odd, isn't it, how…": insinuation split by commas, which phrase cues do not cross.
      for (let k = s.first; k < s.last - 1; k++) {
        if (tokens[k]!.norm === "isn't" && tokens[k + 1]!.norm === 'it' && /^(?:odd|funny|interesting|strange|curious)$/.test(tokens[k - 2]?.norm ?? tokens[k - 1]?.norm ?? '')) consider('insinuation', k, k + 2);
      }
    });
    // "Dean Marsh, 34, has been charged … he'll get what's coming", "Day 3 of jury service … I've made my mind up": a
    // verdict given in advance of a live case. The case identifies its defendant, so no name is needed; a conviction
    // already reported (above) or a verdict reached makes it the record instead.
    if (ctx.cues('wrongdoing.live').length && !ctx.cues('wrongdoing.decided').length) {
      for (const m of ctx.cues('wrongdoing.verdict')) {
        if (!out.some((a) => a.start < tokens[m.last - 1]!.end && a.end > tokens[m.first]!.start)) out.push({ kind: 'prejudgement', start: tokens[m.first]!.start, end: tokens[m.last - 1]!.end, sentence: tokens[m.first]!.sentence });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

const PASSIVE_NEXT = new Set(['on', 'in', 'at', 'from', 'near', 'outside', 'behind', 'overnight', 'last', 'yesterday']);
/** "the waste dumped on Tuesday", "the bikes stolen from outside": a thing, then the act as a participle describing it. */
function reducedPassive(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = tokens[first]!;
  const thing = tokens[first - 1];
  const det = tokens[first - 2];
  if (!thing || !det || thing.kind !== 'word' || /^\p{Lu}/u.test(thing.text) || DESCRIBED.has(thing.stem) || !/^(?:the|this|that|these|those|any|some)$/.test(det.norm)) return false;
  if (!/(?:ed|en)$/.test(verb.norm) || last - first !== 1) return false;
  const next = tokens[last];
  return !next || next.sentence !== verb.sentence || next.kind === 'punct' || PASSIVE_NEXT.has(next.norm);
}

/** "anti-money laundering checks", "counter-fraud": wrongdoing named as a field of compliance, not charged to anyone. */
function inFieldName(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const t = tokens[k]!;
    if (t.norm === 'anti' || t.norm === 'counter') return true;
    if (t.kind !== 'word' && !/^[-\u2010\u2011]$/.test(t.text)) return false;
  }
  return false;
}

const PROCESS = new Set(['charged', 'arrested', 'remanded', 'court']);
const GOVERNED = new Set(['with', 'for', 'of', 'over', 'on', 'in', 'after', 'under', 'by', 'that', 'heard', 'found', 'ruled']);

/** For each token, the comma before it and after it in its sentence (-1 when none), in two passes. */
function commaBounds(tokens: readonly Token[]): { prev: Int32Array; next: Int32Array } {
  const prev = new Int32Array(tokens.length).fill(-1);
  const next = new Int32Array(tokens.length).fill(-1);
  for (let k = 1; k < tokens.length; k++) if (tokens[k - 1]!.sentence === tokens[k]!.sentence) prev[k] = tokens[k - 1]!.text === ',' ? k - 1 : prev[k - 1]!;
  for (let k = tokens.length - 2; k >= 0; k--) if (tokens[k + 1]!.sentence === tokens[k]!.sentence) next[k] = tokens[k + 1]!.text === ',' ? k + 1 : next[k + 1]!;
  return { prev, next };
}

const FALSITY = new Set(['untrue', 'false', 'lie', 'lies', 'lying', 'misleading', 'fabricated', 'nonsense', 'rubbish', 'bogus', 'fake', 'never']);
// "fake pages", "forged letters": what a scam is made of, in a warning about it.
const MEDIUM = new Set(['pages', 'accounts', 'websites', 'sites', 'profiles', 'ads', 'adverts', 'calls', 'messages', 'links', 'letters']);
const POSSESSIVE = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'its']);
const PERMITTED = new Set(['you', 'can', 'allow', 'allowed', 'allows', 'entitled', 'eligible', 'rules']);
const CLAIM_KINDS = new Set(['overtime', 'expenses', 'mileage', 'travel', 'benefit', 'own']);
const CLAIM_STORY = new Set(['while', 'late', 'deceased', 'dead', 'working']);
const FALSE_DOC = new Set(['false', 'fake', 'bogus', 'fraudulent', 'phoney', 'phony', 'made-up', 'fictitious']);
const COPULA = new Set(['is', 'was', "he's", "she's", 'are', 'were', "they're"]);
const INTENSIFIER = new Set(['known', 'notorious', 'total', 'real', 'proper', 'complete', 'absolute', 'serial']);
/** "Gary Fenn is a known rogue": a class word said of someone names them, unlike "rogue traders are calling". */
function labelsOne(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (INTENSIFIER.has(tokens[j]?.norm ?? '')) j--;
  if (tokens[j]?.norm === 'a' || tokens[j]?.norm === 'an') j--;
  return j < k - 1 && COPULA.has(tokens[j]?.norm ?? '');
}

const LEAD_IN = new Set([':', ';', '—', '–']);
/** Where the clause holding `first` starts after a colon, semicolon or dash in its sentence (or `from`). */
function leadIn(tokens: readonly Token[], from: number, first: number): number {
  for (let k = first - 1; k >= from && k >= first - 6; k--) if (tokens[k]!.kind === 'punct' && LEAD_IN.has(tokens[k]!.text)) return k + 1;
  return from;
}

/** "no. 23": "no" abbreviating "number", which doubts nothing. */
const isNumberAbbreviation = (tokens: readonly Token[], k: number) => tokens[k]!.norm === 'no' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.kind === 'number';

/** A named or described target in tokens [from, to): a capitalised name not opening the sentence, an @handle, or "the journalist". */
function targetIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'mention') return true;
    // At the start of a sentence a capitalised word is a name when more of the name follows ("Northshire Care Trust",
    // "Halden Build") or it owns something ("Northline's bosses").
    if (isCapitalised(t) && (k > from || owns(t, tokens[k + 1]) || isNameWord(tokens[k + 1]))) return true;
    // "the journalist", "the finance director": a role after a determiner, with at most one word between.
    if (t.kind === 'word' && DESCRIBED.has(t.stem) && [1, 2].some((d) => k - d >= from && DETERMINER.test(tokens[k - d]!.norm))) return true;
    // "X Ltd", "Apex plc": a company suffix makes whatever comes before it a firm's name.
    if (t.kind === 'word' && k > from && (t.norm === 'ltd' || t.norm === 'plc')) return true;
  }
  return false;
}

const DETERMINER = /^(?:the|their|this|that|our|my|its)$/;
const isNameWord = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
// "Northline's bosses" owns; "Mum's cooking", "Dad's been" is "is"/"has".
const owns = (t: Token, next: Token | undefined) => t.stem !== t.norm && !!next && next.kind === 'word' && !/(?:ing|ed)$|^(?:a|an|the|been|got|gone|not|just|so|very|no|off|out|on|in|back|here|there|always|never|still|really)$/.test(next.norm);

function subjectIsPronoun(tokens: readonly Token[], from: number, first: number): boolean {
  for (let k = from; k < first && k < from + 3; k++) if (PRONOUNS.has(tokens[k]!.norm)) return true;
  return false;
}

/** "The Liar's Daughter", "Counter Fraud Strategy": a word inside a title or name. */
function inTitle(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  const prev = tokens[first - 1];
  const next = tokens[last];
  if (!/^\p{Lu}/u.test(t.text) || !prev || prev.sentence !== t.sentence) return false;
  return (!!next && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) || (prev.kind === 'word' && /^\p{Lu}/u.test(prev.text));
}

/** "fraud" as a label ("is a fraud", "Fraud, plain and simple"), not a field ("fraud team", "counter-fraud analyst"). */
function isLabel(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  const next = tokens[last];
  const prev = tokens[first - 1];
  if (t.norm === 'fraud' && !((!next || next.kind === 'punct') || (prev && /^(?:is|a|total|pure|plain|complete|'s)$/.test(prev.norm)))) return false;
  if (t.norm === 'criminals' || t.norm === 'corrupt' || t.norm === 'bent' || t.norm === 'fraud') {
    if (t.norm === 'fraud' && next && /^(?:team|teams|line|strategy|and|investigat\w*|officers?|squad|unit|prevention|checks?|is|awareness)$/.test(next.norm)) return false;
    if (t.norm === 'bent' && next?.norm !== 'copper' && tokens[first - 1]?.norm !== 'is' && tokens[first - 1]?.norm !== 'are') return false;
  }
  return true;
}
