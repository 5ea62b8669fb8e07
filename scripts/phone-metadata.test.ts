// The committed phone metadata is exactly what scripts/phone-metadata.mjs makes from the installed libphonenumber-js (re-run it after an update).

import { describe, expect, it } from 'vitest';
import { compactPhoneMetadata, PHONE_COUNTRIES } from './phone-metadata-slice.mjs';
import committed from '../src/core/data/phone/numbering-plans.json' with { type: 'json' };

describe('src/core/data/phone/numbering-plans.json', () => {
  it('matches the installed libphonenumber-js metadata for GB, GG, IM, JE and IE', () => {
    expect(committed).toEqual(compactPhoneMetadata());
    expect(Object.keys(committed.countries).sort()).toEqual([...PHONE_COUNTRIES].sort());
  });
});
