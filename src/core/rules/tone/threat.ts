// Threats and intimidation, open ("watch your back") or veiled ("we know who you are", "we keep records, including yours", "we'd think carefully if we were you").

import { defineRule, type Hit } from '../../rule.ts';
import { veiledThreats, watching } from '../../signals/tone-acts.ts';
import { findThreats } from '../../text/abuse.ts';

export default defineRule({
  id: 'threat',
  category: 'tone',
  severity: { official: 'error', personal: 'error' },
  guidance: ['G2', 'G26', 'G8'],
  description: 'Threats and intimidation, open or veiled (“watch your back”, “we know who you are”, “we’ve made a note of your account”).',
  messages: {
    open: '“{words}” reads as a threat or intimidation, which no civil servant may post on any account.',
    veiled: '“{words}” reads as a veiled threat: saying you know who someone is, hold records on them or will find out is intimidation from anyone speaking for the state.',
  },
  check(ctx) {
    const hits: Hit[] = [];
    const data = (start: number, end: number) => ({ words: ctx.text.slice(start, end) });
    for (const m of findThreats(ctx.text)) hits.push({ start: m.start, end: m.end, messageId: 'open', data: data(m.start, m.end), suggestion: 'Remove it. If someone has broken the rules, say what happens next in neutral terms (“We will investigate”).' });
    for (const s of [...veiledThreats(ctx), ...watching(ctx)]) {
      hits.push({ start: s.start, end: s.end, messageId: 'veiled', data: data(s.start, s.end), suggestion: 'Remove it. Never hint at what you know about someone; if action is due, take it through the proper process.' });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
