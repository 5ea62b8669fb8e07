// Where a post presents its writer as an outsider to government: an explicit denial ("nothing to do with the government") or a lay identity ("as a mum of two", "just an ordinary punter").

import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';

export interface OutsiderFrame {
  start: number;
  end: number;
  /** "nothing to do with the government", "a total outsider": denies a connection outright. */
  explicit: boolean;
}

const OPENERS = new Set(['as', 'just']);
// "As a mum …" opens a clause or follows "speaking"/"I'm"; "he's just started as a forklift driver" is a job, not a pose.
const BEFORE_OPENER = new Set(['speaking', 'writing', 'and', 'but', "i'm", 'im', 'only', 'simply', 'here']);
const ARTICLES = new Set(['a', 'an', 'someone', 'one']);

/** Outsider frames in the post, outside reported quotations. Memoised per check. */
export function outsiderFrames(ctx: Context): readonly OutsiderFrame[] {
  return ctx.memo('signals.outsiderFrames', () => {
    const { tokens } = ctx.words;
    const out: OutsiderFrame[] = [];
    for (const m of ctx.cues('identity.outsider-claim')) if (!ctx.isReported(m.start, m.end)) out.push({ start: m.start, end: m.end, explicit: true });
    // "As a mum of two", "As a small business owner", "just an ordinary punter": as/just, an article, up to three words, a lay role.
    for (const role of ctx.cues('identity.lay-role')) {
      for (let k = role.first - 1; k >= Math.max(0, role.first - 5); k--) {
        const t = tokens[k]!;
        if (t.kind !== 'word' || t.sentence !== tokens[role.first]!.sentence) break;
        if (ARTICLES.has(t.norm) && OPENERS.has(tokens[k - 1]?.norm ?? '') && opensClause(tokens, k - 1)) {
          const start = tokens[k - 1]!.start;
          // "As a local dog walker" replaces the "As a local" found first; a frame inside a longer one is dropped.
          const shorter = out.findIndex((o) => !o.explicit && o.start === start && o.end < role.end);
          if (shorter >= 0) out[shorter] = { start, end: role.end, explicit: false };
          else if (!out.some((o) => o.start <= start && o.end >= role.end)) out.push({ start, end: role.end, explicit: false });
          break;
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

function opensClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !before || before.sentence !== tokens[k]!.sentence || before.kind !== 'word' || BEFORE_OPENER.has(before.norm);
}
