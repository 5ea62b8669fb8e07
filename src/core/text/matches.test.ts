// allMatches and firstMatch give what matchAll gives, on the expression itself, and leave it ready for the next caller.
import { describe, expect, it } from 'vitest';
import { allMatches, firstMatch } from './matches.ts';

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]);
const viaAll = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, m[0], ...m.slice(1)]);

describe('allMatches', () => {
  it.each([
    [/\b(\w)(\w*)\b/g, 'Call the helpline, then write.'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\p{L}+/giu, 'Ünïcode wörds — and 😀 emoji'],
    [/ab/gy, 'ababxab'],
    [/nothing/g, ''],
  ])('equals matchAll for %s', (re, text) => {
    expect(viaAll(re, text)).toEqual(viaMatchAll(re, text));
    expect(re.lastIndex).toBe(0);
  });
  it('starts from the beginning whatever lastIndex was left at', () => {
    const re = /a/g;
    re.lastIndex = 3;
    expect(allMatches(re, 'aaaa')).toHaveLength(4);
  });
  it('refuses a non-global expression, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});

describe('firstMatch', () => {
  it('gives the first match or null, and resets lastIndex', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect(firstMatch(re, 'a 12 b 34')?.[0]).toBe('12');
    expect(re.lastIndex).toBe(0);
    expect(firstMatch(re, 'none')).toBeNull();
  });
});
