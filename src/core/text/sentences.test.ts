// Word counting and sentence splitting, which the long-sentence and reply rules build on.
import { describe, expect, it } from 'vitest';
import { countWords, sentenceSpans } from './sentences.ts';

describe('countWords', () => {
  it('counts joined words once and skips links, hashtags and mentions', () => {
    expect(countWords("Don't miss the well-known gov.uk guide, 2.5% off!")).toBe(8);
    expect(countWords('See https://www.gov.uk/x and #CivilService @cabinetofficeuk now')).toBe(3);
    expect(countWords("Zoë's café — naïve? ‘quoted’ words")).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('end. - start')).toBe(2);
  });
});

describe('sentenceSpans', () => {
  it('splits on end punctuation and line breaks', () => {
    const text = 'One two. Three four!\nFive';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['One two.', 'Three four!', 'Five']);
  });
});
