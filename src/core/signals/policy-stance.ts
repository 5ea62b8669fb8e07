// Where a post campaigns against or condemns a government policy ("the benefit cap is cruel", "sign the petition to scrap …"): comment on matters of political controversy.

import type { Context } from '../context.ts';
import { wordValence } from '../text/valence.ts';

export interface PolicyStance {
  /** The policy named ("the two-child limit") and the words that condemn or campaign against it. */
  policy: { start: number; end: number };
  cue: { start: number; end: number };
  kind: 'campaign' | 'condemn';
}

/** The first policy the post condemns or campaigns against, or null. Memoised per check. */
export function policyStance(ctx: Context): PolicyStance | null {
  return ctx.memo('signals.policyStance', () => {
    const { tokens } = ctx.words;
    const policies = ctx.cues('politics.policy').filter((m) => !ctx.isReported(m.start, m.end));
    if (!policies.length) return null;
    const sentenceOf = (k: number) => tokens[k]!.sentence;
    const near = (a: { first: number }, b: { first: number }) => Math.abs(sentenceOf(a.first) - sentenceOf(b.first)) <= 1;
    // Petitions, marches and calls to scrap it, in the policy's sentence or the next.
    for (const c of ctx.cues('impartiality.against-policy')) {
      const p = policies.find((m) => near(m, c) && sentenceOf(m.first) <= sentenceOf(c.first) + 1);
      if (p) return { policy: p, cue: c, kind: 'campaign' };
    }
    // Condemnation in the policy's own sentence: a cue word, or strong negative valence.
    for (const p of policies) {
      const s = sentenceOf(p.first);
      const c = ctx.cues('impartiality.policy-criticism').find((m) => sentenceOf(m.first) === s);
      if (c) return { policy: p, cue: c, kind: 'condemn' };
      for (let k = p.last; k < tokens.length && sentenceOf(k) === s; k++) {
        if (wordValence(tokens[k]!) <= -3) return { policy: p, cue: tokens[k]!, kind: 'condemn' };
      }
    }
    return null;
  });
}
