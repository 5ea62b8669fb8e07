// Embargo and not-for-publication handling phrases, which show the text was never cleared for the public.

import notForPublication from '../../data/not-for-publication-phrases.json' with { type: 'json' };
import { publicCues } from '../../signals/foreknowledge.ts';
import { defineRule, type Hit } from '../../rule.ts';
import { findAll, phraseRegExp } from '../../text/terms.ts';

const PHRASES = phraseRegExp(notForPublication.terms);
// "Embargoed until 00:01" is a press notice; "the arms embargo" is foreign policy, so the noun alone is not enough.
const EMBARGO = /(?<![\p{L}])(?:embargo(?:ed)?\s+(?:until|till|til|ahead\s+of|before)|under\s+(?:an?\s+|the\s+)?embargo|embargo\s*[:–-]\s*(?=\d)|embargoed(?!\s+(?:goods|items|countries|country|destinations?|materials?|weapons|arms|oil|state|regime)))(?![\p{L}])/giu;
// A capitalised EMBARGO heading is the press-notice form.
const EMBARGO_HEADING = /(?<![\p{L}])EMBARGO(?:ED)?(?![\p{L}])/gu;
// "In confidence" is a marking when it heads a text or says how something was passed on, not in
// "you can report it in confidence", which is how helplines describe themselves.
const IN_CONFIDENCE = /(?:^|\n)[ \t([]*in\s+confidence(?![\p{L}])|(?<![\p{L}])(?:shared|sent|told|given|passed|said|mentioned|showed|shown|circulated|received|provided|heard)(?:\s+(?:me|us|them|him|her|it|this|to\s+\w+)){0,2}\s+in\s+confidence(?![\p{L}])/giu;
const IN_CONFIDENCE_CAPS = /(?<![\p{L}])IN\s+CONFIDENCE(?![\p{L}])/gu;
// "Don't share this outside the team", never "don't share your password" (scam advice).
const DO_NOT_SHARE = /(?<![\p{L}])(?:do\s+not|don[’']t|please\s+don[’']t|pls\s+don[’']t|not\s+to)\s+(?:share|forward|circulate|distribute|repost|retweet|screenshot)(?:\s+(?:this|it|these|them))?(?:\s+(?:outside|externally|further|beyond|more\s+widely|widely|publicly|on|yet|until|before|with\s+anyone\s+(?:outside|else)))(?![\p{L}])/giu;

export default defineRule({
  id: 'embargo-phrase',
  definite: true,
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G22', 'G24'],
  messages: {
    embargo: '“{words}” marks text that is not cleared for publication; posting it would disclose official information without authority.',
  },
  description: 'Embargo and not-for-publication phrases (“embargoed until”, “not for circulation”, “internal only”) that show a text is not cleared for release; an embargo already lifted is fine.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    // "The embargo lifted at 00:01", "published today": the embargo is over, so naming it leaks nothing.
    if (publicCues(ctx).length) return [];
    const hits: Hit[] = [];
    const spans = [...findAll(PHRASES, text), ...findAll(EMBARGO, text), ...findAll(EMBARGO_HEADING, text), ...findAll(IN_CONFIDENCE, text), ...findAll(IN_CONFIDENCE_CAPS, text), ...findAll(DO_NOT_SHARE, text)];
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of spans) {
      // Trim the line break or bracket that anchors "in confidence" to the start of a line.
      const lead = /^[\s([]*/u.exec(m.text)?.[0].length ?? 0;
      const start = m.start + lead;
      const word = text.slice(start, m.end).replace(/(?<!\s)\s*[:–-]\s*$/u, '');
      if (!word || hits.some((h) => start < h.end && m.end > h.start)) continue;
      hits.push({
        start,
        end: start + word.length,
        messageId: 'embargo',
        data: { words: word },
        suggestion: 'Wait until the material is published, then share the published version or link to it.',
      });
    }
    return hits;
  },
});
