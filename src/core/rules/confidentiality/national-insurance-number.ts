// National Insurance numbers in a post: personal data that must never be published.

import { defineRule, type Hit } from '../../rule.ts';
import { hasNearby } from '../../text/nearby.ts';
import { allMatches } from '../../text/matches.ts';

// HMRC NIM39110: D, F, I, Q, U, V never appear in the prefix, O never second; some pairs are never issued.
const NINO = /(?<![\p{L}\p{N}])(?!BG|GB|NK|KN|NT|TN|ZZ)([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \u00a0-]?(\d{2})[ \u00a0-]?(\d{2})[ \u00a0-]?(\d{2})[ \u00a0-]?([A-D])(?![\p{L}\p{N}])/giu;
const CONTEXT = /national\s+insurance|(?<![\p{L}])(?:NI|NINO|NIN)(?![\p{L}])/iu;
const EXAMPLE = /(?<![\p{L}])(?:e\.?g\.?|example|such\s+as|format|looks\s+like|for\s+instance)(?![\p{L}])/iu;

export default defineRule({
  id: 'national-insurance-number',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G14'],
  description: 'National Insurance numbers, which are personal data.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    for (const m of allMatches(NINO, text)) {
      const start = m.index;
      const end = start + m[0].length;
      // 123456 is the digit run every demo value uses; explaining the format is not disclosing one.
      if (`${m[2]}${m[3]}${m[4]}` === '123456' || hasNearby(text, start, end, 30, EXAMPLE)) continue;
      // There is no check digit, so a lower-case code needs the words to say it is a NINO.
      if (m[0] !== m[0].toUpperCase() && !hasNearby(text, start, end, 40, CONTEXT)) continue;
      hits.push({
        start,
        end,
        message: `“${m[0]}” looks like a National Insurance number, which is personal data and must never be posted.`,
        suggestion: 'Remove the number and deal with the person’s case through a private, secure channel.',
      });
    }
    return hits;
  },
});
