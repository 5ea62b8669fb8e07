#!/usr/bin/env node
// Writes src/core/data/phone/numbering-plans.json, the UK and Irish numbering plans (GB and the Crown dependencies on +44,
// and Ireland) that src/core/text/uk-phone.ts classifies numbers with, from libphonenumber-js's metadata (data, not
// its code). Re-run after updating the library; scripts/phone-metadata.test.ts fails until you do.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactPhoneMetadata } from './phone-metadata-slice.mjs';

const out = fileURLToPath(new URL('../src/core/data/phone/numbering-plans.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(compactPhoneMetadata(), null, 2)}\n`);
console.log(`wrote ${out}`);
