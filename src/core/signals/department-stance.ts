// Whether a post vouches for the department's work: stock praise of it or defence of it against critics, in a post about that work.

import type { Context } from '../context.ts';
import { evaluate } from '../text/valence.ts';
import { departmentWork } from './department-work.ts';

export interface Stance {
  start: number;
  end: number;
}


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
    return null;
  });
}

const SARCASM = new Set(['🙄', '🙃']);

/**
 * Whether the post as a whole speaks warmly (net valence of 3 or more, with no eye-roll): evidence that a lay
 * identity ("as a mum", "just a commuter here") is vouching for something. On its own, a happy customer is just that.
 */
export function speaksWarmly(ctx: Context): boolean {
  return ctx.memo('signals.speaksWarmly', () => {
    const { tokens } = ctx.words;
    if (tokens.some((t) => t.kind === 'emoji' && SARCASM.has(t.text))) return false;
    return evaluate(tokens, 0, tokens.length).score >= 3;
  });
}
