// The model file's weight strings: every integer in range survives encoding, out-of-range ones are refused, and the shipped file decodes to its scale.
import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights, MAX_WEIGHT } from './classify.ts';
import type { ModelFile } from './classify.ts';
import shipped from './weights.json' with { type: 'json' };

describe('weight strings', () => {
  it('round-trips every weight from -MAX_WEIGHT to MAX_WEIGHT, one character each, none needing a JSON escape', () => {
    const all = Array.from({ length: 2 * MAX_WEIGHT + 1 }, (_, i) => i - MAX_WEIGHT);
    const encoded = encodeWeights(all);
    expect(encoded).toHaveLength(all.length);
    expect(JSON.stringify(encoded)).toBe(`"${encoded}"`);
    expect([...decodeWeights(encoded)]).toEqual(all);
  });

  it('refuses a weight it cannot hold', () => {
    expect(() => encodeWeights([MAX_WEIGHT + 1])).toThrow(RangeError);
    expect(() => encodeWeights([0.5])).toThrow(RangeError);
  });

  it('the shipped file holds one weight per feature for every category', () => {
    const file = shipped as ModelFile;
    for (const model of Object.values(file.categories)) {
      expect(model.weights).toHaveLength(file.features.length);
      expect(decodeWeights(model.weights).some((w) => w !== 0)).toBe(true);
    }
  });
});
