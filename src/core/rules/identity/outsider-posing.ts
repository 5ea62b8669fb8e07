// A civil servant presenting as an outsider ("as a mum", "nothing to do with the government") to praise or defend government work, or trading on undisclosed inside knowledge.

import { defineRule, type Hit } from '../../rule.ts';
import { departmentWork } from '../../signals/department-work.ts';
import { outsiderFrames } from '../../signals/outsider.ts';
import { praiseOrDefence, speaksWarmly } from '../../signals/department-stance.ts';
import { disclosesEmployer } from '../../text/disclosure.ts';

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
    if (!work.own && !work.service) return [];
    const hits: Hit[] = [];
    const stance = praiseOrDefence(ctx) !== null || speaksWarmly(ctx);
    for (const f of outsiderFrames(ctx)) {
      // A denial is posing whenever government work is the subject; a lay identity only when it vouches for the department.
      if (!f.explicit && !(stance && work.own)) continue;
      hits.push({ start: f.start, end: f.end, messageId: f.explicit ? 'denial' : 'lay', data: { words: ctx.text.slice(f.start, f.end) }, suggestion: 'Say that you work in government (for example “I work at the department, views my own”), or leave the topic to the official account.' });
    }
    for (const m of ctx.cues('identity.insider')) {
      hits.push({ start: m.start, end: m.end, messageId: 'insider', data: { words: ctx.text.slice(m.start, m.end) }, suggestion: 'Say where you work and point to the published guidance instead of insider tips.' });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
