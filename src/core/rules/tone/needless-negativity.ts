// Dismissive or blaming lines ("not our problem", "you only have yourself to blame") that undermine a helpful official voice (G18 stay positive).

import negativity from '../../data/negativity-phrases.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { phraseRegExp } from '../../text/terms.ts';

const NEGATIVE = phraseRegExp(negativity.terms);

export default defineRule({
  id: 'needless-negativity',
  category: 'tone',
  severity: { official: 'warning', personal: 'info' },
  guidance: ['G18', 'G2', 'G26'],
  description: 'Dismissive or blaming lines (“not our problem”, “how many times”, “you only have yourself to blame”).',
  messages: {
    official: '“{words}” sounds dismissive, blaming or defeatist; an official account should stay positive and helpful.',
    personal: '“{words}” sounds dismissive or defeatist; keep comments about the service moderate.',
  },
  check(ctx) {
    const hits: Hit[] = [];
    const found = [...ctx.text.matchAll(NEGATIVE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    // On a personal account one weary line is advice; a run of them about the service is immoderate.
    const severity = ctx.account === 'personal' && found.length >= 2 ? ('warning' as const) : undefined;
    for (const f of found) {
      hits.push({ ...f, messageId: ctx.account, data: { words: ctx.text.slice(f.start, f.end) }, severity, suggestion: 'Say what people can do next, and where to find help.' });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
