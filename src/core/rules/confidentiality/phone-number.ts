// Personal phone numbers (mobiles, or landlines tied to a person): number-shaped runs judged by libphonenumber's UK and Irish numbering plans.

import { defineRule, type Hit } from '../../rule.ts';
import { reportableNhsNumbers } from '../../text/identifiers.ts';
import { digitsOf } from '../../text/checksums.ts';
import { hasNearby, overlapsAny } from '../../text/nearby.ts';
import { ORGANISATION_CUE, PERSON_CUE } from '../../text/people.ts';
import { ukPhoneNumber } from '../../text/uk-phone.ts';
import { allMatches } from '../../text/matches.ts';

// Ofcom's drama ranges (07700 900xxx, 020 7946 0xxx, 0113 496 0xxx and friends) are never anyone's number.
const DRAMA = /^(?:7700900\d{3}|1632960\d{3}|1(?:1[3-8]|[2-6]1)4960\d{3}|2079460\d{3}|2896496\d{3}|2920180\d{3}|8081570\d{3}|9098790\d{3}|3069990\d{3})$/;
// Numbers that belong to people rather than organisations.
const PERSONAL_TYPES = new Set(['MOBILE', 'PERSONAL_NUMBER', 'PAGER']);
const LANDLINE_TYPES = new Set(['FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);
const MAX_NUMBERS = 50;
// Judging a run costs a few pattern tests; a paste of thousands of number-shaped runs still stops here.
const MAX_CANDIDATES = 100;

export default defineRule({
  id: 'phone-number',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G14'],
  messages: {
    mobile: '“{words}” looks like a personal mobile number, which is personal data and must never be posted.',
    landline: '“{words}” looks like a private person’s phone number, which is personal data and must never be posted.',
  },
  description: 'Personal phone numbers (mobiles, or landlines next to a person); helplines and published office numbers are fine.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    // Cheap gate: most posts have no run of nine digits.
    if (!/\d(?:[\s().-]?\d){8}/.test(text)) return [];
    const nhs = reportableNhsNumbers(text);
    const hits: Hit[] = [];
    for (const found of phoneNumbers(text)) {
      const { start, end, type, national } = found;
      if (DRAMA.test(national) || overlapsAny(nhs, start, end)) continue;
      const personal = PERSONAL_TYPES.has(type);
      if (!personal && !(LANDLINE_TYPES.has(type) && hasNearby(text, start, end, 50, PERSON_CUE))) continue;
      // A published line ("call our press office on…", "text us on…") is public information, not personal data.
      // A landline beside an organisation is its line even when a person answers it ("the duty press officer").
      if (hasNearby(text, start, end, 60, ORGANISATION_CUE) && (!personal || !hasNearby(text, start, end, 25, PERSON_CUE))) continue;
      const words = text.slice(start, end);
      hits.push({
        start,
        end,
        messageId: personal ? 'mobile' : 'landline',
        data: { words },
        suggestion: 'Remove the number; take the conversation to a private message or a published helpline.',
      });
    }
    return hits;
  },
});

interface PhoneSpan {
  start: number;
  end: number;
  type: string;
  national: string;
}

// Number-shaped runs (a + or a 0, then digits with up to two separators between them), each judged on its own.
const CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d|\(?0\d)(?:[\s().-]{0,2}\d){7,12}(?![\p{N}])/gu;
// 03, 08 and 09 numbers belong to organisations (UAN, freephone, shared cost, premium), never to a person.
const ORGANISATION_RANGE = /^(?:0|44)[389]/;
const MOBILE_SHAPE = /^(?:07|447)[1-9]\d{8}$/;

/** Every phone number in the text, with ranges trimmed to the number's own digits. */
function phoneNumbers(text: string): PhoneSpan[] {
  const out: PhoneSpan[] = [];
  // A run repeated in a paste is judged once.
  const judged = new Map<string, PhoneSpan | undefined>();
  for (const c of allMatches(CANDIDATE, text)) {
    const digits = digitsOf(c[0]).replace(/^440/, '44');
    if (ORGANISATION_RANGE.test(digits)) continue;
    let found = judged.get(c[0]);
    if (!judged.has(c[0])) {
      if (judged.size >= MAX_CANDIDATES) break;
      found = numberIn(c[0]);
      // A mobile written the usual way (07xxx xxxxxx) is a mobile number to the reader even where the
      // metadata says the range is unallocated (07700 912488): judge it by its shape.
      if (!found && MOBILE_SHAPE.test(digits)) found = { start: c[0].search(/\d/), end: c[0].trimEnd().length, type: 'MOBILE', national: digits.replace(/^0|^44/, '') };
      judged.set(c[0], found);
    }
    if (found) out.push({ ...found, start: c.index + found.start, end: c.index + found.end });
    if (out.length >= MAX_NUMBERS) break;
  }
  return out;
}

/**
 * The number a run spells, with its range in the run. A run that is not one is tried once more without a short
 * trailing group, so "07911 123456 24/7" still finds the mobile.
 */
function numberIn(run: string): PhoneSpan | undefined {
  let written = run;
  let number = ukPhoneNumber(written);
  if (!number) {
    written = withoutShortTail(run);
    number = written === run ? undefined : ukPhoneNumber(written);
  }
  if (!number) return undefined;
  const first = written.search(/[+\d]/);
  // An opening bracket belongs to the number only when the number closes it ("(020) 7946 0000").
  const start = written.lastIndexOf('(', first) >= 0 && written.includes(')', first) ? written.lastIndexOf('(', first) : first;
  return { start, end: written.length, type: number.type, national: number.national };
}

/** The run without a last group of one to four digits after a space, dot or dash; the run itself when it has none. */
function withoutShortTail(run: string): string {
  let i = run.length;
  while (i > 0 && run.charCodeAt(i - 1) >= 48 && run.charCodeAt(i - 1) <= 57) i--;
  const tail = run.length - i;
  if (tail < 1 || tail > 4) return run;
  let j = i;
  while (j > 0 && /[\s.-]/.test(run[j - 1]!)) j--;
  return j < i && j > 0 ? run.slice(0, j) : run;
}
