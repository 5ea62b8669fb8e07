// What one person's records say, told in public: a look at the file ("we can see", "our records show") followed by its facts.

import { defineRule, type Hit } from '../../rule.ts';
import { caseTalk } from '../../signals/case-talk.ts';
import { cuesIn } from '../../signals/sentence-cues.ts';

// "We've passed it to the team", "we've written to all MPs", "I've made a note": actions taken, not a file read out.
const ACTION_ONLY = /^(?:we['’]ve|we|i['’]ve|i)\s+(?:(?:have|had)\s+)?(?:passed|written|made|tried|backdated|chased)/iu;

export default defineRule({
  id: 'case-record',
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G29', 'G14'],
  messages: {
    record: '“{words}” reads out what one person’s records show in public; the facts of someone’s case are personal data, even when they raised it.',
  },
  description: 'The facts of one person’s case read out from the records in a public post (“our records show your return arrived on 3 February”, “looking at your account, your payment was held because…”).',
  checksQuotes: true,
  check(ctx) {
    const { tokens, sentences } = ctx.words;
    const hits: Hit[] = [];
    for (const c of caseTalk(ctx)) {
      if (c.kind !== 'lookup' || ACTION_ONLY.test(ctx.text.slice(c.start, c.end))) continue;
      // The look must yield something only the file would say, in its sentence or the next: a date, a sum, a reason, a status.
      const s = c.first;
      const sentence = tokens[s]!.sentence;
      let fact = false;
      for (const i of [sentence, sentence + 1]) {
        const span = sentences[i];
        if (!span) continue;
        for (let k = span.first; k < span.last && !fact; k++) {
          const t = tokens[k]!;
          fact = k >= s && (t.kind === 'number' || t.text === '£' || t.norm === 'because' || t.norm === 'why');
        }
        fact ||= cuesIn(ctx, 'engagement.case-status', i).length > 0;
      }
      if (!fact) continue;
      hits.push({ start: c.start, end: c.end, messageId: 'record', data: { words: ctx.text.slice(c.start, c.end) }, suggestion: 'Say only that you will look into it, and give the facts of the case by private message or letter.' });
    }
    return hits;
  },
});
