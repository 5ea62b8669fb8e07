// Keeps the registry honest: every rule file is registered, tested, described and cites real guidance.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDANCE } from '../guidance.ts';
import { CATEGORIES, SEVERITIES } from '../types.ts';
import { RULES } from './index.ts';

const dir = new URL('.', import.meta.url).pathname;
const ruleFiles = CATEGORIES.flatMap((category) =>
  readdirSync(join(dir, category))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
    .map((f) => ({ category, id: f.replace(/\.ts$/, ''), files: readdirSync(join(dir, category)) })),
);

describe('rule registry', () => {
  it('registers every rule file exactly once, under its own category', () => {
    const registered = RULES.map((r) => `${r.category}/${r.id}`).sort();
    expect(registered).toEqual(ruleFiles.map((f) => `${f.category}/${f.id}`).sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('has a test file beside every rule', () => {
    for (const f of ruleFiles) expect(f.files, `${f.category}/${f.id}`).toContain(`${f.id}.test.ts`);
  });

  it('gives every rule valid metadata', () => {
    for (const r of RULES) {
      expect(r.id, r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // A severity, or one per account type.
      for (const sev of typeof r.severity === 'string' ? [r.severity] : [r.severity.official, r.severity.personal]) expect(SEVERITIES, r.id).toContain(sev);
      expect(r.guidance.length, r.id).toBeGreaterThan(0);
      for (const g of r.guidance) expect(Object.keys(GUIDANCE), r.id).toContain(g);
      expect(r.description.length, r.id).toBeGreaterThan(15);
    }
  });

  it('keeps each category index sorted by rule id', () => {
    for (const category of CATEGORIES) {
      const ids = RULES.filter((r) => r.category === category).map((r) => r.id);
      expect(ids, category).toEqual([...ids].sort());
    }
  });
});

/** Case-insensitive code-unit order: the same order `scripts/sort-word-lists.mjs` writes. */
const sortTerms = (terms: string[]) => [...terms].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));

describe('word lists', () => {
  const dataDir = join(dir, '..', 'data');
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    it(`${file} is sorted, lower-case where matched case-insensitively, and free of duplicates`, () => {
      const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { about?: string; terms?: unknown };
      expect(typeof data.about).toBe('string');
      expect(Array.isArray(data.terms)).toBe(true);
      const terms = data.terms as string[];
      expect(terms.every((t) => typeof t === 'string' && t.trim() === t && t.length > 0)).toBe(true);
      expect(terms, 'run `node scripts/sort-word-lists.mjs`').toEqual(sortTerms(terms));
      expect(new Set(terms.map((t) => t.toLowerCase())).size).toBe(terms.length);
    });
  }
});
