// Insults and put-downs aimed at people ("idiots", "clueless", "get a grip"): G2 asks for cordial, professional replies.

import { defineRule, type Hit } from '../../rule.ts';
import { findInsults, findPutDowns } from '../../text/abuse.ts';

export default defineRule({
  id: 'insult',
  category: 'tone',
  severity: 'warning',
  guidance: ['G2', 'G26'],
  description: 'Insults, name-calling and put-downs (“idiots”, “pathetic”, “get a grip”, “if you’d bothered to read”).',
  check(ctx) {
    const official = ctx.account === 'official';
    const severity = official ? ('error' as const) : ('warning' as const);
    const hits: Hit[] = [];
    for (const m of findInsults(ctx.text)) {
      hits.push({
        start: m.start,
        end: m.end,
        severity,
        message: official
          ? `“${m.text}” is an insult; abuse from an official account reflects on the whole department.`
          : `“${m.text}” is an insult; the Civil Service Code asks for moderation and no personal attacks, on personal accounts too.`,
        suggestion: 'Criticise the point, not the person, or leave it unsaid.',
      });
    }
    for (const m of findPutDowns(ctx.text)) {
      hits.push({
        start: m.start,
        end: m.end,
        severity,
        message: `“${m.text}” is a put-down; it talks down to the reader instead of staying cordial and professional.`,
        suggestion: 'Make the point plainly and politely, or don’t reply.',
      });
    }
    return hits;
  },
});
