// A civil servant presenting as an outsider ("as a mum", "nothing to do with the government") to praise or defend government work, or trading on undisclosed inside knowledge.

import type { Context } from '../../context.ts';
import { defineRule, type Hit } from '../../rule.ts';
import { departmentWork } from '../../signals/department-work.ts';
import { outsiderFrames } from '../../signals/outsider.ts';
import { praiseOrDefence, speaksWarmly } from '../../signals/department-stance.ts';
import { disclosesEmployer } from '../../text/disclosure.ts';
import { evaluate } from '../../text/valence.ts';

export default defineRule({
  id: 'outsider-posing',
  category: 'identity',
  severity: 'warning',
  guidance: ['G19', 'G5'],
  description: 'A personal account posing as an outsider to praise or defend government work, or hinting at inside knowledge without saying where it comes from.',
  messages: {
    denial: '“{words}” denies any connection to government while writing about its work; as a civil servant, say where you work instead.',
    lay: '“{words}” presents you as an ordinary member of the public while praising or defending your department’s work.',
    insider: '“{words}” trades on inside knowledge without saying you work in government.',
  },
  check(ctx) {
    if (ctx.account !== 'personal' || disclosesEmployer(ctx.plain)) return [];
    const work = departmentWork(ctx);
    const topical = work.own || work.service;
    const hits: Hit[] = [];
    const stance = praiseOrDefence(ctx) !== null || speaksWarmly(ctx);
    for (const f of outsiderFrames(ctx)) {
      // A denial is posing whenever government work is the subject; a lay identity only when it vouches for something.
      if (f.explicit ? !topical : !(stance && work.own) && !layVouches(ctx, topical)) continue;
      hits.push({ start: f.start, end: f.end, messageId: f.explicit ? 'denial' : 'lay', data: { words: ctx.text.slice(f.start, f.end) }, suggestion: 'Say that you work in government (for example “I work at the department, views my own”), or leave the topic to the official account.' });
    }
    if (!topical) return hits;
    for (const m of ctx.cues('identity.insider')) {
      hits.push({ start: m.start, end: m.end, messageId: 'insider', data: { words: ctx.text.slice(m.start, m.end) }, suggestion: 'Say where you work and point to the published guidance instead of insider tips.' });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

/**
 * A lay identity vouches when the post also praises a service ("whoever built it deserves a medal"), or defends or
 * plays down something ("stop scaremongering", "storm in a teacup") about public work or in answer to criticism: the pose is the point.
 */
function layVouches(ctx: Context, topical: boolean): boolean {
  const said = (tag: string) => ctx.cues(tag).some((m) => !ctx.isReported(m.start, m.end));
  if (said('identity.praise')) return true;
  // A reply counts when it criticises ("Border Force are a joke"): defending against it is the pose.
  const criticised = ctx.replyTo.trim().length > 0 && evaluate(ctx.replyWords.tokens, 0, ctx.replyWords.tokens.length).min <= -1;
  return (topical || criticised) && (said('identity.defence') || said('identity.reassure'));
}
