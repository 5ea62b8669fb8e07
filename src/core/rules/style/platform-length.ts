// Posts over the platform's length limit (X 280 weighted, LinkedIn 3,000, Facebook 63,206), which the site would refuse.

// twitter-text is X's own implementation of its weighting (config v3: code-point ranges, URLs as 23,
// emoji as one unit, NFC, and a TLD list to tell links); only parseTweet is bundled, without core-js.
import parseTweet from 'twitter-text/dist/parseTweet.js';
import { defineRule } from '../../rule.ts';
import type { Platform } from '../../types.ts';

const LIMITS: Record<Platform, number> = { x: 280, linkedin: 3000, facebook: 63206 };
const NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };
// Longer than this can never fit in an X post, however many links it has, so parsing the rest is wasted work.
const X_PARSE_CAP = 4_000;
// twitter-text's link finder is quadratic on long dotted runs ("a.a.a.…"), so it first sees a short prefix: past
// about 1,200 characters a post is over 280 unless most of it is links, and only then is the longer prefix parsed.
const X_FIRST_PARSE = 1_200;

export default defineRule({
  id: 'platform-length',
  category: 'style',
  severity: 'error',
  guidance: ['G7', 'G18'],
  description: 'Posts longer than the platform allows: X 280 (weighted, links count 23), LinkedIn 3,000, Facebook 63,206 characters.',
  checksQuotes: true,
  check(ctx) {
    const { platform, text, fullLength } = ctx;
    if (!platform) return [];
    const limit = LIMITS[platform];
    let length: number;
    let overflowAt: number;
    if (platform === 'x') {
      let cap = Math.min(X_FIRST_PARSE, fullLength);
      let parsed = parseTweet(text.slice(0, cap));
      if (parsed.weightedLength <= limit && fullLength > cap) {
        cap = Math.min(X_PARSE_CAP, fullLength);
        parsed = parseTweet(text.slice(0, cap));
      }
      if (fullLength <= cap && parsed.weightedLength <= limit) return [];
      // Beyond the parsed prefix every character weighs at least 1.
      length = parsed.weightedLength + Math.max(0, fullLength - cap);
      overflowAt = Math.min(parsed.validRangeEnd + 1, fullLength);
    } else {
      if (fullLength <= limit) return [];
      length = fullLength;
      overflowAt = limit;
    }
    // Never split a surrogate pair (an emoji) in two.
    const code = text.charCodeAt(overflowAt);
    if (code >= 0xdc00 && code <= 0xdfff) overflowAt--;
    if (overflowAt >= fullLength) return [];
    const over = length - limit;
    return [
      {
        start: overflowAt,
        end: fullLength,
        message: `This post is ${length.toLocaleString('en-GB')} characters${platform === 'x' ? ' (as X counts them)' : ''}, ${over.toLocaleString('en-GB')} over ${NAMES[platform]}’s ${limit.toLocaleString('en-GB')} limit; the marked text will not fit.`,
        suggestion: platform === 'x' ? 'Cut it down, or split it into a short thread.' : 'Cut it down, or link to the full text on GOV.UK.',
      },
    ];
  },
});
