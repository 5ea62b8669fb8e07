// Payment card numbers (Luhn-valid, with a card prefix) in a post: financial personal data.

import testCards from '../../data/test-card-numbers.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { digitsOf, passesLuhn } from '../../text/checksums.ts';
import { hasNearby } from '../../text/nearby.ts';
import { allMatches } from '../../text/matches.ts';

const TEST_CARDS = new Set(testCards.terms);
// 13 to 19 digits from a card-issuer prefix, in groups of 4 (or Amex 4-6-5) or unbroken.
const CARD = /(?<![\p{L}\p{N}.,])(?:[3456]\d{3}(?:[ \u00a0-]?\d{4}){2}[ \u00a0-]?\d{1,7}|3[47]\d{2}[ \u00a0-]?\d{6}[ \u00a0-]?\d{5})(?![\p{L}\p{N}]|[.,]\d)/gu;
const TEST_CONTEXT = /(?<![\p{L}])(?:test|sandbox|dummy|example)(?![\p{L}])/iu;

export default defineRule({
  id: 'payment-card',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G22'],
  description: 'Payment card numbers (long numbers that pass the card check digit), which are personal financial data.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    for (const m of allMatches(CARD, text)) {
      const digits = digitsOf(m[0]);
      if (digits.length < 13 || digits.length > 19 || !passesLuhn(digits) || /^(\d)\1+$/.test(digits)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (TEST_CARDS.has(digits) || hasNearby(text, start, end, 30, TEST_CONTEXT)) continue;
      hits.push({
        start,
        end,
        message: `“${m[0]}” looks like a payment card number, which is personal financial data and must never be posted.`,
        suggestion: 'Remove the number; if it is real, the card holder should contact their bank.',
      });
    }
    return hits;
  },
});
