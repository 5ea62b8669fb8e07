// Where a post speaks in a person's own voice rather than an organisation's: opinions, candour, feelings, life story, and editorial asides on policy.

import type { Context } from '../context.ts';
import type { CueMatch } from '../text/cues.ts';
import type { Token } from '../text/tokens.ts';
import { wordValence } from '../text/valence.ts';
import { cuesIn } from './sentence-cues.ts';

export type VoiceKind = 'opinion' | 'candour' | 'feeling' | 'personal' | 'editorial';

export interface VoiceCue {
  kind: VoiceKind;
  start: number;
  end: number;
}

const SINGULAR = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself']);
// What "I" does when a person, not a team, is talking: having views and feelings.
const PERSONAL_VERBS = new Set(['think', 'believe', 'feel', 'felt', 'reckon', 'admit', 'love', 'loved', 'hate', 'hated', 'voted', 'prefer', 'wish', 'worked', 'cried', 'miss', 'adore', 'disagree', 'agree', 'doubt', 'suspect']);
// "will personally reply", "one of our rangers will get back to you personally": a promise of service, not an opinion.
const SERVICE_AFTER = new Set(['reply', 'replies', 'answer', 'answers', 'respond', 'responds', 'ring', 'call', 'contact', 'read', 'look', 'get', 'check', 'review', 'deal', 'handle', 'make', 'see', 'write', 'email', 'message', 'come']);

/** Every personal-voice cue in the post, outside reported quotations. Memoised per check. */
export function personalVoice(ctx: Context): readonly VoiceCue[] {
  return ctx.memo('signals.personalVoice', () => findVoice(ctx));
}

function findVoice(ctx: Context): VoiceCue[] {
  const { tokens } = ctx.words;
  const out: VoiceCue[] = [];
  const add = (kind: VoiceKind, m: { start: number; end: number }) => {
    if (!ctx.isReported(m.start, m.end)) out.push({ kind, start: m.start, end: m.end });
  };
  for (const m of ctx.cues('identity.opinion')) add('opinion', m);

  for (const m of ctx.cues('identity.feeling')) add('feeling', m);
  // "Going on holiday? Check your passport": the reader's life asked about, not the writer's; a case study's own words in quotes.
  for (const m of ctx.cues('identity.personal-life')) if (!ctx.isQuoted(m.start, m.end) && !readerQuestion(ctx, m)) add('personal', m);
  // "We're sorry – six months is far too long to wait": owning up to a failing of its own service is the
  // department's voice, not an editorial on policy.
  // "We wish him every success": the department's good wishes, not a wish about policy.
  for (const m of ctx.cues('identity.editorial')) if (!apologySentence(tokens, m) && !goodWishes(tokens, m)) add('editorial', m);

  // "For what it's worth, that decision was a disgrace": the aside counts when an evaluation follows it.
  for (const m of ctx.cues('identity.worth')) if (evaluativeSentence(ctx, m, 2)) add('opinion', m);
  // "We think Brackwater have been a disgrace": an organisation's opinion of someone is still an opinion.
  for (const m of ctx.cues('identity.we-opinion')) if (evaluativeSentence(ctx, m, 2)) add('opinion', m);
  const service = new Set(ctx.cues('identity.service-verb').map((m) => m.first));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (t.norm === 'personally' && personallyOpines(tokens, k)) add('opinion', t);
    // "Can't believe Spurs have bottled it again": a sentence opening on a feeling with its "I" left out.
    if ((t.norm === "can't" || t.norm === 'cannot') && tokens[k + 1]?.norm === 'believe' && (k === 0 || tokens[k - 1]!.sentence !== t.sentence)) add('feeling', { start: t.start, end: tokens[k + 1]!.end });
    // "I voted Remain", "It's me again", "My favourite part of the job": a person, unless quoted (a case study, reported abuse), "I" is doing the service
    // ("I've made a note", "I'm sorry", "I'll pass this on") or voicing the reader's question ("Why was my photo rejected?").
    // "old mine workings", "a mine shaft": the noun, not the pronoun.
    const mineNoun = t.norm === 'mine' && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.sentence === t.sentence && !/^(?:is|was|are|and|too|as|now|to|for|though)$/.test(tokens[k + 1]!.norm);
    if (SINGULAR.has(t.norm) && !mineNoun && !ctx.isQuoted(t.start, t.end) && !serviceVoice(tokens, k, service) && !questionOf(ctx, tokens, k)) add('personal', t);
  }
  // "Frankly", "Honestly?", "Real talk": candour marks a personal voice already there ("Frankly it's about time"),
  // but alone it is as often a brusque reply ("Honestly, it's quicker to ring us"), which is a matter of tone.
  if (out.length) {
    for (const m of ctx.cues('identity.candour')) add('candour', m);
    for (const m of ctx.cues('identity.candour-adverb')) if (sentenceAdverb(tokens, m)) add('candour', m);
  }
  return out.sort((a, b) => a.start - b.start);
}

const APOLOGY = new Set(['sorry', 'apologise', 'apologize', 'apologises', 'apologizes', 'apologies', 'apologising', 'apologizing', 'regret']);

/** The cue's sentence, or the one either side, apologises ("We're sorry. Six months is far too long.", "You should have been told. Sorry."). */
function apologySentence(tokens: readonly Token[], m: CueMatch): boolean {
  const sentence = tokens[m.first]!.sentence;
  for (let j = m.first; j >= 0 && tokens[j]!.sentence >= sentence - 1; j--) if (APOLOGY.has(tokens[j]!.norm)) return true;
  for (let j = m.last; j < tokens.length && tokens[j]!.sentence <= sentence + 1; j++) if (APOLOGY.has(tokens[j]!.norm)) return true;
  return false;
}

const GOOD_WISHES = new Set(['well', 'luck', 'success', 'best', 'recovery', 'retirement', 'congratulations', 'happy']);
/** A cue ending in "wish" whose next eight words or fewer, in its sentence, are good wishes ("we wish Pat well", "... all the best"). */
function goodWishes(tokens: readonly Token[], m: CueMatch): boolean {
  if (tokens[m.last - 1]?.norm !== 'wish') return false;
  const sentence = tokens[m.first]!.sentence;
  for (let k = m.last, words = 0; k < tokens.length && words < 8 && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    words++;
    if (GOOD_WISHES.has(tokens[k]!.norm)) return true;
  }
  return false;
}

// "Back from holiday?", "On holiday this summer?", "Off abroad?": a question about where the reader is going.
const PLAN_OPENERS = new Set(['back', 'on', 'off', 'away', 'home', 'abroad']);
const FIRST_PERSON = new Set([...SINGULAR, 'we', "we're", "we've", "we'll", "we'd", 'us', 'our', 'ours']);

/**
 * A question about the reader's plans ("Bringing food back from holiday?", "On holiday this summer?"): it ends in "?",
 * opens on where they are going ("Back from…", "On holiday…") or an -ing verb, and has no "I" or "we"; not a rhetorical "Can you imagine having to work with…?".
 */
function readerQuestion(ctx: Context, m: CueMatch): boolean {
  const { tokens, sentences } = ctx.words;
  const s = sentences[tokens[m.first]!.sentence]!;
  if (!ctx.text.slice(s.start, s.end).trimEnd().endsWith('?')) return false;
  const words = tokens.slice(s.first, s.last).filter((t) => t.kind === 'word');
  const opener = words[0];
  if (!opener || !(PLAN_OPENERS.has(opener.norm) || /[a-z]ing$/.test(opener.norm))) return false;
  return !words.some((t) => FIRST_PERSON.has(t.norm));
}

/** At the start of a sentence or clause: "Honestly?", "Genuinely, …", "… – honestly, …". */
function sentenceAdverb(tokens: readonly Token[], m: CueMatch): boolean {
  const before = tokens[m.first - 1];
  return !before || before.sentence !== tokens[m.first]!.sentence || (before.kind === 'punct' && /^[,(—–:-]$/.test(before.text));
}

/** "Personally, …", "Personally I think", "I personally feel"; not "will get back to you personally". */
function personallyOpines(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (after && after.kind === 'word' && SERVICE_AFTER.has(after.norm)) return false;
  if (before && before.kind === 'word' && !SINGULAR.has(before.norm) && before.sentence === tokens[k]!.sentence) return false;
  return true;
}

/** An "I" doing the department's service: a service verb among the next three words, and no verb of opinion first. */
function serviceVoice(tokens: readonly Token[], k: number, service: ReadonlySet<number>): boolean {
  const sentence = tokens[k]!.sentence;
  for (let j = k + 1, words = 0; j < tokens.length && words < 3; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) break;
    if (t.kind !== 'word') continue;
    words++;
    if (PERSONAL_VERBS.has(t.norm)) return false;
    if (service.has(j)) return true;
  }
  return false;
}

/** The "my" of a question the reader might ask: "Why was my passport photo rejected?" */
function questionOf(ctx: Context, tokens: readonly Token[], k: number): boolean {
  const s = ctx.words.sentences[tokens[k]!.sentence]!;
  return ctx.text.slice(s.start, s.end).trimEnd().endsWith('?');
}

/** The cue's sentence holds evaluation of at least `min` (summed absolute valence after the cue). */
function evaluativeSentence(ctx: Context, m: CueMatch, min: number): boolean {
  const { tokens } = ctx.words;
  const sentence = tokens[m.first]!.sentence;
  let sum = 0;
  for (let j = m.last; j < tokens.length && tokens[j]!.sentence === sentence; j++) sum += Math.abs(wordValence(tokens[j]!));
  return sum >= min || cuesIn(ctx, 'identity.editorial', sentence).length > 0;
}
