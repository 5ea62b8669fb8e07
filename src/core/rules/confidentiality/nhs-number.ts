// NHS numbers (ten digits passing the mod-11 check) in a post: health-linked personal data.

import { defineRule } from '../../rule.ts';
import { reportableNhsNumbers } from '../../text/identifiers.ts';

export default defineRule({
  id: 'nhs-number',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G14'],
  description: 'NHS numbers (ten digits that pass the NHS check digit), which are personal data.',
  checksQuotes: true,
  check(ctx) {
    // The shared finder decides NHS-versus-phone once, so the phone-number rule never reports the same digits.
    return reportableNhsNumbers(ctx.text).map(({ start, end, valid }) => ({
      start,
      end,
      ...(valid ? {} : { severity: 'warning' as const }),
      message: valid
        ? `“${ctx.text.slice(start, end)}” is a valid NHS number, which is personal data and must never be posted.`
        : `“${ctx.text.slice(start, end)}” is given as an NHS number; even mistyped, a patient’s number must never be posted.`,
      suggestion: 'Remove the number; deal with the person’s care through a private, secure channel.',
    }));
  },
});
