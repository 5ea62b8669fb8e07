// A personal account praising or defending its own department's work without saying the writer works there.

import { defineRule } from '../../rule.ts';
import { praiseOrDefence } from '../../signals/department-stance.ts';
import { departmentWork } from '../../signals/department-work.ts';
import { outsiderFrames } from '../../signals/outsider.ts';
import { disclosesEmployer } from '../../text/disclosure.ts';

export default defineRule({
  id: 'undisclosed-department-interest',
  category: 'identity',
  severity: 'warning',
  guidance: ['G19', 'G5', 'G21'],
  description: 'Praising or defending your own department’s work from a personal account without saying you work there.',
  messages: {
    praise: '“{words}” vouches for your own department’s work (“{topic}”) without saying you work there.',
  },
  check(ctx) {
    if (ctx.account !== 'personal') return [];
    const work = departmentWork(ctx);
    const mention = work.names[0] ?? work.topics[0];
    if (!mention || disclosesEmployer(ctx.plain)) return [];
    // Posing as an outsider is the stronger reading, reported by outsider-posing.
    if (outsiderFrames(ctx).length > 0) return [];
    const stance = praiseOrDefence(ctx);
    if (!stance) return [];
    return [
      {
        start: stance.start,
        end: stance.end,
        messageId: 'praise',
        data: { words: ctx.text.slice(stance.start, stance.end), topic: ctx.text.slice(mention.start, mention.end) },
        suggestion: 'Say who you work for and that the views are your own (for example “I work at the department, views my own”).',
      },
    ];
  },
});
