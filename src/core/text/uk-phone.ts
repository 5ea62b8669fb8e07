// Whether a written phone number is a valid UK (+44: GB, GG, IM, JE) or Irish (+353) one, and of which type, from libphonenumber's metadata.

// The metadata is libphonenumber-js's own (scripts/phone-metadata.mjs cuts it); the steps below follow its
// parse-and-validate path for a number written alone, with GB as the home country, so the two agree on every run
// the phone-number rule's pre-scan finds (src/core/text/uk-phone.test.ts compares them).
import metadata from '../data/phone/numbering-plans.json' with { type: 'json' };

export type PhoneCountry = 'GB' | 'GG' | 'IM' | 'JE' | 'IE';
export type PhoneType =
  | 'FIXED_LINE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'MOBILE'
  | 'TOLL_FREE'
  | 'PREMIUM_RATE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL';

export interface PhoneNumber {
  country: PhoneCountry;
  callingCode: string;
  /** The national significant number: no country code, no trunk 0 ("7911123456"). */
  national: string;
  type: PhoneType;
}

interface Plan {
  lengths: readonly number[];
  pattern: RegExp;
  leadingDigits?: RegExp;
  types: ReadonlyMap<PhoneType, { lengths: readonly number[]; pattern: RegExp }>;
}

// The order libphonenumber tries the types after FIXED_LINE; the first that matches names the number.
const NON_FIXED_TYPES: readonly PhoneType[] = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
// A number written without +44 or 00 is read as a UK one, as a UK reader would.
const HOME: PhoneCountry = 'GB';
// libphonenumber's bounds on a national significant number.
const MIN_NATIONAL = 2;
const MAX_NATIONAL = 17;

// Every pattern is compiled once, here, so the regex check sees them all. The metadata script admits only digits,
// digit classes, groups, alternation and bounded quantifiers, so these match a bounded number of digits.
const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const prefix = (pattern: string) => new RegExp(`^(?:${pattern})`);

const PLANS = new Map<string, Plan>(
  Object.entries(metadata.countries).map(([country, c]) => {
    const types = new Map(Object.entries(c.types).map(([type, t]) => [type as PhoneType, { lengths: t.lengths, pattern: whole(t.pattern) }]));
    const leading = 'leadingDigits' in c && typeof c.leadingDigits === 'string' ? prefix(c.leadingDigits) : undefined;
    return [country, { lengths: c.lengths, pattern: whole(c.pattern), ...(leading && { leadingDigits: leading }), types }];
  }),
);
const CALLING_CODES = new Map(
  Object.entries(metadata.callingCodes).map(([code, c]) => [
    code,
    { countries: c.countries as PhoneCountry[], international: prefix(c.internationalPrefix), national: prefix(c.nationalPrefixForParsing) },
  ]),
);
const HOME_CODE = [...CALLING_CODES].find(([, c]) => c.countries[0] === HOME)![0];

/** The number written in `text`, valid and typed, or undefined when it is not a valid UK or Irish number. */
export function ukPhoneNumber(text: string): PhoneNumber | undefined {
  const parsed = normalisePhoneNumber(text);
  if (!parsed) return undefined;
  const { callingCode, national, country } = parsed;
  const plan = planOf(country);
  if (lengthCheck(national, plan.lengths) !== 'possible') return undefined;
  const type = typeOf(national, plan);
  return type && { country, callingCode, national, type };
}

/**
 * The calling code, national significant number and country of a number written with +44, 0044, +353, 00353,
 * a trunk 0 or none, an optional "(0)", and spaces, dots, dashes or brackets between digits; undefined when the
 * text holds anything else, or no calling code we know. It says nothing yet of validity.
 */
export function normalisePhoneNumber(text: string): { callingCode: string; national: string; country: PhoneCountry } | undefined {
  // Two checks rather than one pattern with two overlapping runs, which could backtrack on a long run of spaces.
  const start = text.search(/[^\s().-]/);
  if (start < 0) return undefined;
  let international = text[start] === '+';
  const rest = text.slice(start + (international ? 1 : 0));
  if (/[^\d\s().-]/.test(rest)) return undefined;
  let digits = rest.replace(/\D/g, '');
  if (!digits) return undefined;
  const home = CALLING_CODES.get(HOME_CODE)!;
  if (!international) {
    const idd = home.international.exec(digits);
    // "00" then 0 is not an international call (libphonenumber's stripIddPrefix).
    if (idd && digits[idd[0].length] !== '0' && digits.length > idd[0].length) {
      digits = digits.slice(idd[0].length);
      international = true;
    }
  }
  let callingCode = HOME_CODE;
  if (international) {
    const code = [1, 2, 3].filter((n) => n <= digits.length).map((n) => digits.slice(0, n)).find((c) => c[0] !== '0' && CALLING_CODES.has(c));
    if (!code) return undefined;
    callingCode = code;
    digits = digits.slice(code.length);
  } else if (digits.startsWith(HOME_CODE)) {
    // 447911123456: the country code written without + or 00, when the digits only make sense that way.
    const shorter = digits.slice(HOME_CODE.length);
    const nationalWhole = nationalNumberOf(digits, HOME_CODE);
    const nationalShorter = nationalNumberOf(shorter, HOME_CODE);
    const plan = planOf(HOME);
    if ((!plan.pattern.test(nationalWhole) && plan.pattern.test(nationalShorter)) || lengthCheck(nationalWhole, plan.lengths) === 'too long') digits = shorter;
  }
  if (!digits) return undefined;
  const national = nationalNumberOf(digits, callingCode);
  if (national.length < MIN_NATIONAL || national.length > MAX_NATIONAL) return undefined;
  const country = countryOf(callingCode, national) ?? CALLING_CODES.get(callingCode)!.countries[0]!;
  return { callingCode, national, country };
}

/** The digits after the calling code with the trunk prefix taken off, unless taking it off leaves no possible number. */
function nationalNumberOf(digits: string, callingCode: string): string {
  const code = CALLING_CODES.get(callingCode)!;
  const trunk = code.national.exec(digits);
  if (!trunk || !trunk[0]) return digits;
  const national = digits.slice(trunk[0].length);
  const main = planOf(code.countries[0]!);
  if (main.pattern.test(digits) && !main.pattern.test(national)) return digits;
  const length = lengthCheck(national, planOf(countryOf(callingCode, national) ?? code.countries[0]!).lengths);
  return length === 'too short' || length === 'invalid length' ? digits : national;
}

/** Which country of a shared calling code a number belongs to: its leading digits, or else the first whose types know it. */
function countryOf(callingCode: string, national: string): PhoneCountry | undefined {
  const countries = CALLING_CODES.get(callingCode)!.countries;
  if (countries.length === 1) return countries[0];
  return countries.find((country) => {
    const plan = planOf(country);
    return plan.leadingDigits ? plan.leadingDigits.test(national) : typeOf(national, plan) !== undefined;
  });
}

function typeOf(national: string, plan: Plan): PhoneType | undefined {
  if (!plan.pattern.test(national)) return undefined;
  if (isType(national, plan, 'FIXED_LINE')) {
    // Where the plan cannot tell a landline from a mobile, libphonenumber says so.
    return !plan.types.has('MOBILE') || isType(national, plan, 'MOBILE') ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  return NON_FIXED_TYPES.find((type) => isType(national, plan, type));
}

function isType(national: string, plan: Plan, type: PhoneType): boolean {
  const t = plan.types.get(type);
  return !!t && t.lengths.includes(national.length) && t.pattern.test(national);
}

function lengthCheck(national: string, lengths: readonly number[]): 'possible' | 'too short' | 'too long' | 'invalid length' {
  if (national.length < lengths[0]!) return 'too short';
  if (national.length > lengths[lengths.length - 1]!) return 'too long';
  return lengths.includes(national.length) ? 'possible' : 'invalid length';
}

function planOf(country: string): Plan {
  return PLANS.get(country)!;
}
