// The learned check's inflection folding: a word's inflections share one key, and short or irregular words are left alone.
import { describe, expect, it } from 'vitest';
import { foldInflection } from './features.ts';

describe('foldInflection', () => {
  it.each([
    [['fleecing', 'fleeced', 'fleece', 'fleeces'], 'fleec'],
    [['running', 'run'], 'run'],
    [['stories', 'story'], 'story'],
    [['calling', 'called', 'calls', 'call'], 'call'],
    [['passed', 'passes', 'pass'], 'pass'],
    [['clearly', 'clear'], 'clear'],
  ])('folds %j to %s', (words, key) => {
    for (const w of words) expect(foldInflection(w)).toBe(key);
  });

  it('leaves short words and words that only look inflected alone', () => {
    for (const w of ['is', 'bus', 'us', 'this', 'red', 'news']) expect(foldInflection(w)).toBe(w);
    expect(foldInflection('bed')).toBe('bed');
    expect(foldInflection('status')).toBe('status');
    expect(foldInflection('analysis')).toBe('analysis');
  });
});
