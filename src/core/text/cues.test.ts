// Cue files are well formed: named after their file, sorted, free of duplicates, lower case unless matched with capitals.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../context.ts';
import { cueTags, matchCues } from './cues.ts';

const dir = join(new URL('.', import.meta.url).pathname, '..', 'data', 'cues');
const phraseOf = (s: unknown) => (typeof s === 'string' ? s : (s as { phrase: string }).phrase);

describe('cue files', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${file} is well formed and sorted (run scripts/sort-word-lists.mjs)`, () => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { about: string; name: string; cues: Record<string, unknown[]> };
      expect(data.name).toBe(file.replace(/\.json$/, ''));
      expect(data.about.length).toBeGreaterThan(20);
      for (const [tag, specs] of Object.entries(data.cues)) {
        expect(specs.length, tag).toBeGreaterThan(0);
        const phrases = specs.map(phraseOf);
        const sorted = [...phrases].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
        expect(phrases, tag).toEqual(sorted);
        expect(new Set(specs.map((s) => JSON.stringify(s))).size, tag).toBe(specs.length);
        for (const s of specs) if (typeof s === 'string') expect(s, tag).toBe(s.toLowerCase());
        // A phrase never runs across punctuation, so an entry containing some could never match.
        for (const p of phrases) expect(p, tag).not.toMatch(/[,.:;!?()]/);
      }
    });
  }
  it('every file is registered in cues.ts', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect([...new Set(cueTags().map((t) => t.split('.')[0]))].sort()).toEqual(files.sort());
  });
  it('matches tags in one pass', () => {
    const m = matchCues(analyse('You lot voted Tory at the general election'));
    expect([...m.keys()]).toEqual(expect.arrayContaining(['politics.election', 'politics.party', 'reader.you']));
    expect(m.get('politics.party')?.map((x) => x.start)).toEqual([14]);
  });
});
