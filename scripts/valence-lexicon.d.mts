// Types for scripts/valence-lexicon.mjs, which the valence tests import.
export function singularOf(w: string, lexicon: Readonly<Record<string, number>>): number | undefined;
export function prunedAfinn(afinn?: Readonly<Record<string, number>>, overrides?: Readonly<Record<string, number>>): Record<string, number>;
