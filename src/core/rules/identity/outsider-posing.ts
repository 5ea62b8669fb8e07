// A civil servant presenting as an outsider ("as an ordinary taxpayer") or hinting at inside knowledge while hiding where it comes from.

import outsider from '../../data/outsider-phrases.json' with { type: 'json' };
import insider from '../../data/insider-hints.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { departmentTerms, findTerms } from '../../text/department.ts';
import { disclosesEmployer } from '../../text/disclosure.ts';
import { GOVERNMENT_WORDS } from '../../text/government-words.ts';
import { findAll, phraseRegExp } from '../../text/terms.ts';

const OUTSIDER = phraseRegExp(outsider.terms);
const INSIDER = phraseRegExp(insider.terms);

export default defineRule({
  id: 'outsider-posing',
  category: 'identity',
  severity: 'warning',
  guidance: ['G19', 'G5'],
  description: 'A personal account posing as an outsider, or hinting at inside knowledge, when writing about government work.',
  check(ctx) {
    if (ctx.account !== 'personal') return [];
    const text = ctx.plain;
    // Only government matters: "as a member of the public" about a football match is simply true.
    const terms = departmentTerms(ctx.settings);
    const aboutGovernment =
      GOVERNMENT_WORDS.test(text) || findTerms(terms.names, text).length > 0 || findTerms(terms.topics, text).length > 0;
    if (!aboutGovernment) return [];
    const hits: Hit[] = findAll(OUTSIDER, text).map((m) => ({
      start: m.start,
      end: m.end,
      message: `“${ctx.text.slice(m.start, m.end)}” presents you as an outsider, but as a civil servant you should not hide your connection when discussing government work.`,
      suggestion: 'Say that you work in government (for example “I work at the department, views my own”), or leave the topic to the official account.',
    }));
    if (!disclosesEmployer(text)) {
      for (const m of findAll(INSIDER, text)) {
        hits.push({
          start: m.start,
          end: m.end,
          message: `“${ctx.text.slice(m.start, m.end)}” trades on inside knowledge without saying you work in government.`,
          suggestion: 'Say where you work and point to the published guidance instead of insider tips.',
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
