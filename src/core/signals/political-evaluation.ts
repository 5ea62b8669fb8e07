// Whether a post evaluates a political target: praise, blame, mockery or comparison in the words around it, from the valence lexicon and the stance cues.

import emoji from '../data/evaluative-emoji.json' with { type: 'json' };
import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { wordValence } from '../text/valence.ts';
import { politicalTargets, replyAuthor, type PoliticalTarget } from './political-targets.ts';

/** One piece of evidence that words evaluate a target. */
export interface EvaluationCue {
  start: number;
  end: number;
  /** The cue tag ("impartiality.contrast"), or "valence" for a lexicon word, or "emoji". */
  source: string;
  weight: number;
  /** For a lexicon word, its contextual valence (positive or negative). */
  value?: number;
}

export interface PoliticalEvaluation {
  target: PoliticalTarget;
  /** True when the target is the author of the post replied to, who is not named in the post itself. */
  implicit: boolean;
  cues: EvaluationCue[];
  score: number;
}

/**
 * Evidence adds up to this before a target counts as evaluated. A department's account must not be party political
 * "nor open to being misrepresented as such", so one evaluative word about a political actor is enough there.
 */
export const EVALUATED = { personal: 2, official: 1 } as const;

// Stance cues and how much each says on its own; a weak cue needs company.
const STANCE: ReadonlyArray<[string, number]> = [
  ['impartiality.evaluative', 2],
  ['impartiality.contrast', 2],
  ['impartiality.mockery', 2],
  ['impartiality.defeat', 2],
  ['impartiality.endorse', 2],
  ['impartiality.rebut', 2],
  ['impartiality.contrast-weak', 1],
];
const EMOJI = new Set(emoji.terms);
// Emoji that agree with or cheer on what they answer, beside the evaluative ones: pointing, hearts, party colours, flags.
const AGREEING = new Set(['👇', '☝️', '☝', '👍', '🙌', '✅', '❤️', '❤', '💛', '🧡', '💙', '💚', '🌹', '🇬🇧', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁷󠁬󠁳󠁿']);
const PRONOUNS = new Set(['he', 'she', 'they', 'them', 'his', 'her', 'their', 'him', "he's", "she's", "they're", "they've"]);
// Politicians as a class ("MPs shout 'aye'") are evaluated only with a stance cue, not a stray valence word.
const GENERIC = new Set(['mps', 'ministers', 'politicians', 'councillors', 'candidates', 'msps', 'mlas', 'meps', 'mayors', 'backbenchers', 'frontbenchers', 'cllrs']);
const RELATIVE = new Set(['who', 'that', 'which']);
const DETERMINERS = new Set(['the', 'this', 'that', 'a', 'these', 'those', 'our', 'their']);
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '-', '...', '…']);
/** A post this short is about one thing: evidence anywhere in it counts. */
const SHORT_POST_WORDS = 25;

/** Every political target with the evaluation found around it (targets with none are left out). Memoised per check. */
export function politicalEvaluations(ctx: Context): readonly PoliticalEvaluation[] {
  return ctx.memo('signals.politicalEvaluations', () => evaluateTargets(ctx));
}

/** The evaluations that reach `EVALUATED` for the account. */
export function evaluatedTargets(ctx: Context): readonly PoliticalEvaluation[] {
  return politicalEvaluations(ctx).filter((e) => e.score >= EVALUATED[ctx.account]);
}

const MAX_TARGETS = 64;
const MAX_WINDOW = 80;

function evaluateTargets(ctx: Context): PoliticalEvaluation[] {
  const { tokens, sentences } = ctx.words;
  if (!tokens.length) return [];
  // A post names a few targets; a paste naming thousands is judged on its first MAX_TARGETS, so the work
  // stays linear in the text (each target reads a bounded window and the stance cues).
  let targets = politicalTargets(ctx).slice(0, MAX_TARGETS);
  let implicit = false;
  if (!targets.length) {
    // A reply to a party or politician is about them even when it names nobody ("Brilliant result, well deserved");
    // so is a reply to a post that campaigns for or against a party ("Tories out!!" → "💯").
    // (A reply to news that mentions ministers is not: "contrary to what ministers claimed" names no side.)
    if (!replyAuthor(ctx) && !ctx.replyCues('politics.party').length) return [];
    const t = tokens[0]!;
    targets = [{ kind: 'reader', first: 0, last: 0, start: t.start, end: t.start, sentence: 0, weak: false }];
    implicit = true;
  }
  const stance = collectStance(ctx, targets);
  const inStance = new Set<number>();
  for (const c of stance) for (let k = c.first; k < c.last; k++) inStance.add(k);
  const ignored = ignoredTokens(ctx);
  const neutral = ctx.cues('impartiality.neutral');
  const clause = clauseIndex(tokens);
  const short = tokens.filter((t) => t.kind === 'word').length <= SHORT_POST_WORDS;
  const targetSentences = new Set(targets.map((t) => t.sentence));
  const listed = partyLists(tokens, targets);
  const pejorative = new Set(ctx.cues('politics.pejorative').map((m) => m.first));
  const out: PoliticalEvaluation[] = [];
  for (const target of targets) {
    let from = 0;
    let to = tokens.length;
    if (!(short || implicit || target.kind === 'slogan' || target.kind === 'reader')) {
      // The target's sentence, and the next one when it carries on about the same target ("Shameful.", "She …").
      const s = sentences[target.sentence]!;
      from = s.first;
      to = s.last;
      const next = sentences[target.sentence + 1];
      if (next && !targetSentences.has(target.sentence + 1) && continues(tokens, next.first, next.last)) to = next.last;
    }
    // A run-on "sentence" thousands of words long is read only near the target.
    from = Math.max(from, target.first - MAX_WINDOW);
    to = Math.min(to, target.last + MAX_WINDOW);
    const inside = (a: number, b: number) => a >= target.first && b <= target.last && target.last > target.first;
    const cues: EvaluationCue[] = [];
    for (const c of stance) if (c.first >= from && c.last <= to && !inside(c.first, c.last)) cues.push(c.cue);
    // "Activist lawyers and do-gooders will not stop us": the name itself is the sneer.
    if (pejorative.has(target.first)) cues.push({ start: target.start, end: target.end, source: 'impartiality.mockery', weight: 2 });
    const hasStance = cues.length > 0;
    const evenHanded = neutral.some((m) => m.first >= from && m.last <= to) || listed.has(target.first);
    // "a message saying 'do NOT let the minister see the figures' 😂": a politician inside someone else's reported
    // words is what they said, and laughter or a stray word outside is about the message. A quoted slogan still
    // counts: endorsing it is the poster's own act.
    const reported = target.kind !== 'slogan' && target.last > target.first && ctx.isReported(target.start, target.end);
    for (let k = from; k < to && !reported; k++) {
      if ((k >= target.first && k < target.last) || ignored.has(k) || inStance.has(k)) continue;
      const t = tokens[k]!;
      if (t.kind === 'emoji') {
        if (EMOJI.has(t.text.replace(/\uFE0F/g, ''))) cues.push({ start: t.start, end: t.end, source: 'emoji', weight: 1 });
        continue;
      }
      const signed = wordValence(t);
      const v = Math.abs(signed);
      // "Prisons Minister", "Victims Minister": a capitalised word just before the office is the brief, not a judgement.
      if (!v || properNoun(tokens, k) || (k === target.first - 1 && target.kind === 'politician' && /^\p{Lu}/u.test(t.text))) continue;
      const sameClause = clause[k] === clause[target.first] && tokens[k]!.sentence === target.sentence;
      // Right beside the target ("reckless Labour plans", "sick of this government") a word says more; an adverb ("confidently wrote Conservative") describes the verb.
      const beside = sameClause && !t.norm.endsWith('ly') && (Math.abs(k - target.first) <= 3 || Math.abs(k - (target.last - 1)) <= 3);
      const weight = sameClause ? (v >= 3 || (v === 2 && beside) ? 2 : v === 2 ? 1.5 : 0.5) : v >= 3 ? 0.75 : v === 2 ? 0.5 : 0;
      if (weight) cues.push({ start: t.start, end: t.end, source: 'valence', weight, value: signed });
    }
    // "Ten years ago the last lot left the railways in a state. Since then we've turned it round", "something the
    // opposition never managed": a department setting its own record against another side's is point-scoring.
    if (ctx.account === 'official' && !reported && (target.kind === 'predecessor' || (target.kind === 'opposition' && politicalSide(tokens, target)))) {
      const against = setAgainst(tokens, target, clause);
      if (against >= 0) cues.push({ start: tokens[against]!.start, end: tokens[against]!.end, source: 'impartiality.contrast', weight: 2 });
    }
    // A reply of a few words to a political post ("💯", "This. 👇", "Absolutely! 🚢💛") is agreement with it.
    if (implicit && tokens.filter((t) => t.kind === 'word').length <= 4) {
      for (const m of ctx.cues('impartiality.agree-short')) cues.push({ start: m.start, end: m.end, source: 'impartiality.agree-short', weight: 2 });
      for (const c of cues) if (c.source === 'emoji') c.weight = 2;
      for (const t of tokens) if (t.kind === 'emoji' && AGREEING.has(t.text.replace(/\uFE0F/g, ''))) cues.push({ start: t.start, end: t.end, source: 'emoji', weight: 2 });
    }
    // "Delighted that the Prime Minister could join apprentices at our depot", "Congratulations to the new Secretary of
    // State, who joins the department today": warmth about a visit or an appointment is courtesy, not a side taken.
    if (courtesyFrame(tokens, target)) {
      for (let i = cues.length - 1; i >= 0; i--) {
        const c = cues[i]!;
        const positive = c.source === 'impartiality.credit' || (c.source === 'valence' && (c.value ?? 0) > 0);
        if (positive) cues.splice(i, 1);
      }
    }
    if (!cues.length) continue;
    // Without a stance cue, a stray valence word says little about a class of politicians or an even-handed mention.
    const generic = GENERIC.has(tokens[target.last - 1]?.norm ?? '');
    const score = !hasStance && (generic || evenHanded) ? 0 : cues.reduce((sum, c) => sum + c.weight, 0);
    out.push({ target, implicit, cues, score });
  }
  return out;
}

const WE = new Set(['we', "we've", "we're", "we'll", "we'd"]);
const FAILED = new Set(['never', 'failed', "didn't", "couldn't", "wouldn't", "won't", 'left']);
/**
 * Where another side is set against the department: a failure said of it right after it ("the opposition never
 * managed", "the last lot left …"), or "we" as a subject in another clause of the post. -1 when neither.
 */
function setAgainst(tokens: readonly Token[], target: PoliticalTarget, clause: readonly number[]): number {
  for (let k = target.last; k < target.last + 2 && k < tokens.length; k++) if (FAILED.has(tokens[k]!.norm) && tokens[k]!.sentence === target.sentence) return k;
  for (let k = 0; k < tokens.length; k++) if (WE.has(tokens[k]!.norm) && clause[k] !== clause[target.first]) return k;
  return -1;
}

// "Some of our critics", "the doubters" may be anyone; "some politicians", "the opposition" are a political side.
const SIDE = /^(?:opposition|politicians|parties|party|westminster|shadow)$/;
const politicalSide = (tokens: readonly Token[], t: PoliticalTarget) => tokens.slice(t.first, t.last).some((w) => SIDE.test(w.norm));

const LIST_GLUE = new Set([',', 'and', 'or', '/', '&', '-', 'nor']);

/**
 * Parties named in one list ("Labour-, Conservative- and Lib Dem-led authorities", "Labour, Tory or SNP voters"): each
 * is one of several, named even-handedly. Returns the first token of every party in such a list.
 */
function partyLists(tokens: readonly Token[], targets: readonly PoliticalTarget[]): Set<number> {
  const out = new Set<number>();
  const parties = targets.filter((t) => t.kind === 'party' && !t.weak);
  for (let i = 1; i < parties.length; i++) {
    const a = parties[i - 1]!;
    const b = parties[i]!;
    if (b.first < a.last || b.first - a.last > 3) continue;
    let glue = true;
    for (let k = a.last; k < b.first && glue; k++) glue = LIST_GLUE.has(tokens[k]!.norm);
    if (glue && b.first > a.last) (out.add(a.first), out.add(b.first));
  }
  return out;
}

const VISIT = new Set(['join', 'joins', 'joined', 'joining', 'visit', 'visits', 'visited', 'visiting', 'came', 'come', 'comes', 'meet', 'meets', 'met', 'opened', 'open', 'opens', 'toured', 'tour', 'tours', 'dropped', 'popped']);
/** The target is met on a visit ("… could join us", "visited our depot") or newly appointed ("the new Secretary of State"). */
function courtesyFrame(tokens: readonly Token[], target: PoliticalTarget): boolean {
  if (target.last <= target.first) return false;
  const before = tokens[target.first - 1]?.norm;
  if (before === 'new' || before === 'incoming') return true;
  for (let k = target.last; k < target.last + 4 && k < tokens.length && tokens[k]!.sentence === target.sentence; k++) if (VISIT.has(tokens[k]!.norm)) return true;
  return false;
}

interface StanceMatch {
  first: number;
  last: number;
  cue: EvaluationCue;
}

function collectStance(ctx: Context, targets: readonly PoliticalTarget[]): StanceMatch[] {
  const out: StanceMatch[] = [];
  for (const [tag, weight] of STANCE) {
    for (const m of ctx.cues(tag)) {
      if (ctx.isReported(m.start, m.end)) continue;
      out.push({ first: m.first, last: m.last, cue: { start: m.start, end: m.end, source: tag, weight } });
    }
  }
  const { tokens } = ctx.words;
  // "Thanks to the Prime Minister's …": credit counts when a political target follows it closely.
  for (const m of ctx.cues('impartiality.credit')) {
    // "Thanks to the Minister for visiting" is manners, not credit.
    const t = targets.find((t) => t.last > t.first && t.first >= m.last && t.first - m.last <= 5);
    const thanks = /^thank/.test(tokens[m.first]!.norm);
    // A party pays no visits: "huge thanks to @HarlowTories for championing it" credits a side.
    if (t && !(thanks && t.kind !== 'party' && (tokens[t.last]?.norm === 'for' || tokens[t.last + 1]?.norm === 'for'))) {
      out.push({ first: m.first, last: m.last, cue: { start: m.start, end: m.end, source: 'impartiality.credit', weight: 2 } });
    }
  }
  const plans = new Set(ctx.cues('impartiality.plan-noun').map((m) => m.first));
  const cue = (first: number, last: number, source: string, weight: number) =>
    out.push({ first, last, cue: { start: tokens[first]!.start, end: tokens[last - 1]!.end, source, weight } });
  for (const t of targets) {
    if (t.last <= t.first) continue;
    // "Under this Labour government", "under the Tories": the state of things put down to whoever was in charge.
    let b = t.first - 1;
    if (DETERMINERS.has(tokens[b]?.norm ?? '')) b--;
    if (tokens[b]?.norm === 'under' && tokens[b]!.sentence === t.sentence) cue(b, t.first, 'impartiality.contrast', 2);
    // "Watching Badenoch at PMQs …", "Watching the Shadow Chancellor misquote …": a spectator's framing, weak on its own.
    if (tokens[b]?.norm === 'watching' && tokens[b]!.sentence === t.sentence) cue(b, t.first, 'impartiality.mockery', 1);
    // "Labour's plan", "the Prime Minister's plan for change", "the Tories' record": crediting or blaming a side for the work.
    const last = tokens[t.last - 1]!;
    if (last.stem !== last.norm && plans.has(t.last)) cue(t.last, t.last + 1, 'impartiality.credit', 2);
    // "a Prime Minister who takes …", "a government that listens": a description that sets them apart, weak on its own.
    const indefinite = tokens[t.first]!.norm === 'a' || tokens[t.first - 1]?.norm === 'a' || tokens[t.first - 1]?.norm === 'an';
    if (indefinite && RELATIVE.has(tokens[t.last]?.norm ?? '') && tokens[t.last + 1]?.kind === 'word' && t.kind !== 'reader') cue(t.last, t.last + 1, 'impartiality.contrast-weak', 1);
    // "Tories out.", "Reform out!": a call to remove them.
    const next = tokens[t.last];
    if (t.kind === 'party' && next?.norm === 'out' && (!tokens[t.last + 1] || tokens[t.last + 1]!.kind !== 'word' || tokens[t.last + 1]!.sentence !== t.sentence)) {
      cue(t.last, t.last + 1, 'impartiality.defeat', 2);
    }
  }
  // "I actually quite like Starmer", "sick of this government", "impressed with the Chancellor": an attitude aimed at the target.
  for (const m of ctx.cues('impartiality.attitude')) {
    if (targets.some((t) => t.last > t.first && t.first >= m.last && t.first - m.last <= 2)) out.push({ first: m.first, last: m.last, cue: { start: m.start, end: m.end, source: 'impartiality.attitude', weight: 2 } });
  }
  // "The Chancellor did well today, I thought": an opinion frame in the target's sentence, weak on its own.
  for (const m of ctx.cues('impartiality.opinion-frame')) {
    if (targets.some((t) => t.sentence === tokens[m.first]!.sentence && t.kind !== 'reader')) out.push({ first: m.first, last: m.last, cue: { start: m.start, end: m.end, source: 'impartiality.opinion-frame', weight: 1 } });
  }
  // "Fourteen years of that lot", "14 years of Tory rule": a stretch of someone's time in office, held against them.
  for (const t of targets) {
    // "Fourteen years of letting the roads rot": the stretch is the target, and what filled it the charge.
    if (t.kind === 'predecessor' && t.last - t.first === 3 && tokens[t.first + 1]!.norm === 'years') cue(t.last, t.last + 1, 'impartiality.contrast', 2);
    const of = tokens[t.first - 1];
    const years = tokens[t.first - 2];
    if (of?.norm === 'of' && (years?.norm === 'years' || years?.norm === 'decade' || years?.norm === 'decades')) {
      out.push({ first: t.first - 2, last: t.first, cue: { start: years.start, end: of.end, source: 'impartiality.contrast', weight: 2 } });
    }
  }
  return out;
}

/** Tokens whose valence says nothing about a political actor: politeness, the writer's own feelings, topic nouns, reported words. */
function ignoredTokens(ctx: Context): Set<number> {
  const out = new Set<number>();
  for (const m of ctx.cues('impartiality.not-evaluative')) for (let k = m.first; k < m.last; k++) out.add(k);
  const { tokens } = ctx.words;
  for (let k = 0; k < tokens.length; k++) if (ctx.isReported(tokens[k]!.start, tokens[k]!.end)) out.add(k);
  return out;
}

/** Clause number of each token: commas, colons, dashes, brackets and emoji start a new clause. */
function clauseIndex(tokens: readonly Token[]): number[] {
  const out = new Array<number>(tokens.length);
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.kind === 'punct' && CLAUSE_BREAK.has(t.text) && !(t.text === '-' && t.glued)) || t.kind === 'emoji') n++;
    else if (k > 0 && t.sentence !== tokens[k - 1]!.sentence) n++;
    out[k] = n;
  }
  return out;
}

/** A capitalised word inside a sentence is a name ("Export Support Hub"), whose valence is not an opinion. */
function properNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (!prev || prev.sentence !== t.sentence || !/^\p{Lu}/u.test(t.text) || t.text === t.text.toUpperCase()) return false;
  return !(prev.kind === 'punct' && /^[:;"“‘(-]$/.test(prev.text)) && prev.kind !== 'emoji';
}

/** A following sentence carries on about the same target when it is short or refers back with a pronoun. */
function continues(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  let pronoun = false;
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (PRONOUNS.has(t.norm)) pronoun = true;
  }
  return words <= 6 || pronoun;
}
