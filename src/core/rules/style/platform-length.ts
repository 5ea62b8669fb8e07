// Posts over the platform's length limit (X 280 weighted, LinkedIn 3,000, Facebook 63,206), which the site would refuse.

import { defineRule } from '../../rule.ts';
import { xWeightedLength } from '../../text/x-weighted-length.ts';
import type { Platform } from '../../types.ts';

const LIMITS: Record<Platform, number> = { x: 280, linkedin: 3000, facebook: 63206 };
const NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };

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
      // X's published counting rules (x-weighted-length.ts); linear on any text, so all the checked text is weighed.
      const weighed = xWeightedLength(text);
      if (fullLength <= text.length && weighed.weightedLength <= limit) return [];
      // Beyond the checked text (capped for very long posts) every character is taken to weigh 1.
      length = weighed.weightedLength + (fullLength - text.length);
      overflowAt = weighed.overflowAt;
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
