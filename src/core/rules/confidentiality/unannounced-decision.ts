// Hints at decisions or announcements that are not public yet: a polite post can leak with no marking in sight.

import leakPhrases from '../../data/leak-phrases.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { findAll, phraseRegExp } from '../../text/terms.ts';

// phraseRegExp accepts ’ wherever the list is written with '.
const STRONG = phraseRegExp(leakPhrases.terms);
// "Between us," as an aside, not "the gap between us and them".
const BETWEEN_US = /(?<![\p{L}])between\s+us(?=\s*[,.!:;)…—–-]|\s*$)/giu;
// Predicting what a future announcement says.
const FUTURE_ANNOUNCEMENT =
  /(?<![\p{L}])(?:next\s+week['’]s|tomorrow['’]s|(?:mon|tues|wednes|thurs|fri)day['’]s|the\s+(?:upcoming|forthcoming|big)|this\s+week['’]s)\s+(?:announcement|statement|budget|reshuffle|launch)\s+(?:will|is\s+going\s+to|should|means)(?![\p{L}])/giu;
// Someone senior has decided something; on a personal account that is a leak of the decision.
const DECIDED =
  /(?<![\p{L}])(?:the\s+)?(?:minister|ministers|secretary\s+of\s+state|SoS|PM|prime\s+minister|chancellor|cabinet|No\.?\s?10|number\s+10|treasury|perm\s+sec|permanent\s+secretary)\s+(?:has|have|had)\s+(?:already\s+|now\s+|just\s+|quietly\s+)?(?:decided|agreed|signed\s+off|approved|chosen|rejected|ruled\s+out|binned|scrapped|green-?lit)(?![\p{L}])/giu;
const AHEAD = /(?<![\p{L}])(?:ahead\s+of|before)\s+(?:the|next\s+week['’]s|tomorrow['’]s|its|the\s+official)\s+(?:official\s+)?(?:announcement|statement)(?![\p{L}])/giu;
// Teasers are harmless alone ("watch this space" for a new webinar) but leak next to a decision.
const TEASER = /(?<![\p{L}])(?:watch\s+this\s+space|stay\s+tuned|big\s+news|huge\s+news|exciting\s+news|can['’]t\s+say\s+(?:much|more|too\s+much)|not\s+allowed\s+to\s+say|no\s+spoilers|spoiler(?:\s+alert)?|i['’]ve\s+seen\s+the\s+(?:draft|plans?|papers?|list)|i\s+(?:already\s+)?know\s+(?:who|what|which|where|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+already)|i\s+can\s+(?:exclusively\s+)?(?:tell|reveal)\s+(?:you|that))(?![\p{L}])|🤫|🤐/giu;
const DECISION_SIGNAL =
  /(?<![\p{L}])(?:minister|ministers|ministerial|secretary\s+of\s+state|SoS|No\.?\s?10|number\s+10|announc(?:e|ed|es|ing|ement|ements)|decid(?:ed|ing)|decision|signed\s+off|budget|spending\s+review|reshuffle|funding|closures?|cuts?|policy|next\s+week|tomorrow)(?![\p{L}])/iu;

export default defineRule({
  id: 'unannounced-decision',
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G24', 'G22'],
  description: 'Hints at decisions or announcements that are not public yet (“off the record”, “you didn’t hear it from me”, “next week’s announcement will…”).',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const add = (start: number, end: number, why: string, severity?: 'info') => {
      if (hits.some((h) => start < h.end && end > h.start)) return;
      const words = text.slice(start, end);
      hits.push({
        start,
        end,
        message: `“${words}” ${why}; official information must not be shared before it is announced.`,
        suggestion: 'Wait for the announcement and link to it, or leave this out.',
        ...(severity ? { severity } : {}),
      });
    };
    for (const m of [...findAll(STRONG, text), ...findAll(BETWEEN_US, text)]) add(m.start, m.end, 'signals information that is not for the public');
    for (const m of findAll(FUTURE_ANNOUNCEMENT, text)) add(m.start, m.end, 'says what an announcement that has not happened yet will contain');
    // An official account announcing a decision is how decisions are made public; only a personal one leaks it.
    for (const m of findAll(DECIDED, text)) add(m.start, m.end, 'reports a decision made inside government', official ? 'info' : undefined);
    if (!official) for (const m of findAll(AHEAD, text)) add(m.start, m.end, 'talks about an announcement before it is made');
    if (DECISION_SIGNAL.test(text)) {
      for (const m of findAll(TEASER, text)) add(m.start, m.end, 'teases news about a decision', official ? 'info' : undefined);
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
