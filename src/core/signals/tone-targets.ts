// Who a post evaluates (the reader, a named person or handle, the public a service deals with, critics, the department's own staff, politicians) and the negative judgements it makes of them.

import type { Context } from '../context.ts';
import { politicalTargets } from './political-targets.ts';
import type { Token } from '../text/tokens.ts';
import { evaluate, lexiconValence, type Evaluation } from '../text/valence.ts';
import { isCapitalised } from './people-data.ts';
import { cueTokens } from './sentence-cues.ts';

export type TargetKind = 'reader' | 'person' | 'public' | 'critic' | 'staff' | 'politician';

export interface Target {
  kind: TargetKind;
  /** Tokens [first, last) naming the target. */
  first: number;
  last: number;
}

export interface Judgement {
  kind: TargetKind;
  /** The words that judge the target (the target itself not included). */
  start: number;
  end: number;
  /** The contextual valence of those words (negative). */
  score: number;
  /** How the words attach to the target: said of it ("X is ..."), before it ("lazy claimants"), beside "you" ("you absolute clowns"), owned by it ("your paranoia"), or its words in scare quotes. */
  via: 'predicate' | 'modifier' | 'apposition' | 'possession' | 'scare-quotes';
}

// Cue tags whose matches name a target, and whether the target is a noun (which an adjective before it can judge).
const TARGET_TAGS: ReadonlyArray<readonly [string, TargetKind, boolean]> = [
  ['tone.public-group', 'public', true],
  ['tone.critic', 'critic', true],
  ['tone.staff', 'staff', true],
  ['politics.politician', 'politician', true],
  ['reader.you', 'reader', false],
];
const NOUN_KINDS = new Set(TARGET_TAGS.filter(([, , noun]) => noun).map(([, kind]) => kind));
const POSSESSIVE_PRONOUNS = new Set(['your', 'his', 'her', 'their', 'ur', 'yer']);
const CONTRACTED_COPULA = /'(?:re|s|m)$/;
const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
// Punctuation that ends the clause a judgement can run over (hyphens and quotes do not).
const CLAUSE_END = /[,;:.!?…()—–]/;
const JUDGE_THRESHOLD = -2;
const RELATIVE = new Set(['who', 'that', "who've", "who'd"]);
const MISCONDUCT = new Set(['drink', 'drunk', 'drug', 'speeding', 'uninsured', 'unlicensed', 'rogue', 'cowboy', 'careless', 'distracted', 'tailgating', 'phone-using']);
const MAX_PREDICATE_WORDS = 6;
const PERMISSION = new Set(['welcome', 'free', 'entitled', 'allowed', 'invited']);
const NEGATOR = /^(?:not|never|no|nobody|n['’]t|\p{L}+n['’]t)$/u;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const endsClause = (t: Token) => t.kind === 'punct' && CLAUSE_END.test(t.text);

/** The targets named in the post, in order. */
export function toneTargets(ctx: Context): Target[] {
  return ctx.memo('tone:targets', () => {
    const out: Target[] = [];
    for (const [tag, kind] of TARGET_TAGS) for (const m of ctx.cues(tag)) out.push({ kind, first: m.first, last: m.last });
    // Parties and politicians by name ("Reform voters are thick", "The Chancellor is clueless"): contempt for them is
    // a matter of tone as well as of impartiality.
    for (const p of politicalTargets(ctx)) {
      if ((p.kind === 'party' || p.kind === 'politician') && !out.some((t) => t.first <= p.first && t.last > p.first)) out.push({ kind: 'politician', first: p.first, last: p.last });
    }
    const own = new Set((ctx.settings.handles ?? []).map((h) => h.toLowerCase().replace(/^@/, '')));
    ctx.words.tokens.forEach((t, k) => {
      if (t.kind === 'mention' && !own.has(t.norm.replace(/^@/, ''))) out.push({ kind: 'person', first: k, last: k + 1 });
    });
    return out.sort((a, b) => a.first - b.first);
  });
}

/** Token indices matched by a cue tag. */
function indexSet(ctx: Context, tag: string, whole = true): Set<number> {
  const out = new Set<number>();
  for (const m of ctx.cues(tag)) for (let k = m.first; k < (whole ? m.last : m.first + 1); k++) out.add(k);
  return out;
}

/** Negative judgements of a target: "X is/are [so] NEG", "NEG claimants", "you absolute NEG", "your NEG", "your 'analysis'". */
export function judgements(ctx: Context): Judgement[] {
  return ctx.memo('tone:judgements', () => {
    const tokens = ctx.words.tokens;
    const plight = cueTokens(ctx, 'tone.plight');
    const copula = indexSet(ctx, 'tone.copula', false);
    const degree = indexSet(ctx, 'tone.degree');
    const functionWord = indexSet(ctx, 'tone.function-word', false);
    const conditional = indexSet(ctx, 'tone.conditional', false);
    const artefacts = new Map<number, number>();
    for (const m of ctx.cues('tone.artefact')) artefacts.set(m.first, m.last);

    const judged = (from: number, to: number): Evaluation | undefined => {
      const e = evaluate(tokens, from, to, (k) => plight.has(k));
      return e.min <= JUDGE_THRESHOLD ? e : undefined;
    };
    const out: Judgement[] = [];
    const push = (kind: TargetKind, e: Evaluation, via: Judgement['via']) => {
      const a = tokens[e.negative[0]!]!;
      const b = tokens[e.negative[e.negative.length - 1]!]!;
      if (!out.some((j) => j.start === a.start)) out.push({ kind, start: a.start, end: b.end, score: e.score, via });
    };
    // One past the last token of the clause that starts at `from`, or a handful of words on.
    const clauseEnd = (from: number) => {
      let k = from;
      let words = 0;
      while (k < tokens.length && tokens[k]!.sentence === tokens[from]!.sentence && !endsClause(tokens[k]!) && words < MAX_PREDICATE_WORDS) {
        if (tokens[k]!.kind === 'word') words++;
        k++;
      }
      return k;
    };

    for (const target of toneTargets(ctx)) {
      const sentence = tokens[target.first]!.sentence;
      // "Drivers who use their phones at the wheel", "drink drivers": a class defined by what it does wrong, as a safety
      // warning names it, is the behaviour judged, not the people the service deals with.
      if (target.kind === 'public' && (RELATIVE.has(tokens[target.last]?.norm ?? '') || MISCONDUCT.has(tokens[target.first - 1]?.norm ?? ''))) continue;
      // "if you're worried", "where callers are abusive": a condition, not a verdict.
      if ([target.first - 1, target.first - 2].some((k) => conditional.has(k) && tokens[k]!.sentence === sentence)) continue;
      // "It doesn't mean you're in trouble", "not that you're to blame": the verdict denied, as reassurance.
      if ([target.first - 1, target.first - 2].some((k) => k >= 0 && tokens[k]!.sentence === sentence && NEGATOR.test(tokens[k]!.norm))) continue;
      let end = target.last;
      const lastToken = tokens[end - 1]!;
      const possessive = POSSESSIVE_PRONOUNS.has(lastToken.norm) || lastToken.stem !== lastToken.norm;
      if (possessive) {
        // "your 'analysis'", "their 'research'": a possessed word in scare quotes.
        if (QUOTES.has(tokens[end]?.text ?? '') && isWord(tokens[end + 1])) {
          const close = [end + 2, end + 3, end + 4].find((k) => QUOTES.has(tokens[k]?.text ?? ''));
          if (close !== undefined) {
            const a = tokens[end]!;
            const b = tokens[close]!;
            if (!out.some((j) => j.start === a.start)) out.push({ kind: target.kind, start: a.start, end: b.end, score: JUDGE_THRESHOLD, via: 'scare-quotes' });
            continue;
          }
        }
        // "your report", "the Ombudsman's report": the target's work stands for the target.
        if (artefacts.has(end)) end = artefacts.get(end)!;
        else {
          // "your paranoia", "his incompetence": a judgement as a noun the target owns.
          // Only the owned word itself: "your smoke alarm" owns a smoke alarm, not a judgement.
          const to = Math.min(clauseEnd(end), end + 1);
          const e = to > end ? judged(end, to) : undefined;
          if (e) push(target.kind, e, 'possession');
          continue;
        }
      }
      // "X is/are [so] NEG": a contracted copula ("you're") or one within two words after the target.
      let cop = -1;
      if (CONTRACTED_COPULA.test(tokens[end - 1]!.norm) && tokens[end - 1]!.stem === tokens[end - 1]!.norm) cop = end - 1;
      else {
        for (let k = end; k < end + 3 && k < tokens.length && !endsClause(tokens[k]!); k++) {
          if (copula.has(k)) {
            cop = k;
            break;
          }
        }
      }
      if (cop >= 0) {
        const next = tokens[cop + 1];
        // "you're having a terrible time" says what happens to them, not what they are.
        // "someone is being exploited" says what is done to them (a passive), not what they are.
        const passive = next?.norm === 'being' && isWord(tokens[cop + 2]) && /(?:ed|en)$/.test(tokens[cop + 2]!.norm);
        // "has been charged with": what the law did to them; "you're welcome to complain": a permission, not a verdict.
        const done = isWord(next) && ((plight.has(cop + 1) && next.norm.endsWith('ed')) || PERMISSION.has(next.norm));
        const progressive = (isWord(next) && next.norm.endsWith('ing') && next.norm !== 'being') || passive || done;
        const to = clauseEnd(cop + 1);
        const e = !progressive && to > cop + 1 ? judged(cop, to) : undefined;
        if (e) push(target.kind, e, 'predicate');
      }
      // "you absolute clowns", "you sad little man", "you idiots.": a noun phrase beside "you".
      if (target.kind === 'reader' && lastToken.norm === 'you' && isWord(tokens[end])) {
        let to = end;
        while (to < end + 3 && isWord(tokens[to]) && !copula.has(to) && !functionWord.has(to)) to++;
        const closes = to >= tokens.length || endsClause(tokens[to]!) || tokens[to]!.kind === 'emoji';
        const e = degree.has(end) || (to === end + 1 && closes) ? judged(end, to) : undefined;
        if (e) push(target.kind, e, 'apposition');
      }
      // "lazy claimants", "biased journalists": an adjective right before a noun target that heads its phrase
      // ("worst customer service" judges the service, not the customers).
      const heads = !isWord(tokens[target.last]) || copula.has(target.last) || functionWord.has(target.last);
      if (heads && NOUN_KINDS.has(target.kind)) {
        let from = target.first;
        while (from > 0 && QUOTES.has(tokens[from - 1]!.text)) from--;
        let k = from;
        while (k > from - 2 && k > 0 && isWord(tokens[k - 1]) && !functionWord.has(k - 1) && tokens[k - 1]!.sentence === sentence) k--;
        // "Bid-rigging cheats customers": a word in -s before the noun is a verb or a noun, not an adjective judging it.
        const verbLike = k < from && /[^su]s$/.test(tokens[from - 1]!.norm);
        const e = k < from && !verbLike ? judged(k, from) : undefined;
        if (e) push(target.kind, e, 'modifier');
      }
    }
    for (const j of badFaith(ctx)) if (!out.some((o) => o.start < j.end && o.end > j.start)) out.push(j);
    return out.sort((a, b) => a.start - b.start);
  });
}

// Who can be accused of bad faith: critics, politicians, named people and handles, or a named body ("Tidewatch").
const BAD_FAITH_KINDS: ReadonlySet<TargetKind> = new Set(['critic', 'politician', 'person', 'staff']);
const BAD_FAITH_REACH = 5;
// Words between a target and the cue that make the target the topic or the victim, not the one acting in bad faith.
const NOT_SUBJECT = new Set(['about', 'on', 'against', 'of', 'from', 'with', 'for', 'to', 'into', 'over', 'by', 'tackling', 'tackle', 'counter', 'countering', 'fight', 'fighting', 'combat', 'combating', 'debunk', 'debunking', 'flag', 'flagged', 'report', 'reported', 'reporting', 'warn', 'warned', 'warns', 'victims', 'victim']);

/**
 * Bad faith imputed to a target: "Tidewatch once again spreading misinformation", "speculation peddled by hacks",
 * "a stunt by union bosses", "the so-called 'poverty charity' Hearthline". The cue must sit within a few words of
 * the target in one clause, so "we asked journalists about misinformation" accuses nobody.
 */
function badFaith(ctx: Context): Judgement[] {
  const tokens = ctx.words.tokens;
  const cues = ctx.cues('tone.bad-faith');
  if (!cues.length) return [];
  const targetTokens = new Set<number>();
  for (const t of toneTargets(ctx)) if (BAD_FAITH_KINDS.has(t.kind)) for (let k = t.first; k < t.last; k++) targetTokens.add(k);
  const isTarget = (k: number) => targetTokens.has(k) || isNamedBody(tokens, k);
  const out: Judgement[] = [];
  for (const m of cues) {
    const sentence = tokens[m.first]!.sentence;
    const near = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence && isTarget(k);
    // "the so-called 'experts'": scare quotes after "so-called" deride whoever they label.
    let hit = tokens[m.first]!.norm === 'so' && QUOTES.has(tokens[m.last]?.text ?? '');
    // The target before the cue, as its subject ("Tidewatch once again spreading misinformation"), not its topic
    // ("we asked journalists about misinformation").
    for (let k = m.first - 1; k >= m.first - BAD_FAITH_REACH && k >= 0 && !endsClause(tokens[k]!) && !hit && !NOT_SUBJECT.has(tokens[k]!.norm); k--) hit = near(k);
    // "peddled by hacks", "a stunt by union bosses", "so-called experts".
    const by = tokens[m.last]?.norm === 'by';
    if (by || tokens[m.first]!.norm === 'so') for (let k = m.last + (by ? 1 : 0); k < m.last + 5 && k < tokens.length && !endsClause(tokens[k]!) && !hit; k++) hit = near(k);
    if (hit) out.push({ kind: 'critic', start: tokens[m.first]!.start, end: tokens[m.last - 1]!.end, score: JUDGE_THRESHOLD, via: 'predicate' });
  }
  return out;
}

/** A body's name in the middle of a sentence ("… says Hearthline", "the charity Tidewatch"), or opening one before a verb. */
function isNamedBody(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.text === 'I') return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // Opening a sentence any word is capitalised: only a singular one that is not a common word can be a name ("Scammers" is not).
  if (!prev || prev.sentence !== t.sentence) return isCapitalised(t) && !/s$/.test(t.norm) && lexiconValence(t.norm) === 0 && next?.kind === 'word' && !/^\p{Lu}/u.test(next.text);
  return prev.kind === 'word' && !/^\p{Lu}/u.test(prev.text);
}

export interface Boast {
  start: number;
  end: number;
  score: number;
}

/** Boasts: a strong claim of quality made of ourselves ("our new hub is the best", "our world-class railway", "we're unstoppable"), not warmth about people ("our amazing volunteers"). */
export function boasts(ctx: Context): Boast[] {
  return ctx.memo('tone:boasts', () => {
    const tokens = ctx.words.tokens;
    const ignore = indexSet(ctx, 'tone.feeling');
    for (const k of cueTokens(ctx, 'tone.plight')) ignore.add(k);
    const superlative = indexSet(ctx, 'tone.superlative');
    const warm = indexSet(ctx, 'tone.warm-noun');
    const out: Boast[] = [];
    for (const m of ctx.cues('tone.self')) {
      let to = m.last;
      let words = 0;
      while (to < tokens.length && tokens[to]!.sentence === tokens[m.first]!.sentence && !endsClause(tokens[to]!) && words < 8) {
        if (tokens[to]!.kind === 'word') words++;
        to++;
      }
      // "our amazing volunteers": praise of people is warmth, not spin.
      if (tokens.slice(m.last, Math.min(to, m.last + 4)).some((_, j) => warm.has(m.last + j))) continue;
      const e = evaluate(tokens, m.last, to, (k) => ignore.has(k));
      const sup = [...superlative].filter((k) => k >= m.last && k < to && !ignore.has(k));
      // A strong word claims quality for us only inside our own phrase: after a determiner or a number it describes a new
      // thing ("we grabbed this brilliant photo", "sent us 28 brilliant posters", "to see the brilliant work our team does").
      const fresh = (k: number) => tokens.slice(m.last, k).some((t) => t.kind === 'number' || NEW_PHRASE.has(t.norm));
      const strong = e.positive.filter((k) => e.max >= 4 && evaluate(tokens, k, k + 1).max >= 0 && !fresh(k));
      const hits = [...new Set([...sup, ...(e.max >= 4 ? strong : [])])].sort((a, b) => a - b);
      if (!hits.length) continue;
      const a = tokens[hits[0]!]!;
      const b = tokens[hits[hits.length - 1]!]!;
      if (!out.some((x) => x.start < b.end && x.end > a.start)) out.push({ start: a.start, end: b.end, score: e.max });
    }
    return out.sort((x, y) => x.start - y.start);
  });
}

// Determiners that open a new noun phrase after the self is named.
const NEW_PHRASE = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an', 'some', 'their', 'his', 'her', 'its']);

// Words that may pad a verbless verdict: "Smug, arrogant and frankly offensive."
const VERDICT_FILLERS = new Set(['and', 'so', 'frankly', 'utterly', 'totally', 'just', 'deeply', 'incredibly', 'truly', 'absolutely', 'quite', 'simply', 'how', 'sheer', 'breathtaking', 'unbelievable']);
const MAX_VERDICT_WORDS = 6;

/**
 * Outbursts: a sentence that is nothing but a verdict on someone's character ("Arrogant and offensive.", "Smug and
 * insulting."), with no subject or verb, posted by an official account as its own reaction. On one's own account a
 * one-word "Shameful." is the writer's business; from a department it is a personal outburst in the state's voice.
 */
export function outbursts(ctx: Context): Array<{ start: number; end: number }> {
  return ctx.memo('tone:outbursts', () => {
    const out: Array<{ start: number; end: number }> = [];
    if (ctx.account !== 'official') return out;
    const vice = cueTokens(ctx, 'tone.vice');
    if (!vice.size) return out;
    const tokens = ctx.words.tokens;
    for (const s of ctx.words.sentences) {
      let words = 0;
      let vices = 0;
      let only = true;
      let first = -1;
      let last = -1;
      for (let k = s.first; k < s.last && only; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word') continue;
        words++;
        if (vice.has(k)) vices++;
        else only = VERDICT_FILLERS.has(t.norm);
        if (first < 0) first = k;
        last = k;
      }
      if (only && vices > 0 && words <= MAX_VERDICT_WORDS) out.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    }
    return out;
  });
}
