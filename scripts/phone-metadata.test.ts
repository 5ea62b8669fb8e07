// The committed UK phone metadata is exactly the slice of the installed libphonenumber-js (re-run scripts/phone-metadata.mjs after an update).

import { describe, expect, it } from 'vitest';
import { ukPhoneMetadata } from './phone-metadata-slice.mjs';
import committed from '../src/core/rules/confidentiality/phone-metadata-uk.json' with { type: 'json' };

describe('phone-metadata-uk.json', () => {
  it('matches the installed libphonenumber-js metadata for GB, GG, IM, JE and IE', () => {
    expect(committed).toEqual(ukPhoneMetadata());
    expect(Object.keys(committed.countries).sort()).toEqual(['GB', 'GG', 'IE', 'IM', 'JE']);
  });
});
