// Sarcasm by construction rather than by stock phrase: tag and incredulous questions, "Oh yes, ..." irony, "rules are rules", sneers at "some people", blame for forgetting, call-outs of wrongdoers, laughing at people, and the reader's own words thrown back in scare quotes.

import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { evaluate } from '../text/valence.ts';
import { cueTokens, cuesFrom, cuesIn, sentencesOf, type SentenceView } from './sentence-cues.ts';

export type IronyKind = 'rhetorical' | 'irony' | 'tautology' | 'sneer' | 'blame' | 'callout' | 'laughing' | 'echo' | 'anecdote';

export interface IronySpan {
  kind: IronyKind;
  start: number;
  end: number;
  /** Whether a person or group is the butt of it (a personal account's sarcasm about the weather is its own business). */
  aimed: boolean;
}

const LAUGHING = /^(?:😂|🤣|😆|😹|🤭|😜|😘)/u;
const MOCKING = /^(?:🙄|🙃|😒|🤦|🤡|🤷|😏|🥱)/u;
const INDEFINITE = new Set(['a', 'an', 'one', 'this', 'some', 'someone']);
const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
const WH_WORDS = new Set(['which', 'who', 'what', 'whose', 'where', 'when', 'how']);
const PLACE_PREPS = new Set(['at', 'in', 'on', 'across', 'around', 'near', 'inside']);
// How far after "who" a call-out's misdeed may lie (tokens: "who keeps posting the same complaint every day").
const THANKS = new Set(['thank', 'thanks', 'thankyou', 'grateful', 'cheers']);
const HELPED = new Set(['reported', 'flagged', 'spotted', 'alerted', 'warned', 'helped', 'rescued', 'returned', 'handed']);
const CALLOUT_REACH = 10;
const TARGET_TAGS = ['reader.you', 'tone.public-group', 'tone.critic', 'tone.vague-group', 'politics.politician'];

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const wordsOf = (tokens: readonly Token[], s: SentenceView) => {
  const out: number[] = [];
  for (let k = s.first; k < s.last; k++) if (tokens[k]!.kind === 'word') out.push(k);
  return out;
};
const isQuestion = (tokens: readonly Token[], s: SentenceView) => {
  for (let k = s.last - 1; k >= s.first; k--) {
    const t = tokens[k]!;
    if (t.kind === 'emoji') continue;
    return t.kind === 'punct' && t.text.includes('?');
  }
  return false;
};

/** Sarcasm and mockery found from how sentences are built. */
export function ironies(ctx: Context): IronySpan[] {
  return ctx.memo('tone:ironies', () => {
    const tokens = ctx.words.tokens;
    const sentences = sentencesOf(ctx.words);
    const out: IronySpan[] = [];
    const plight = cueTokens(ctx, 'tone.plight');
    const reply = ctx.replyTo.trim() !== '';
    const targetIn = (s: SentenceView) => TARGET_TAGS.some((tag) => cuesIn(ctx, tag, s.index).length > 0) || tokens.slice(s.first, s.last).some((t) => t.kind === 'mention');
    const anyTarget = sentences.some(targetIn);
    const add = (kind: IronyKind, a: Token, b: Token, aimed: boolean) => out.push({ kind, start: a.start, end: b.end, aimed });
    const single = (tag: string, k: number) => cuesFrom(ctx, tag, k, k + 1).some((m) => m.last === k + 1);
    const starts = (tag: string, s: SentenceView, k: number) => cuesIn(ctx, tag, s.index).find((m) => m.first === k);
    const judgedNegative = (s: SentenceView, ignorePlight: boolean) => evaluate(tokens, s.first, s.last, ignorePlight ? (k) => plight.has(k) : undefined).min <= -2;

    for (const s of sentences) {
      const words = wordsOf(tokens, s);
      if (!words.length) continue;
      const question = isQuestion(tokens, s);
      const aimed = targetIn(s) || reply;

      // "..., can we?", "..., did you?": a tag question that presses the point.
      if (question && words.length >= 5) {
        const w2 = words[words.length - 1]!;
        const w1 = words[words.length - 2]!;
        const comma = tokens[w1 - 1];
        // A positive tag after a negative statement ("we can't ..., can we?") presses; "..., isn't she?" only checks a fact.
        if (w1 === w2 - 1 && !tokens[w1]!.norm.endsWith("n't") && single('tone.tag-aux', w1) && single('tone.tag-pronoun', w2) && comma?.kind === 'punct' && comma.text === ',') add('rhetorical', tokens[w1]!, tokens[w2]!, aimed);
      }
      // "Who could possibly have seen it coming?", "Did you even read it?", "Seriously?"
      if (question) {
        const m = cuesIn(ctx, 'tone.incredulity', s.index)[0];
        const oneWord = words.length === 1 && ['really', 'seriously'].includes(tokens[words[0]!]!.norm);
        if (m && (oneWord || !['really', 'seriously'].includes(tokens[m.first]!.norm))) add('rhetorical', tokens[m.first]!, tokens[m.last - 1]!, aimed);
      }
      // "Oh yes, we're definitely doing nothing", "Wow, original.": an interjection with an affirmation, about something bad.
      const inter = starts('tone.interjection', s, words[0]!);
      if (inter) {
        const next = words.find((k) => k >= inter.last);
        const affirm = next !== undefined && next <= inter.last + 1 ? starts('tone.affirm', s, next) : undefined;
        const following = sentences[s.index + 1];
        const bad = judgedNegative(s, false) || (following !== undefined && judgedNegative(following, false));
        if (affirm && (bad || reply)) add('irony', tokens[inter.first]!, tokens[affirm.last - 1]!, aimed);
      }
      // "Deadlines are deadlines", "a rule is a rule".
      for (let i = 0; i + 2 < words.length; i++) {
        const a = tokens[words[i]!]!;
        const cop = words[i + 1]!;
        // "know which is which", "who's who": a question word asked of itself is not a tautology.
        if (!single('tone.copula', cop) || a.norm.length < 3 || single('tone.tag-pronoun', words[i]!) || WH_WORDS.has(a.norm)) continue;
        const bIndex = tokens[words[i + 2]!]!.norm === 'a' || tokens[words[i + 2]!]!.norm === 'the' ? words[i + 3] : words[i + 2];
        const b = bIndex !== undefined ? tokens[bIndex]! : undefined;
        // "I think it's a bit harsh, but rules are rules": after "but", the speaker's own objection is conceded, not the person's dismissed.
        const conceded = [words[i]! - 1, words[i]! - 2].some((k) => k >= s.first && tokens[k]!.norm === 'but');
        if (b && b.norm === a.norm && !conceded) add('tautology', a, b, aimed);
      }
      // "what is wrong with some people?", "some people never learn": a vague group, sneered at.
      const vague = cuesIn(ctx, 'tone.vague-group', s.index)[0];
      if (vague && ((question && ctx.account === 'official') || judgedNegative(s, true) || cuesIn(ctx, 'tone.derision', s.index).some((d) => d.first >= vague.last))) add('sneer', tokens[vague.first]!, tokens[vague.last - 1]!, true);
      // "because you forgot", "parents who somehow miss it every year": blame for a lapse, made much of.
      for (const n of cuesIn(ctx, 'tone.negligence', s.index)) {
        const before = tokens.slice(Math.max(s.first, n.first - 2), n.first).map((t) => t.norm);
        if (before.some((w) => ["don't", 'do', 'not', 'never', 'if', 'when', "didn't"].includes(w)) && !before.includes('because')) continue;
        const subject = TARGET_TAGS.some((tag) => cuesIn(ctx, tag, s.index).some((m) => m.last <= n.first));
        const derided = cuesIn(ctx, 'tone.derision', s.index).length > 0 || tokens.slice(s.first, n.first).some((t) => t.norm === 'because');
        if (subject && derided && !question) add('blame', tokens[n.first]!, tokens[n.last - 1]!, true);
      }
      // "To whoever dumped a mattress...", "Shout out to the 4,000 people who tried to...": a wrongdoer called out.
      const call = starts('tone.callout', s, words[0]!);
      if (call) {
        const rel = words.find((k) => k >= call.last && ['who', 'that', 'whoever', "who've", "who'd"].includes(tokens[k]!.norm));
        const whoever = tokens[call.last - 1]!.norm === 'whoever';
        const from = whoever ? call.last : rel;
        if (from !== undefined) {
          // The misdeed is what the clause says they did, within a few words of "who": "Thank you to everyone who taught
          // me how to ... answer a hostile question" thanks them for something good.
          const to = Math.min(s.last, from + CALLOUT_REACH);
          // A grim word for where they do it ("who run the visitor centres at our prisons") is a place, not a misdeed.
          const placed = (k: number) => PLACE_PREPS.has(tokens[k - 1]?.norm ?? '') || (/^(?:the|our|a|your|their)$/.test(tokens[k - 1]?.norm ?? '') && PLACE_PREPS.has(tokens[k - 2]?.norm ?? ''));
          const misdeed = evaluate(tokens, from, to, (k) => plight.has(k) || placed(k)).min <= -2 || cuesIn(ctx, 'tone.negligence', s.index).some((m) => m.first >= from && m.first < to);
          // "Thank you to everyone who reported the fake account": thanks for acting against something bad, sincerely meant.
          const verbs = tokens.slice(whoever ? from : from + 1, to).filter(isWord).slice(0, 2).map((t) => t.norm);
          const helped = THANKS.has(tokens[call.first]!.norm) && verbs.some((v) => HELPED.has(v));
          if (misdeed && !helped) add('callout', tokens[call.first]!, tokens[from]!, true);
        }
      }
      // Scare quotes around the very words of the post answered: "it wasn't quite 'sunny'".
      if (reply) {
        for (let k = s.first; k + 2 < s.last; k++) {
          if (!QUOTES.has(tokens[k]!.text) || !isWord(tokens[k + 1])) continue;
          const close = [k + 2, k + 3, k + 4].find((j) => QUOTES.has(tokens[j]?.text ?? ''));
          if (close === undefined) continue;
          const quoted = tokens.slice(k + 1, close).filter(isWord).map((t) => t.norm);
          const echoed = quoted.length > 0 && quoted.every((w) => ctx.replyWords.tokens.some((r) => r.norm === w));
          // "We don't 'let' anyone...", "not 'pennies'": quoted to deny the claim, not to mock the words.
          const denied = tokens.slice(Math.max(s.first, k - 2), k).some((t) => t.norm === 'not' || t.norm === 'no' || t.norm.endsWith("n't"));
          if (echoed && !denied && !ctx.isReported(tokens[k]!.start, tokens[close]!.end)) add('echo', tokens[k]!, tokens[close]!, true);
          k = close;
        }
      }
    }
    // "… someone who clearly has a lot of time on their hands. Have a lovely day 😊": a courtesy after a jab is a sneer.
    // The jab is in another sentence aimed at someone: a judgement, a knowing "clearly", a "maybe try", "like everyone else".
    // A suggestion alone ("maybe try the online form") is help; with "like everyone else" or "next time" it is a dig.
    // Each sentence is judged once, so a paste of a thousand sign-offs stays linear: a jab anywhere but the sign-off's own
    // sentence counts whole; in its own sentence only the words outside the sign-off do.
    const valedictions = ctx.cues('tone.valediction');
    if (valedictions.length) {
      const JAB_TAGS = ['tone.knowing-adverb', 'tone.others', 'tone.incredulity', 'tone.curt'];
      const aimed = (s: SentenceView) => targetIn(s) || reply;
      const jabIn = sentences.map((s) => aimed(s) && (judgedNegative(s, true) || JAB_TAGS.some((tag) => cuesIn(ctx, tag, s.index).length > 0) || (cuesIn(ctx, 'tone.soft-suggest', s.index).length > 0 && cuesIn(ctx, 'tone.reproach', s.index).length > 0)));
      const jabs = jabIn.filter(Boolean).length;
      const outside = (v: { first: number; last: number }, tag: string, s: number) => cuesIn(ctx, tag, s).some((m) => m.last <= v.first || m.first >= v.last);
      const toCritics = ctx.account === 'official' && ctx.cues('tone.callout').some((c) => cuesFrom(ctx, 'tone.critic', c.last, c.last + 3).length > 0);
      for (const v of valedictions) {
        const own = tokens[v.first]!.sentence;
        const ownSentence = sentences[own];
        const elsewhere = jabs - (jabIn[own] ? 1 : 0) > 0;
        const here = !!ownSentence && aimed(ownSentence) && (JAB_TAGS.some((tag) => outside(v, tag, own)) || (outside(v, 'tone.soft-suggest', own) && outside(v, 'tone.reproach', own)));
        if (elsewhere || here || toCritics) add('irony', tokens[v.first]!, tokens[v.last - 1]!, true);
      }
    }
    // A work story about a member of the public told for laughs: "Had a bloke ring today asking... 😂", "Someone tried to ... I give up."
    const ridiculed = tokens.some((t) => t.kind === 'emoji' && (LAUGHING.test(t.text) || MOCKING.test(t.text))) || ctx.cues('tone.ridicule').length > 0;
    if (ridiculed) {
      for (const p of ctx.cues('tone.person-noun')) {
        const det = tokens[p.first - 1];
        if (!det || !INDEFINITE.has(det.norm)) continue;
        const verb = cuesFrom(ctx, 'tone.anecdote-verb', p.last, p.last + 5).find((v) => tokens[v.first]!.sentence === tokens[p.first]!.sentence);
        if (verb) {
          add('anecdote', det, tokens[verb.last - 1]!, true);
          break;
        }
      }
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.norm !== 'someone') continue;
        const verb = cuesFrom(ctx, 'tone.anecdote-verb', k + 1, k + 4).find((v) => tokens[v.first]!.sentence === t.sentence);
        if (verb) add('anecdote', t, tokens[verb.last - 1]!, true);
      }
    }
    // Laughing at someone: 😂 or 😘 on a post that names a person or group (or answers one).
    const official = ctx.account === 'official';
    // On one's own account only the people the service deals with make it mockery ("a claimant... 😂"), not a bloke on the tube.
    const butt = official ? anyTarget || reply : ctx.cues('tone.service-user').length > 0;
    if (butt) for (const t of tokens) if (t.kind === 'emoji' && LAUGHING.test(t.text)) add('laughing', t, t, true);
    return out.sort((a, b) => a.start - b.start);
  });
}
