// Spin, hype and marketing superlatives ("world-leading", "fastest on the planet", an outage called "a great opportunity"): G17 "don't PR too much".

import hype from '../../data/hype-phrases.json' with { type: 'json' };
import soft from '../../data/hype-soft-words.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { hypeClaims } from '../../signals/tone-acts.ts';
import { boasts } from '../../signals/tone-targets.ts';
import { phraseRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

const HYPE = phraseRegExp(hype.terms);
const SOFT = phraseRegExp(soft.terms);
// Where the word is a plain description, not a boast: "unprecedented rainfall", "seismic survey".
const PLAIN_USE = /^(?:unprecedented\s+(?:demand|rain|rainfall|levels?|weather|flooding|floods?|pressures?|numbers|volumes?|times|heat|temperatures|challenges|disruption|circumstances|storms?|drought|calls)|seismic\s+(?:surveys?|activity|data|monitoring|events?|hazards?|risk))\b/iu;
// Warm words of a launch ("delighted to announce", "smashing it") are advice; claims of being the best, or spin on a failure, are not.
const MILD = /^(?:delighted|excited|thrilled|proud)\s+to\s+(?:announce|share)$|^smash(?:ing|ed)\s+it$|^over\s+the\s+moon$/i;

export default defineRule({
  id: 'hype',
  category: 'tone',
  severity: { official: 'warning', personal: 'info' },
  guidance: ['G17', 'G1', 'G30'],
  description: 'Spin and marketing superlatives (“world-leading”, “fastest on the planet”, a failure spun as a success).',
  messages: {
    hype: '“{words}” is spin; government communication should be factual, not marketing (“don’t PR too much”).',
    mild: '“{words}” is a marketing phrase; plain facts read better from a department.',
    soft: '“{words}” is a subjective adjective; on an official account adjectives can sound like spin.',
  },
  check(ctx) {
    const { text } = ctx;
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const add = (start: number, end: number, messageId: string, severity?: 'info') =>
      hits.push({ start, end, messageId, data: { words: text.slice(start, end) }, severity, suggestion: 'State the fact plainly: what it is, who it helps, and what they can do.' });
    for (const m of allMatches(HYPE, text)) {
      if (PLAIN_USE.test(text.slice(m.index, m.index + 40))) continue;
      add(m.index, m.index + m[0].length, MILD.test(m[0]) ? 'mild' : 'hype', MILD.test(m[0]) ? 'info' : undefined);
    }
    for (const s of hypeClaims(ctx)) add(s.start, s.end, 'hype');
    for (const s of boasts(ctx)) add(s.start, s.end, 'hype');
    if (official) for (const m of allMatches(SOFT, text)) add(m.index, m.index + m[0].length, 'soft', 'info');
    return hits.sort((a, b) => a.start - b.start);
  },
});
