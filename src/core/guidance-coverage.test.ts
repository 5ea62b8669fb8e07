// Keeps docs/guidance-coverage.md honest: every guidance line listed, every rule named real, every citation shown.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GUIDANCE } from './guidance.ts';
import { RULES, RULE_IDS } from './rules/index.ts';

const doc = readFileSync(fileURLToPath(new URL('../../docs/guidance-coverage.md', import.meta.url)), 'utf8');

interface Row {
  line: string;
  rules: string[];
  why: string;
}

const rows: Row[] = doc
  .split('\n')
  .filter((l) => /^\|\s*G\d+\s*\|/.test(l))
  .map((l) => {
    const cells = l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    return {
      line: cells[0] ?? '',
      rules: [...(cells[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      why: cells[3] ?? '',
    };
  });
const byLine = new Map(rows.map((r) => [r.line, r]));

describe('docs/guidance-coverage.md', () => {
  it('has one row for each of G1–G30, in order', () => {
    const expected = Array.from({ length: 30 }, (_, i) => `G${i + 1}`);
    expect(rows.map((r) => r.line)).toEqual(expected);
    expect(Object.keys(GUIDANCE).sort()).toEqual([...expected].sort());
  });

  it('names only rules that are in the registry', () => {
    const unknown = rows.flatMap((r) => r.rules.filter((id) => !RULE_IDS.has(id)).map((id) => `${r.line}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('lists every rule on the row of each guidance line it cites', () => {
    const missing = RULES.flatMap((rule) =>
      rule.guidance.filter((g) => !byLine.get(g)?.rules.includes(rule.id)).map((g) => `${g}: ${rule.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists a rule only on lines the rule cites', () => {
    const cited = new Map(RULES.map((r) => [r.id, new Set<string>(r.guidance)]));
    const extra = rows.flatMap((r) =>
      r.rules.filter((id) => cited.has(id) && !cited.get(id)!.has(r.line)).map((id) => `${r.line}: ${id}`),
    );
    expect(extra).toEqual([]);
  });

  it('says why a line has no rule', () => {
    const unexplained = rows.filter((r) => r.rules.length === 0 && r.why.length < 20).map((r) => r.line);
    expect(unexplained).toEqual([]);
  });
});
