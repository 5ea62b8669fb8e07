// Spin, hype and marketing superlatives ("world-leading", "game-changing", "delighted to announce"): G17 "don't PR too much".

import hype from '../../data/hype-phrases.json' with { type: 'json' };
import soft from '../../data/hype-soft-words.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { phraseRegExp } from '../../text/terms.ts';

const HYPE = phraseRegExp(hype.terms);
const SOFT = phraseRegExp(soft.terms);
// Where the word is a plain description, not a boast: "unprecedented rainfall", "seismic survey".
const PLAIN_USE = /^(?:unprecedented\s+(?:demand|rain|rainfall|levels?|weather|flooding|floods?|pressures?|numbers|volumes?|times|heat|temperatures|challenges|disruption|circumstances|storms?|drought|calls)|seismic\s+(?:surveys?|activity|data|monitoring|events?|hazards?|risk))\b/iu;

export default defineRule({
  id: 'hype',
  category: 'tone',
  severity: 'warning',
  guidance: ['G17', 'G1', 'G30'],
  description: 'Spin and marketing superlatives (“world-leading”, “game-changing”, “unprecedented”, “delighted to announce”).',
  check(ctx) {
    const { text } = ctx;
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    for (const m of text.matchAll(HYPE)) {
      if (PLAIN_USE.test(text.slice(m.index, m.index + 40))) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        // Hype is a real breach for the department's voice; on a personal account it is only advice.
        severity: official ? 'warning' : 'info',
        message: `“${m[0]}” is spin; government communication should be factual, not marketing (“don’t PR too much”).`,
        suggestion: 'State the fact plainly: what it is, who it helps, and what they can do.',
      });
    }
    if (official) {
      for (const m of text.matchAll(SOFT)) {
        const start = m.index;
        const end = start + m[0].length;
        hits.push({
          start,
          end,
          severity: 'info',
          message: `“${m[0]}” is a subjective adjective; on an official account adjectives can sound like spin.`,
          suggestion: 'Let the facts speak: say what happened or what people can do.',
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
