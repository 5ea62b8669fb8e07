// Whether a post vouches for the department's work: praise of it (from the valence lexicon) or defence of it against critics, in a post about that work.

import type { Context } from '../context.ts';
import { evaluate, wordValence } from '../text/valence.ts';
import { departmentWork } from './department-work.ts';

export interface Stance {
  start: number;
  end: number;
}

/** Praise summed over a sentence about the work reaches this (one "brilliant", or "great" and "easy"). */
const PRAISE = 3;
const SARCASM = new Set(['🙄', '🙃']);

/** The strongest praise or defence of the department's work in the post, or null. Memoised per check. */
export function praiseOrDefence(ctx: Context): Stance | null {
  return ctx.memo('signals.praiseOrDefence', () => {
    const work = departmentWork(ctx);
    const { tokens, sentences } = ctx.words;
    const mentions = [...work.names, ...work.topics];
    // A short reply about the department's work is about it throughout; otherwise the praise shares a sentence with the work.
    const whole = work.inReply && tokens.length <= 60;
    const aboutWork = (sentence: number) => {
      const s = sentences[sentence]!;
      return whole || mentions.some((m) => m.start >= s.start && m.end <= s.end);
    };
    // Defending it against critics: in a sentence about the work, or the one after ("People complaining … haven't looked. They work.").
    const defence = ctx.cues('identity.defence').find((m) => {
      const s = tokens[m.first]!.sentence;
      return !ctx.isReported(m.start, m.end) && (aboutWork(s) || (s > 0 && aboutWork(s - 1)));
    });
    if (defence) return { start: defence.start, end: defence.end };
    // Stock praise ("a godsend", "highly recommend") in a sentence about the work.
    const praise = ctx.cues('identity.praise').find((m) => {
      const s = tokens[m.first]!.sentence;
      return !ctx.isReported(m.start, m.end) && (aboutWork(s) || (s > 0 && aboutWork(s - 1)));
    });
    if (praise) return { start: praise.start, end: praise.end };
    const ignored = new Set<number>();
    for (const m of ctx.cues('identity.not-praise')) for (let k = m.first; k < m.last; k++) ignored.add(k);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      // A question asks for praise ("Can anyone recommend a good …?"); it does not give it.
      if (!aboutWork(i) || ctx.text.slice(s.start, s.end).trimEnd().endsWith('?')) continue;
      // Net of negation and criticism ("not great", "fun, with an eye-roll"): praise is what is left.
      if (tokens.slice(s.first, s.last).some((t) => t.kind === 'emoji' && SARCASM.has(t.text))) continue;
      const e = evaluate(tokens, s.first, s.last);
      const skip = (k: number) => ignored.has(k) || ctx.isReported(tokens[k]!.start, tokens[k]!.end);
      // The sentence's net valence, less the politeness and reported words it contains.
      const sum = e.score - [...e.positive, ...e.negative].filter(skip).reduce((n, k) => n + wordValence(tokens[k]!), 0);
      const best = e.positive.filter((k) => !skip(k)).reduce((b, k) => (b < 0 || wordValence(tokens[k]!) > wordValence(tokens[b]!) ? k : b), -1);
      if (sum >= PRAISE && best >= 0) return { start: tokens[best]!.start, end: tokens[best]!.end };
    }
    return null;
  });
}
