// A bet, or a tip to bet, on what government will announce: staking on an election date or a figure one may know
// from work is the insider-knowledge pattern of the documented election-date betting cases.

import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

// The writer stakes money or invites others to ("stuck £50 on", "if I was a betting person", "hedge that bet").
const STAKE = /(?<![\p{L}])(?:(?:stuck|placed|lumped)\s+(?:£\s?\d[\d,]*|\d+\s?quid|a\s+(?:tenner|fiver))\s+on|(?:i['’]ve|i\s+have|i|i['’]d|just|we['’]ve|someone['’]s)\s+(?:stuck|put|placed|got|lumped|stick|put\s+down)\s+(?:£\s?\d[\d,]*|\d+\s?quid|a\s+(?:tenner|fiver|score|pony|monkey)|money|cash|a\s+bet|a\s+cheeky\s+(?:tenner|fiver|bet))\s+on|if\s+i\s+(?:was|were)\s+a\s+betting\s+(?:man|woman|person|type)|(?:place|fancy|want\s+to\s+place|want)\s+a\s+(?:bet|flutter|wager)|hedge\s+(?:that|your|the)\s+bet|before\s+the\s+odds\s+(?:move|shorten|change|drop)|(?:get|put)\s+(?:your\s+)?money\s+on)(?![\p{L}])/giu;
// What is bet on: something government decides or publishes.
const EVENT = /(?<![\p{L}])(?:elections?|reshuffle|budget|announcement|rates?|inflation|figures?|number|release|statement|decision|referendum|vote|leadership|date)(?![\p{L}])/iu;

export default defineRule({
  id: 'insider-bet',
  category: 'confidentiality',
  severity: 'warning',
  messages: {
    bet: '“{words}”: a bet on what government will announce reads as using inside knowledge, and may disclose it.',
  },
  guidance: ['G24'],
  description: 'Bets, or tips to bet, on an election date, a reshuffle or a figure not yet announced (“stuck £50 on a July election”).',
  check(ctx) {
    if (!EVENT.test(ctx.text)) return [];
    const hits: Hit[] = [];
    for (const m of allMatches(STAKE, ctx.text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'bet', data: { words: m[0] }, suggestion: 'Leave bets on government business out of your posts.' });
    }
    return hits;
  },
});
