// A personal account praising, defending or explaining its own department's work without saying the writer works there.

import advocacy from '../../data/advocacy-phrases.json' with { type: 'json' };
import { defineRule } from '../../rule.ts';
import { departmentTerms, findTerms } from '../../text/department.ts';
import { disclosesEmployer } from '../../text/disclosure.ts';
import { findAll, phraseRegExp } from '../../text/terms.ts';

const ADVOCACY = phraseRegExp(advocacy.terms);
// Praise alone is about the department's work only when a policy or programme is in view ("Thank you NHS nurses" is not).
const PRAISE = new Set(['a triumph', 'amazing', 'amazing job', 'brilliant job', 'cracking job', 'fantastic job', 'great job', 'best ever', 'big improvement', 'brilliant', 'delivering', 'excellent', 'fantastic', 'game changer', 'great news', 'hats off', 'huge success', 'long overdue', 'proud of', 'smashing it', 'so proud', 'superb', 'well done', 'working well', 'world class']);
const POLICY = /\b(?:polic(?:y|ies)|scheme|schemes|the\s+new|reforms?|plans?|charter|rules|funding|budget|programme|strategy|service|bill|law|consultation|guidance|rollout|roll-out)\b/i;

export default defineRule({
  id: 'undisclosed-department-interest',
  category: 'identity',
  severity: 'warning',
  guidance: ['G19', 'G5', 'G21'],
  description: 'Praising, defending or explaining your own department’s work from a personal account without saying you work there.',
  check(ctx) {
    if (ctx.account !== 'personal') return [];
    const terms = departmentTerms(ctx.settings);
    if (!terms.names && !terms.topics) return [];
    const text = ctx.plain;
    const stance = findAll(ADVOCACY, text).filter((m) => !ctx.isQuoted(m.start, m.end));
    if (stance.length === 0) return [];
    const named = findTerms(terms.names, text)[0];
    const mention = named ?? findTerms(terms.topics, text)[0];
    if (!mention || disclosesEmployer(text)) return [];
    const strong = named || POLICY.test(text) ? stance : stance.filter((m) => !PRAISE.has(m.text.toLowerCase().replace(/[\s-]+/g, ' ')));
    const first = strong[0];
    if (!first) return [];
    const topic = ctx.text.slice(mention.start, mention.end);
    return [
      {
        start: first.start,
        end: first.end,
        message: `“${ctx.text.slice(first.start, first.end)}” argues for your own department’s work (“${topic}”) without saying you work there.`,
        suggestion: 'Say who you work for and that the views are your own (for example “I work at the department, views my own”).',
      },
    ];
  },
});
