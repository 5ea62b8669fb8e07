// Personal phone numbers (mobiles, or landlines tied to a person), found with libphonenumber's GB matcher.

// UK (+44) and Irish (+353) metadata only, a twentieth of all countries' (scripts/phone-metadata.mjs).
import { findNumbers, type MetadataJson, type NumberFound } from 'libphonenumber-js/core';
import metadata from './phone-metadata-uk.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { reportableNhsNumbers } from '../../text/identifiers.ts';
import { digitsOf } from '../../text/checksums.ts';
import { hasNearby, overlapsAny } from '../../text/nearby.ts';
import { ORGANISATION_CUE, PERSON_CUE } from '../../text/people.ts';

// Ofcom's drama ranges (07700 900xxx, 020 7946 0xxx, 0113 496 0xxx and friends) are never anyone's number.
const DRAMA = /^(?:7700900\d{3}|1632960\d{3}|1(?:1[3-8]|[2-6]1)4960\d{3}|2079460\d{3}|2896496\d{3}|2920180\d{3}|8081570\d{3}|9098790\d{3}|3069990\d{3})$/;
// Numbers that belong to people rather than organisations.
const PERSONAL_TYPES = new Set(['MOBILE', 'PERSONAL_NUMBER', 'PAGER']);
const LANDLINE_TYPES = new Set(['FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);
const MAX_NUMBERS = 50;
// libphonenumber costs far more per run than the pre-scan, so a paste of thousands of number-shaped runs stops here.
const MAX_CANDIDATES = 100;

export default defineRule({
  id: 'phone-number',
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
    // Cheap gate: the matcher is the costliest step, and most posts have no run of nine digits.
    if (!/\d(?:[\s().-]?\d){8}/.test(text)) return [];
    const nhs = reportableNhsNumbers(text);
    const hits: Hit[] = [];
    for (const found of phoneNumbers(text)) {
      const { start, end, type, national } = found;
      if (DRAMA.test(national) || overlapsAny(nhs, start, end)) continue;
      const personal = PERSONAL_TYPES.has(type);
      if (!personal && !(LANDLINE_TYPES.has(type) && hasNearby(text, start, end, 50, PERSON_CUE))) continue;
      // A published line ("call our press office on…", "text us on…") is public information, not personal data.
      if (hasNearby(text, start, end, 60, ORGANISATION_CUE) && !hasNearby(text, start, end, 25, PERSON_CUE)) continue;
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

// Cheap pre-scan for number-shaped runs; libphonenumber then judges each run on its own, which is
// far faster than running its matcher over the whole post.
const CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d|\(?0\d)(?:[\s().-]{0,2}\d){7,12}(?![\p{N}])/gu;
// 03, 08 and 09 numbers belong to organisations (UAN, freephone, shared cost, premium), never to a person.
const ORGANISATION_RANGE = /^(?:0|44)[389]/;
const MOBILE_SHAPE = /^(?:07|447)[1-9]\d{8}$/;

/** Every phone number in the text, with ranges trimmed to the number's own digits. */
function phoneNumbers(text: string): PhoneSpan[] {
  const out: PhoneSpan[] = [];
  // A run repeated in a paste is judged once: libphonenumber is the expensive part.
  const judged = new Map<string, PhoneSpan[]>();
  for (const c of text.matchAll(CANDIDATE)) {
    const digits = digitsOf(c[0]).replace(/^440/, '44');
    if (ORGANISATION_RANGE.test(digits)) continue;
    let found = judged.get(c[0]);
    if (!found) {
      if (judged.size >= MAX_CANDIDATES) break;
      found = numbersIn(c[0]);
      // A mobile written the usual way (07xxx xxxxxx) is a mobile number to the reader even where the
      // metadata says the range is unallocated (07700 912488): judge it by its shape.
      if (!found.length && MOBILE_SHAPE.test(digits)) found.push({ start: c[0].search(/\d/), end: c[0].trimEnd().length, type: 'MOBILE', national: digits.replace(/^0|^44/, '') });
      judged.set(c[0], found);
    }
    for (const f of found) out.push({ ...f, start: c.index + f.start, end: c.index + f.end });
    if (out.length >= MAX_NUMBERS) break;
  }
  return out;
}

/** The numbers libphonenumber finds in a short run of text. */
function numbersIn(run: string): PhoneSpan[] {
  const out: PhoneSpan[] = [];
  let offset = 0;
  // The matcher sometimes stretches a match over a following separator and number ("0300 123 4567, 0800");
  // trim to the digits the number has, then search again from there so the next number is not lost.
  for (let guard = 0; guard < 4 && offset < run.length; guard++) {
    const matches = findNumbers(run.slice(offset), { defaultCountry: 'GB', v2: true }, metadata as MetadataJson) as unknown as NumberFound[];
    let restartAt = -1;
    for (const m of matches) {
      const start = offset + m.startsAt;
      const span = run.slice(start, offset + m.endsAt);
      const n = m.number;
      const wanted = span.trimStart().startsWith('+') ? `${n.countryCallingCode}${n.nationalNumber}` : `0${n.nationalNumber}`;
      const end = start + endOfDigits(span, wanted);
      out.push({ start, end, type: n.getType() ?? '', national: String(n.nationalNumber) });
      if (end < offset + m.endsAt) {
        restartAt = end;
        break;
      }
    }
    if (restartAt < 0) break;
    offset = restartAt;
  }
  return out;
}

/** Index just after the last character of `span` needed to spell out `digits` in order. */
function endOfDigits(span: string, digits: string): number {
  let k = 0;
  for (let i = 0; i < span.length; i++) {
    if (span[i] === digits[k]) k++;
    if (k === digits.length) return i + 1;
  }
  return span.length;
}
