// Hashed codewords: the post's words and runs of words are matched against salted hashes, never the plain list.

import { describe, expect, it } from 'vitest';
import { check } from '../index.ts';
import { findHashedCodewords, hashCodeword, normaliseCodeword } from './hashed-codewords.ts';

const salt = 'dft-2026-7f3a';
const list = { salt, hashes: ['KESTREL', 'Project Nightjar', 'Blue Heron Two'].map((w) => hashCodeword(w, salt)) };
const found = (text: string) => findHashedCodewords(text, list).map(([s, e]) => text.slice(s, e));

describe('hashed codewords', () => {
  it('normalises case, width, hashtags and separators the same on both sides', () => {
    expect(normaliseCodeword('#Project-Nightjar')).toBe('projectnightjar');
    expect(normaliseCodeword('ＫＥＳＴＲＥＬ')).toBe('kestrel');
    expect(hashCodeword('project nightjar', salt)).toBe(hashCodeword('PROJECT_NIGHTJAR', salt));
    expect(hashCodeword('KESTREL', salt)).not.toBe(hashCodeword('KESTREL', 'another-salt'));
    expect(hashCodeword('KESTREL', salt)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds single words, phrases, hashtags and run-together forms, with exact offsets', () => {
    expect(found('Update on kestrel today')).toEqual(['kestrel']);
    expect(found('Big day for #ProjectNightjar and Project-Nightjar!')).toEqual(['#ProjectNightjar', 'Project-Nightjar']);
    expect(found('The blue heron two team')).toEqual(['blue heron two']);
    expect(found('ＫＥＳＴＲＥＬ')).toEqual(['ＫＥＳＴＲＥＬ']);
  });

  it('stays quiet on words that only contain or split a codeword, and across punctuation', () => {
    expect(found('Kestrels nest here')).toEqual([]);
    expect(found('Project. Nightjar')).toEqual([]);
    expect(found('nothing to see')).toEqual([]);
    expect(findHashedCodewords('KESTREL', { salt: '', hashes: list.hashes })).toEqual([]);
    expect(findHashedCodewords('KESTREL', undefined)).toEqual([]);
  });

  it('reaches the codeword rule through settings, with no plain codewords set', () => {
    const findings = check({ text: 'Launching Project Nightjar next week', settings: { codewordHashes: list } });
    const codeword = findings.filter((f) => f.rule === 'codeword');
    expect(codeword).toHaveLength(1);
    expect(codeword[0]).toMatchObject({ start: 10, end: 26, severity: 'error', category: 'confidentiality' });
    expect(codeword[0]!.message).not.toMatch(/nightjar/i);
  });
});
