// First-person opinion on an official account, which speaks for the department, not for the person typing.

import { defineRule } from '../../rule.ts';
import { findAll, phraseRegExp } from '../../text/terms.ts';
import markers from '../../data/opinion-markers.json' with { type: 'json' };

const OPINION = phraseRegExp(markers.terms);

export default defineRule({
  id: 'official-personal-opinion',
  category: 'identity',
  severity: 'warning',
  guidance: ['G9', 'G21'],
  description: 'Personal opinion (“I think”, “personally”, “IMO”) on an official account.',
  check(ctx) {
    if (ctx.account !== 'official') return [];
    // Same length, so ranges still fit the original: lets "I’m" match the list's "i'm".
    const text = ctx.plain;
    return findAll(OPINION, text).map((m) => ({
      start: m.start,
      end: m.end,
      message: `“${ctx.text.slice(m.start, m.end)}” gives a personal opinion, but an official account speaks for the department.`,
      suggestion: 'Say what the department does or has published (“We have…”, “The guidance says…”).',
    }));
  },
});
