#!/usr/bin/env node
// Writes the UK slice of libphonenumber-js's metadata (GB and the Crown dependencies on +44, and Ireland)
// that the phone-number rule uses, instead of shipping every country's. Re-run after updating the library;
// scripts/phone-metadata.test.ts fails until you do.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ukPhoneMetadata } from './phone-metadata-slice.mjs';

const out = fileURLToPath(new URL('../src/core/rules/confidentiality/phone-metadata-uk.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(ukPhoneMetadata())}\n`);
console.log(`wrote ${out}`);
