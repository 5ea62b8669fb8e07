// Threats, intimidation and wishes of harm ("you'll regret", "watch your back", "we know where you live").

import { defineRule } from '../../rule.ts';
import { findThreats } from '../../text/abuse.ts';

export default defineRule({
  id: 'threat',
  category: 'tone',
  severity: 'error',
  guidance: ['G2', 'G26', 'G8'],
  description: 'Threats and intimidation (“you’ll regret this”, “watch your back”, “we know where you live”).',
  check(ctx) {
    return findThreats(ctx.text).map((m) => ({
      start: m.start,
      end: m.end,
      message: `“${m.text}” reads as a threat or intimidation, which no civil servant may post on any account.`,
      suggestion: 'Remove it. If someone has broken the rules, say what happens next in neutral terms (“We will investigate”).',
    }));
  },
});
