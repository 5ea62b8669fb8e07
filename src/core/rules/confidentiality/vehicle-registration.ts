// Vehicle number plates: a registration is tied to its keeper, so publishing one identifies a member of the public.

import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

// The current GB format ("KP19 XRT": area letters, age digits, three random letters) and the older prefix
// format ("A123 BCD"); written in capitals, as plates are. I, Q and Z never appear in the area letters.
const PLATE = /(?<![\p{L}\p{N}])(?:[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}\s?[A-HJ-PR-Z]{3}|[A-HJ-NP-Y]\d{1,3}\s?[A-HJ-PR-Z]{3})(?![\p{L}\p{N}])/gu;
// A prefix-format match needs a vehicle nearby ("B52 ABC" could be anything); the current format speaks for itself.
const VEHICLE = /(?<![\p{L}])(?:reg(?:istration)?|number\s?plates?|plates?|car|van|lorry|truck|vehicle|motorbike|moped|driver|drove|driving|parked|parking|taxi|cab)(?![\p{L}])/iu;

export default defineRule({
  id: 'vehicle-registration',
  definite: true,
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G29', 'G14'],
  messages: {
    plate: '“{words}” is a vehicle registration, which identifies the vehicle’s keeper: personal data that must not be posted.',
  },
  description: 'Vehicle registrations (“KP19 XRT”), which identify the keeper of the vehicle.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    if (!/\d/.test(text)) return [];
    const hits: Hit[] = [];
    for (const m of allMatches(PLATE, text)) {
      const current = /^[A-Z]{2}\d/u.test(m[0]);
      if (!current && !VEHICLE.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'plate', data: { words: m[0] }, suggestion: 'Leave the registration out; describe the problem without identifying the vehicle.' });
    }
    return hits;
  },
});
