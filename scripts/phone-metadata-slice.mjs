// The countries the phone-number rule knows, cut from the installed libphonenumber-js metadata (min set, as the library's default import uses).

import { createRequire } from 'node:module';

/** +44 (the UK, Guernsey, the Isle of Man, Jersey) and +353 (Ireland, which shares a land border with Northern Ireland). */
export const PHONE_COUNTRIES = ['GB', 'GG', 'IM', 'JE', 'IE'];

export function ukPhoneMetadata() {
  const full = createRequire(import.meta.url)('libphonenumber-js/metadata.min.json');
  const countries = Object.fromEntries(PHONE_COUNTRIES.map((c) => [c, full.countries[c]]));
  const codes = {};
  for (const [code, list] of Object.entries(full.country_calling_codes)) {
    const kept = list.filter((c) => PHONE_COUNTRIES.includes(c));
    if (kept.length) codes[code] = kept;
  }
  return { version: full.version, country_calling_codes: codes, countries, nonGeographic: {} };
}
