// Dismissive or blaming lines ("not our problem", "you only have yourself to blame") that undermine a helpful official voice (G18 stay positive).

import negativity from '../../data/negativity-phrases.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { DisjointRanges } from '../../text/ranges.ts';
import { phraseRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

const NEGATIVE = phraseRegExp(negativity.terms);
const WE = new Set(['we', "we're", "we've", 'us', 'team']);
const OTHERS = /^(?:you|you're|you've|they|they're|people|everyone|he|she|he's|she's|i|i'm)$/;

export default defineRule({
  id: 'needless-negativity',
  category: 'tone',
  severity: { official: 'warning', personal: 'info' },
  guidance: ['G18', 'G2', 'G26'],
  description: 'Dismissive or blaming lines (“not our problem”, “how many times”, “you only have yourself to blame”), and an official account joining a grumble (“we’re as fed up as you are”).',
  messages: {
    official: '“{words}” sounds dismissive, blaming or defeatist; an official account should stay positive and helpful.',
    personal: '“{words}” sounds dismissive or defeatist; keep comments about the service moderate.',
    grumble: '“{words}” shares a grumble in the account’s own voice; an official account should acknowledge the problem and help, not join the complaint.',
  },
  check(ctx) {
    const hits: Hit[] = [];
    const found = allMatches(NEGATIVE, ctx.text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    // On a personal account one weary line is advice; a run of them about the service is immoderate.
    const severity = ctx.account === 'personal' && found.length >= 2 ? ('warning' as const) : undefined;
    for (const f of found) {
      hits.push({ ...f, messageId: ctx.account, data: { words: ctx.text.slice(f.start, f.end) }, severity, suggestion: 'Say what people can do next, and where to find help.' });
    }
    // "We're as fed up as you are", "honestly we're sick of it too": the account sharing a grumble instead of help.
    if (ctx.account === 'official') {
      const { tokens } = ctx.words;
      // Phrase hits are disjoint and in order; a binary search keeps a paste of grumbles linear.
      const taken = new DisjointRanges();
      for (const f of found) taken.add(f.start, f.end);
      for (const m of ctx.cues('tone.grumble')) {
        // The nearest pronoun before it is the one fed up: "we're fed up", not "we know you're fed up".
        const pronoun = [m.first - 1, m.first - 2, m.first - 3].find((k) => k >= 0 && tokens[k]!.sentence === tokens[m.first]!.sentence && (WE.has(tokens[k]!.norm) || OTHERS.test(tokens[k]!.norm)));
        // "our will to live": a grumble that names its owner.
        const subject = tokens[m.first]!.norm === 'our' || (pronoun !== undefined && WE.has(tokens[pronoun]!.norm));
        if (!subject || taken.overlaps(m.start, m.end)) continue;
        taken.add(m.start, m.end);
        hits.push({ start: m.start, end: m.end, messageId: 'grumble', data: { words: ctx.text.slice(m.start, m.end) }, suggestion: 'Acknowledge the problem, then say what is being done and what people can do now.' });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
