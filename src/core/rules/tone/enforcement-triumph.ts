// Gloating over arrests, raids and removals ("Another 12 rounded up 👊 Nowhere to hide"): enforcement reported as a
// trophy or a menace, as in documented posts about immigration arrests, instead of plainly.

import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

// Enforcement against people: an arrest, a raid, a removal, or people labelled as offenders in a hashtag.
const ENFORCEMENT = /(?<![\p{L}])(?:arrest(?:ed|s)?|detained|raids?|raided|swooped|deported|removal\s+flights?|locked\s+up|nicked|(?:offenders|migrants|immigrants|illegals|people|workers)\s+rounded\s+up|rounded\s+up\s+\d+)(?![\p{L}])|#\w{0,30}(?:Offenders|Immigrants|Illegals)(?![\p{L}])/giu;
// Markers that turn the report into a boast or a warning aimed at a group.
const STRONG = /(?<![\p{L}])(?:nowhere\s+to\s+hide|no\s+hiding\s+place|you\s+have\s+been\s+warned|you['’]ve\s+been\s+warned|you['’]re\s+next|(?:go\s+home|leave\s+now|leave\s+the\s+uk)\s+or\s+(?:face|be)|not\s+today|more\s+(?:raids|arrests|visits|to\s+come)(?:\s+(?:coming|to\s+come|soon))?|rounded\s+up|caught\s*!|#caught|bye\s+bye)(?![\p{L}])|[👊💪😂🤣😎]/giu;
const WEAK = /(?<![\p{L}])(?:another\s+(?:one|\d+|[a-z]+)|success(?:ful)?|(?:pics|photos|pictures|video|footage|clip)\s+(?:below|of\s+(?:those|the\s+offenders|them)))(?![\p{L}])|[👮🚔👋]/giu;

export default defineRule({
  id: 'enforcement-triumph',
  category: 'tone',
  severity: 'warning',
  messages: {
    triumph: '“{words}” turns arrests or removals into a boast; report enforcement plainly and fairly, without gloating over the people involved.',
  },
  guidance: ['G1', 'G25', 'G26'],
  description: 'Arrests, raids and removals reported with gloating or menace (“Nowhere to hide 👊”, “Go home or face arrest”, “Another one caught”).',
  check(ctx) {
    // A department's own enforcement is what this is about; on a personal account "nearly got nicked 😂" is a joke.
    if (ctx.account !== 'official') return [];
    const { text } = ctx;
    const enforcement = allMatches(ENFORCEMENT, text);
    if (!enforcement.length) return [];
    const strong = allMatches(STRONG, text);
    const weak = allMatches(WEAK, text);
    if (!strong.length && weak.length < 2) return [];
    const hits: Hit[] = [];
    for (const m of [...strong, ...weak].sort((a, b) => a.index - b.index)) {
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        messageId: 'triumph',
        data: { words: m[0] },
        suggestion: 'Say what happened and why, without celebrating or warning people off.',
      });
    }
    return hits;
  },
});
