// Types for phone-metadata-slice.mjs, so the unit test that compares it with the committed slice type-checks.

export const PHONE_COUNTRIES: string[];
export function ukPhoneMetadata(): { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic: Record<string, unknown> };
