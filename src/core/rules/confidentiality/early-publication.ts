// Putting out the content of an announcement before the minister makes it: forecasts or measures "now available,
// ahead of the Chancellor's statement", as when a Budget forecast went online before the speech.

import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

// "ahead of the Chancellor's statement", "before the Home Secretary stands up", "ahead of today's Budget speech".
// At most four words between, so the pattern stays linear and the minister is close to the event.
const AHEAD = /(?<![\p{L}])(?:ahead\s+of|before)\s+(?:(?:the|today['’]s|tomorrow['’]s|this\s+afternoon['’]s)\s+)?(?:[\p{L}'’]+\s+){0,4}?(?:statement|speech|announcement|standing\s+up|stands\s+up|gets\s+up|sits\s+down)(?![\p{L}])/giu;
// Who makes the announcement: a minister, or the Budget itself.
const MINISTER = /(?<![\p{L}])(?:chancellor|minister|secretary|pm|premier|budget|treasury)(?![\p{L}])/iu;
// The post itself puts something out now.
const OUT_NOW = /(?<![\p{L}])(?:now\s+(?:available|online|live|out|published|up)|out\s+now|is\s+out|available\s+(?:now|in\s+full|here|to\s+download)|right\s+now|download|headlines?\s*:|full\s+(?:forecasts?|details|costings|report|figures))(?![\p{L}])|👇/iu;
// What it puts out: the substance of the announcement, not a guide to watching it.
const SUBSTANCE = /(?<![\p{L}])(?:forecasts?|outlook|costings?|figures|measures|borrowing|growth|deficit|plans?|polic(?:y|ies)|details|report|numbers|rates?|allocations?|settlement)(?![\p{L}])/iu;
// "once the Chancellor has sat down", "after the statement": the order is right.
const AFTER = /(?<![\p{L}])(?:after|once|when)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,3}?(?:statement|speech|sat\s+down|sits\s+down|has\s+spoken|finished)(?![\p{L}])/iu;

export default defineRule({
  id: 'early-publication',
  category: 'confidentiality',
  severity: 'warning',
  messages: {
    early: '“{words}”: putting this out before the announcement is made discloses it early; ministers announce policy to Parliament first.',
  },
  guidance: ['G24'],
  description: 'Forecasts, measures or plans put out before the minister’s statement that announces them (“now available, ahead of the Chancellor’s statement at 12.30”).',
  check(ctx) {
    const { text } = ctx;
    if (!OUT_NOW.test(text) || !SUBSTANCE.test(text) || AFTER.test(text)) return [];
    const hits: Hit[] = [];
    for (const m of allMatches(AHEAD, text)) {
      if (!MINISTER.test(m[0])) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        messageId: 'early',
        data: { words: m[0] },
        suggestion: 'Publish once the statement has been made, and link to it then.',
      });
    }
    return hits;
  },
});
