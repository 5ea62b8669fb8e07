// Hints that the writer knows something not yet public: a marker (confiding, holding back, a rumour, a wink) with a payload (a time to come, a decision, a figure, a tip).

import hintEmoji from '../data/hint-emoji.json' with { type: 'json' };
import type { Context } from '../context.ts';
import type { CueMatch } from '../text/cues.ts';
import type { Token } from '../text/tokens.ts';
import { evaluate } from '../text/valence.ts';

/** How a writer signals that what follows is not public, strongest first. */
export type MarkerKind = 'confide' | 'rumour' | 'seen' | 'reticence' | 'insinuate' | 'weak' | 'emoji';

/** What a sentence says that would make a marker a leak rather than chatter. */
export interface SentenceFacts {
  /** A time still to come ("next week", "on the 26th", "Thursday's"), or a verb in the future ("will", "going to"). */
  future: boolean;
  /** A time still to come, named ("next week", "by Friday"), not just a verb in the future. */
  when: boolean;
  /** A decision taken ("has agreed", "was signed off", "being scrapped"). */
  decision: boolean;
  /** A number with a unit, or a direction word ("down", "higher", "record"). */
  figure: boolean;
  /** A tip to act before news breaks ("hold off", "get it in before"). */
  advice: boolean;
  /** A winking, shushing or grimacing emoji. */
  emoji: boolean;
  /** What decisions are about (funding, a contract, a closure, a budget). */
  topic: boolean;
  /** How strongly the sentence judges what it describes (absolute valence, "pleasantly surprised", "won't be disappointed"). */
  judgement: number;
}

export interface Hint {
  kind: MarkerKind;
  start: number;
  end: number;
  sentence: number;
  /** The facts of the marker's sentence and its neighbours that made it a hint. */
  because: Array<keyof SentenceFacts>;
}

const EMOJI = new Set(hintEmoji.terms);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'sept', 'oct', 'nov', 'dec']);
// Words that put a day or month ahead of now ("by Friday", "till March"); "on" only with a future verb.
const AHEAD = new Set(['next', 'by', 'till', 'until', 'til', 'before', 'from', 'after', 'due', 'coming']);
const FUTURE_WORDS = new Set(['will', "won't", 'shall', 'gonna', "'ll"]);
// "happy to help", "pleased to say": a courtesy, not a judgement of what is coming.
const COURTESY = new Set(['happy', 'pleased', 'glad', 'delighted', 'proud', 'thanks', 'thank', 'sorry', 'welcome', 'great', 'brilliant', 'love', 'lovely']);
const BE_NOW = new Set(['is', 'are', "it's", "they're", "we're", "he's", "she's"]);
const CHANGE_ING = new Set(['announcing', 'unveiling', 'getting', 'closing', 'moving', 'losing', 'shutting', 'opening', 'merging', 'cutting', 'happening', 'ending', 'changing', 'leaving', 'launching', 'gaining', 'scrapping', 'dropping', 'extending', 'axing']);
const ANNOUNCED_ON = new Set(['announcement', 'statement', 'decision', 'decisions', 'letters', 'publication']);
const ORDINAL_DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;
const UNIT_AFTER = new Set(['%', 'per', 'percent', 'points', 'point', 'bn', 'billion', 'million', 'k', 'weeks', 'months']);

/** Per sentence, the facts that turn a marker into a hint. Shared by the confidentiality rules. */
export function sentenceFacts(ctx: Context): SentenceFacts[] {
  return ctx.memo('foreknowledge.facts', () => {
    const { tokens, sentences } = ctx.words;
    const facts: SentenceFacts[] = sentences.map(() => ({ future: false, when: false, decision: false, figure: false, advice: false, emoji: false, topic: false, judgement: 0 }));
    const mark = (tag: string, key: 'when' | 'decision' | 'figure' | 'advice' | 'topic') => {
      for (const m of ctx.cues(tag)) facts[tokens[m.first]!.sentence]![key] = true;
    };
    mark('timing.future', 'when');
    mark('timing.pending', 'when');
    mark('decision.made', 'decision');
    // "our investigators are taking a close look at…": action under way inside, not yet public.
    mark('decision.underway', 'decision');
    for (const m of ctx.cues('stats.direction')) if (isDirection(tokens, m.first, m.last)) facts[tokens[m.first]!.sentence]!.figure = true;
    mark('secrecy.advice', 'advice');
    mark('decision.topic', 'topic');
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const f = facts[t.sentence]!;
      if (t.kind === 'emoji' && EMOJI.has(t.text.replace(/\uFE0F/g, ''))) f.emoji = true;
      // A rising or falling chart says which way the numbers go as plainly as "up" or "down".
      if (t.text === '📈' || t.text === '📉') f.figure = true;
      if (t.kind === 'number' && isFigure(tokens, k)) f.figure = true;
      if (isFutureWord(tokens, k)) f.future = true;
      if (isDateAhead(tokens, k)) f.when = true;
      if (isRecommendation(tokens, k)) f.decision = true;
    }
    for (const f of facts) f.future ||= f.when;
    sentences.forEach((s, i) => {
      facts[i]!.judgement = judgement(tokens, s.first, s.last);
    });
    return facts;
  });
}

// "until it's announced in the spring", "being announced at the all-staff": the announcement is still to come.
const NOT_YET = /^(?:be|being|is|are|until|till|once|when|before|gets?|getting)$|['’](?:s|re|ll)$/u;

/** Signs that the news is already out ("announced today", "the merger announced in the spring"), shared by the confidentiality rules. */
export function publicCues(ctx: Context): CueMatch[] {
  return ctx.memo('foreknowledge.public', () => {
    const { tokens } = ctx.words;
    return ctx.cues('timing.public').filter((m) => {
      if (tokens[m.first]!.norm !== 'announced') return true;
      return !NOT_YET.test(tokens[m.first - 1]?.norm ?? '');
    });
  });
}

/** Markers with the payload that makes them hints, in order. */
export function hints(ctx: Context): Hint[] {
  return ctx.memo('foreknowledge.hints', () => {
    const { tokens } = ctx.words;
    const facts = sentenceFacts(ctx);
    const out: Hint[] = [];
    const voting = new Set(ctx.cues('politics.election').map((m) => tokens[m.first]!.sentence));
    // "(not public yet!)", "not announced yet": the writer says outright that what they tell is unpublished, so news
    // beside it leaks as a confidence does.
    const unpublished = new Set(ctx.cues('timing.pending').map((m) => m.first));
    const consider = (kind: MarkerKind, first: number, last: number) => {
      // A department quoting its minister ("“I've seen the damage first-hand…”") reports what was said in public: an official
      // account puts only others' words in quotation marks.
      if (ctx.account === 'official' && ctx.isQuoted(tokens[first]!.start, tokens[last - 1]!.end)) return;
      const sentence = tokens[first]!.sentence;
      const near = [facts[sentence - 1], facts[sentence], facts[sentence + 1]].filter((f): f is SentenceFacts => !!f);
      // "Not allowed to tell you who to vote for, but…" hints at a vote, which is impartiality's business, not a leak.
      if ([sentence - 1, sentence, sentence + 1].some((i) => voting.has(i)) && !near.some((f) => f.decision)) return;
      const because = payloadFor(kind === 'reticence' && unpublished.has(first) ? 'confide' : kind, near, facts[sentence]!, facts[sentence + 1]);
      if (because.length) out.push({ kind, start: tokens[first]!.start, end: tokens[last - 1]!.end, sentence, because });
    };
    for (const kind of ['confide', 'rumour', 'seen', 'reticence', 'insinuate', 'weak'] as const) {
      for (const m of ctx.cues(`secrecy.${kind}`)) consider(kind, m.first, m.last);
    }
    const listed = new Set(ctx.cues('secrecy.reticence').map((m) => m.first));
    for (let k = 0; k < tokens.length; k++) {
      const end = withheld(tokens, k);
      if (end > 0 && !listed.has(k)) consider('reticence', k, end);
      // "The draft report says the pilot failed": a document not yet out, read from inside.
      if (tokens[k]!.norm === 'draft' && [1, 2, 3].some((d) => DRAFT_SAYS.has(tokens[k + d]?.norm ?? '') && tokens[k + d]!.sentence === tokens[k]!.sentence)) consider('seen', k, k + 1);
      // "Translation: it's not getting built." decodes an official line: inside talk about what is coming.
      if (tokens[k]!.norm === 'translation' && tokens[k + 1]?.text === ':') consider('rumour', k, k + 2);
    }
    tokens.forEach((t, k) => {
      if (t.kind === 'emoji' && EMOJI.has(t.text.replace(/\uFE0F/g, ''))) consider('emoji', k, k + 1);
    });
    // A wink beside a marker is part of the same hint, not a second one.
    const marked = new Set(out.filter((h) => h.kind !== 'emoji').flatMap((h) => [h.sentence - 1, h.sentence, h.sentence + 1]));
    return out.filter((h) => h.kind !== 'emoji' || !marked.has(h.sentence)).sort((a, b) => a.start - b.start);
  });
}

/**
 * What each kind of marker needs around it. Confiding or passing on a rumour leaks as soon as it carries news
 * (a time, a decision, a figure, a tip); holding back ("can't say much") and insinuating ("let's just say") also
 * leak through a judgement of what is coming; a teaser ("watch this space") or a wink needs news about a decision.
 */
function payloadFor(kind: MarkerKind, near: readonly SentenceFacts[], own: SentenceFacts, next: SentenceFacts | undefined): Array<keyof SentenceFacts> {
  // What is held back comes with or after "can't say much", so only those sentences' judgement counts: "our casualty
  // statistics are out on Thursday. We can't share anything before then" judges nothing that is coming. An insinuation
  // ("…you heard it here first") may follow what it vouches for.
  const judged = (f: SentenceFacts | undefined) => !!f && Math.abs(f.judgement) >= 2;
  const any = (key: keyof SentenceFacts) =>
    key === 'judgement' && kind === 'reticence' ? judged(own) || judged(next) : near.some((f) => (key === 'judgement' ? judged(f) : f[key]));
  const news: Array<keyof SentenceFacts> = ['future', 'decision', 'figure', 'advice'];
  switch (kind) {
    case 'confide':
    case 'rumour':
    case 'seen':
      return news.filter(any);
    case 'reticence':
    case 'insinuate': {
      const found = [...news, 'emoji', 'judgement'].filter((k) => any(k as keyof SentenceFacts)) as Array<keyof SentenceFacts>;
      // "We can't share anything before then" names a time but says nothing about what is coming.
      return found.length === 1 && found[0] === 'future' && !own.topic ? [] : found;
    }
    case 'weak':
    case 'emoji':
      return own.topic && (own.future || own.decision || (kind === 'weak' && any('future'))) ? (['topic', own.decision ? 'decision' : 'future'] as Array<keyof SentenceFacts>) : [];
  }
}

const DRAFT_SAYS = new Set(['says', 'shows', 'recommends', 'proposes', 'suggests', 'concludes', 'finds']);

// Holding back in so many words: "can't share specifics yet", "won't say much", "not allowed to reveal who".
const WITHHOLD_NEG = new Set(["can't", 'cannot', "won't", "couldn't", "mustn't", "shouldn't"]);
// ("won't comment" is the usual refusal of someone who then says nothing, so it is not here.)
const DISCLOSE = new Set(['say', 'share', 'tell', 'confirm', 'reveal', 'name', 'disclose', 'divulge', 'spill', 'discuss']);
const WITHHELD = new Set(['specifics', 'details', 'detail', 'much', 'more', 'anything', 'everything', 'names', 'yet', 'officially', 'publicly', 'what', 'who', 'which', 'where', 'when', 'why', 'how', 'too', 'exactly', 'the', 'numbers', 'figures']);
const SOFTENER = new Set(['really', 'officially', 'publicly', 'actually', 'you', 'say', 'go', 'into', 'just']);

/** The end of a holding-back construction starting at token k, or 0. */
function withheld(tokens: readonly Token[], k: number): number {
  if (!WITHHOLD_NEG.has(tokens[k]!.norm)) return 0;
  let j = k + 1;
  while (j < k + 3 && tokens[j] && SOFTENER.has(tokens[j]!.norm) && !DISCLOSE.has(tokens[j]!.norm)) j++;
  const verb = tokens[j];
  if (!verb || verb.sentence !== tokens[k]!.sentence || !DISCLOSE.has(verb.norm)) return 0;
  for (let o = j + 1; o <= j + 2; o++) {
    const w = tokens[o];
    if (!w || w.sentence !== verb.sentence) return 0;
    if (WITHHELD.has(w.norm)) return o + 1;
    if (w.kind === 'punct') return w.text === ',' || w.text === ':' ? j + 1 : 0;
  }
  return 0;
}

/** "the review recommends scrapping the route": an internal recommendation. */
function isRecommendation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.kind === 'word' && (t.norm === 'recommends' || t.norm === 'recommended' || t.norm === 'recommending') && /ing$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 1]!.sentence === t.sentence;
}

function isFutureWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word') return false;
  if (FUTURE_WORDS.has(t.norm) || t.norm.endsWith("'ll")) return true;
  // "Ashcombe is getting the new hospital", "the office is closing": news told in the present.
  const be = tokens[k - 1]?.norm === 'not' ? tokens[k - 2] : tokens[k - 1];
  if (CHANGE_ING.has(t.norm) && BE_NOW.has(be?.norm ?? '')) return true;
  // "the Leeds hub is going." (closing), not "is going well" or "is going to".
  if (t.norm === 'going' && (BE_NOW.has(tokens[k - 1]?.norm ?? '') || (tokens[k - 1]?.norm ?? '').endsWith("'s")) && (!tokens[k + 1] || tokens[k + 1]!.sentence !== t.sentence || tokens[k + 1]!.kind === 'punct')) return true;
  // "going to" + verb, "set to", "about to".
  return (t.norm === 'going' || t.norm === 'set' || t.norm === 'about') && tokens[k + 1]?.norm === 'to' && tokens[k + 2]?.kind === 'word';
}

/** "by Friday", "till March", "next Tuesday", "Thursday's", "on the 26th". */
function isDateAhead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (t.kind === 'word' && (WEEKDAYS.has(t.stem) || MONTHS.has(t.stem))) {
    if (t.stem !== t.norm && WEEKDAYS.has(t.stem)) return true;
    if (prev?.norm === 'on' && WEEKDAYS.has(t.stem)) return !pastInSentence(tokens, k);
    // "Announcement Monday", "statement Thursday": the day an announcement is due.
    if (prev && ANNOUNCED_ON.has(prev.norm) && WEEKDAYS.has(t.stem)) return true;
    // "staff get told Monday", "we'll be briefed Thursday": the day people are to hear it, unless that is past.
    if (prev && /^(?:told|informed|briefed)$/.test(prev.norm) && WEEKDAYS.has(t.stem)) return !pastInSentence(tokens, k);
    return !!prev && AHEAD.has(prev.norm);
  }
  // "by the 26th", and "goes to the board on the 14th" unless the sentence is in the past.
  if (t.kind === 'number' && ORDINAL_DAY.test(t.norm) && prev?.norm === 'the') return !!tokens[k - 2] && (AHEAD.has(tokens[k - 2]!.norm) || (tokens[k - 2]!.norm === 'on' && !pastInSentence(tokens, k)));
  return false;
}

// "Waits are down", "up 3%", "down again": a direction; "set up briefings", "sign up" are phrasal verbs.
const BE = new Set(['is', 'are', 'was', 'were', "it's", "they're", 'be', 'been', 'being', 'go', 'goes', 'going', 'gone']);
function isDirection(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (last - first > 1 || (t.norm !== 'up' && t.norm !== 'down')) return true;
  const prev = tokens[first - 1];
  const next = tokens[last];
  return (!!prev && (BE.has(prev.norm) || prev.norm.endsWith("'s") || prev.norm.endsWith("'re"))) || (!!next && (next.kind === 'number' || next.norm === 'by' || next.norm === 'again'));
}

// "It was agreed on Friday", "published on Monday": the day is behind us.
const PAST = new Set(['was', 'were', 'had', 'did', 'yesterday', 'last', 'ago', 'published', 'released', 'announced', 'agreed', 'decided', 'came', 'went', 'happened']);
function pastInSentence(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === s; j--) if (PAST.has(tokens[j]!.norm)) return true;
  for (let j = k + 1; j < tokens.length && tokens[j]!.sentence === s; j++) if (PAST.has(tokens[j]!.norm)) return true;
  return false;
}

/** A number that measures something ("4.5%", "£3,210", "38 weeks"), not a date, time or list number. */
function isFigure(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev && prev.kind === 'punct' && /[£$€]$/.test(prev.text) && prev.end === t.start) return true;
  if (next && (UNIT_AFTER.has(next.norm) || next.text === '%') && (next.start - t.end <= 1)) return true;
  // "about 40 drivers", "412 bids": a count of people or things, not "3 years" or "2 weeks".
  if (/^\d{1,3}(?:,\d{3})*$/.test(t.norm) && next && next.kind === 'word' && next.start - t.end === 1 && /^[a-z]+[^s]s$/.test(next.text) && !DURATIONS.test(next.norm)) return true;
  return /^\d+(?:\.\d+)?(?:k|bn|m)$/.test(t.norm);
}
const DURATIONS = /^(?:year|month|week|day|hour|min|minute|second|hr|time|decade|night|shift)s$/;

/** Valence of a sentence, leaving out courtesies ("happy to help") that say nothing about what is coming. */
function judgement(tokens: readonly Token[], from: number, to: number): number {
  let score = 0;
  let start = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (k === to || (t && COURTESY.has(t.norm))) {
      if (k > start) score += evaluate(tokens, start, k).score;
      start = k + 1;
    }
  }
  return score;
}
