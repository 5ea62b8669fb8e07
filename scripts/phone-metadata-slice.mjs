// The numbering plans the phone-number rule knows, cut from the installed libphonenumber-js metadata (max set): ours compact, and the library's own slice as the test oracle.

import { createRequire } from 'node:module';

/**
 * +44 (the UK, Guernsey, the Isle of Man, Jersey) and +353 (Ireland, which shares a land border with Northern
 * Ireland). No rule needs any other country: a UK civil servant's leak is a UK number, and a cross-border post an Irish one.
 */
export const PHONE_COUNTRIES = ['GB', 'GG', 'IM', 'JE', 'IE'];

/** libphonenumber-js's order of the per-type patterns in a country's metadata array. */
const TYPE_SLOTS = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'];

/**
 * What a shipped pattern may be made of: digits, \d, classes of digits, non-capturing groups, alternation and
 * bounded quantifiers. No `*`, `+` or back-reference, so every expression built from them matches at most a
 * fixed number of digits and cannot backtrack without bound.
 */
const DIGITS_ONLY = /^(?:\d|\\d|\[(?:\d(?:-\d)?)+\]|\(\?:|\)|\||\{\d+(?:,\d+)?\}|\?)+$/;

const full = () => createRequire(import.meta.url)('libphonenumber-js/metadata.max.json');

/** libphonenumber-js's metadata cut to PHONE_COUNTRIES, in its own format (what the differential tests give it). */
export function libphonenumberSlice() {
  const metadata = full();
  const countries = Object.fromEntries(PHONE_COUNTRIES.map((c) => [c, metadata.countries[c]]));
  const codes = {};
  for (const [code, list] of Object.entries(metadata.country_calling_codes)) {
    const kept = list.filter((c) => PHONE_COUNTRIES.includes(c));
    if (kept.length) codes[code] = kept;
  }
  return { version: metadata.version, country_calling_codes: codes, countries, nonGeographic: {} };
}

function digitPattern(pattern, where) {
  if (typeof pattern !== 'string' || !DIGITS_ONLY.test(pattern)) throw new Error(`phone metadata: ${where} is not a pattern of digits and bounded quantifiers: ${pattern}`);
  return pattern;
}

/**
 * Just what src/core/text/uk-phone.ts reads: per calling code its countries (main first), international and
 * national prefixes; per country its general pattern and lengths, the leading digits that claim a number for it
 * when it shares a calling code, and a pattern and lengths for each type it has. Keys sorted, so the file is stable.
 */
export function compactPhoneMetadata() {
  const { country_calling_codes: codes, countries } = libphonenumberSlice();
  const callingCodes = {};
  for (const [code, list] of Object.entries(codes)) {
    // Numbers are parsed with the plan of the calling code's main country (or GB, for a national number).
    const main = countries[list[0]];
    if (main[8]) throw new Error(`phone metadata: ${list[0]} rewrites national numbers (${main[8]}); uk-phone.ts does not`);
    const prefix = main[7] || main[5];
    if (!/^\d+(?:\|\d+)*$/.test(prefix)) throw new Error(`phone metadata: ${list[0]}'s national prefix for parsing is not plain digits: ${prefix}`);
    callingCodes[code] = { countries: list, internationalPrefix: digitPattern(main[1], `${list[0]} international prefix`), nationalPrefixForParsing: prefix };
  }
  const out = {};
  for (const country of PHONE_COUNTRIES) {
    const [, , pattern, lengths, , , , , , , leadingDigits, types] = countries[country];
    const entry = { lengths, pattern: digitPattern(pattern, `${country} general pattern`), types: {} };
    if (leadingDigits) entry.leadingDigits = digitPattern(leadingDigits, `${country} leading digits`);
    TYPE_SLOTS.forEach((type, slot) => {
      const definition = types?.[slot];
      // A type without its own lengths has the country's (libphonenumber's Type.possibleLengths).
      if (definition) entry.types[type] = { lengths: definition[1] ?? lengths, pattern: digitPattern(definition[0], `${country} ${type}`) };
    });
    // libphonenumber judges a country without types by its general pattern alone; uk-phone.ts needs the types.
    if (!entry.types.FIXED_LINE && !entry.types.MOBILE) throw new Error(`phone metadata: ${country} has no per-type patterns`);
    out[country] = entry;
  }
  return sortKeys({
    about: 'Numbering plans of +44 (GB, GG, IM, JE) and +353 (IE), cut from libphonenumber-js\'s max metadata by scripts/phone-metadata.mjs for src/core/text/uk-phone.ts. Generated: do not edit.',
    callingCodes,
    countries: out,
  });
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
  return value;
}
