// Finds NHS numbers once for the rules that must agree on them (an NHS number can also look like a phone number).

import { digitsOf, isValidNhsNumber } from './checksums.ts';
import { hasNearby } from './nearby.ts';
import { allMatches } from './matches.ts';

// 3-3-4 with one consistent separator, or ten digits in a row.
const TEN_DIGITS = /(?<![\p{L}\p{N}+£$€.,/-])\d{3}([ \u00a0-]?)\d{3}\1\d{4}(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const NHS_CONTEXT = /(?<![\p{L}])(?:nhs|chi|patient|hospital(?:\s+number)?|gp|medical\s+record|health\s+record)(?![\p{L}])/iu;

export interface NhsCandidate {
  start: number;
  end: number;
  /** Written 3-3-4 with a separator, the way NHS numbers are displayed. */
  grouped: boolean;
  /** A health word ("NHS", "patient") is close by. */
  context: boolean;
  /** Passes the mod-11 check; otherwise it is only reported because it is labelled as an NHS number. */
  valid: boolean;
}

// "NHS number 485 777 3456": the writer says what it is, so a mistyped check digit is still a disclosure.
const LABEL_BEFORE = /(?<![\p{L}])(?:nhs|chi)\s{0,3}(?:number|no\.?|num|#)?\s{0,3}(?:is|:|-)?\s{0,3}$/iu;

/** Ten-digit strings that pass the NHS mod-11 check, with the evidence about each. */
export function findNhsNumbers(text: string): NhsCandidate[] {
  const out: NhsCandidate[] = [];
  if (!/\d{3}/.test(text)) return out;
  for (const m of allMatches(TEN_DIGITS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const valid = isValidNhsNumber(digitsOf(m[0]));
    if (!valid && !LABEL_BEFORE.test(text.slice(Math.max(0, start - 25), start))) continue;
    out.push({ start, end, grouped: (m[1] ?? '') !== '', context: !valid || hasNearby(text, start, end, 40, NHS_CONTEXT), valid });
  }
  return out;
}

/** The NHS numbers the nhs-number rule reports; other rules leave these ranges alone. */
export function reportableNhsNumbers(text: string): NhsCandidate[] {
  // A leading 0 is a phone number's trunk prefix; without a health word, treat it as a phone number.
  return findNhsNumbers(text).filter((c) => c.context || (c.grouped && text[c.start] !== '0'));
}
