// Types for phone-metadata-slice.mjs, so the unit tests that use it type-check.

export const PHONE_COUNTRIES: string[];
export function libphonenumberSlice(): { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic: Record<string, unknown> };
export function compactPhoneMetadata(): Record<string, unknown>;
