// Campaigning against or condemning a government policy in public, which is comment on a matter of political controversy.

import { defineRule } from '../../rule.ts';
import { policyStance } from '../../signals/policy-stance.ts';

export default defineRule({
  id: 'contested-policy',
  category: 'impartiality',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G25', 'G8'],
  description: 'Campaigning against or condemning a government policy: petitions, marches, “scrap the …”, “the cap is cruel”.',
  messages: {
    campaign: '“{cue}” campaigns against “{policy}”, a matter of political controversy civil servants stay out of in public.',
    condemn: '“{cue}” condemns “{policy}”; public comment on politically contested policy compromises impartiality.',
  },
  check(ctx) {
    const stance = policyStance(ctx);
    if (!stance) return [];
    return [
      {
        start: stance.cue.start,
        end: stance.cue.end,
        messageId: stance.kind,
        data: { cue: ctx.text.slice(stance.cue.start, stance.cue.end), policy: ctx.text.slice(stance.policy.start, stance.policy.end) },
        suggestion:
          ctx.account === 'official'
            ? 'Explain what the policy does and for whom; the department does not campaign on it or pass judgement.'
            : 'Keep views on contested policy out of public posts; raise concerns through your department’s internal channels.',
      },
    ];
  },
});
