// Worst-case regression suite: every crafted input, through every rule alone and the whole catalogue, within a time bound proportional to its length.
//
// The bounds are generous (tens of times what a linear pass costs on a busy two-core machine), so the suite does not
// flake; a quadratic pattern costs hundreds of times more at these lengths and fails loudly. Speed targets live in
// `npm run bench`, not here: this only catches super-linear work.

import { describe, expect, it } from 'vitest';
import { runRulesDetailed } from '../engine.ts';
import { RULES, resolveSettings } from '../index.ts';
import type { Post } from '../types.ts';
import { worstCases, type WorstCase } from './worst-cases.ts';

/** Milliseconds allowed for `n` characters: a fixed allowance plus a per-character one. */
const bound = (n: number, perCharUs: number) => 30 + (n * perCharUs) / 1000;
const PER_RULE_LENGTH = 5_000;
const CATALOGUE_LENGTH = 30_000;

function post(c: WorstCase, account: 'official' | 'personal'): Post {
  return { text: c.text, platform: 'x', account, ...(c.replyTo === undefined ? {} : { replyTo: c.replyTo }) };
}

/** The fastest of up to three runs, stopping at the first within the bound: a busy machine may slow one run, not three. */
function timed(run: () => void, limitMs: number): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best > limitMs; attempt++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('worst-case inputs', () => {
  const perRuleCases = worstCases(PER_RULE_LENGTH);

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s alone stays linear on every crafted input', (_id, rule) => {
    const limit = bound(PER_RULE_LENGTH, 16);
    const slow: string[] = [];
    for (const c of perRuleCases) {
      const settings = resolveSettings(c.settings).settings;
      for (const account of ['official', 'personal'] as const) {
        const p = post(c, account);
        let failures: string[] = [];
        const ms = timed(() => {
          failures = runRulesDetailed([rule], p, { ...settings, account }).failures.map((f) => f.error);
        }, limit);
        expect(failures, `${rule.id} threw on ${c.name}`).toEqual([]);
        if (ms > limit) slow.push(`${c.name} (${account}): ${ms.toFixed(0)} ms for ${c.text.length} characters`);
      }
    }
    expect(slow, `${rule.id} is super-linear (limit ${limit.toFixed(0)} ms)`).toEqual([]);
  }, 120_000);

  it('the whole catalogue stays linear on every crafted input at 30,000 characters', () => {
    const limit = bound(CATALOGUE_LENGTH, 20);
    const slow: string[] = [];
    for (const c of worstCases(CATALOGUE_LENGTH)) {
      const settings = resolveSettings(c.settings).settings;
      let failures: string[] = [];
      const ms = timed(() => {
        failures = runRulesDetailed(RULES, post(c, 'official'), { ...settings, account: 'official' }).failures.map((f) => `${f.rule}: ${f.error}`);
      }, limit);
      expect(failures, `a rule threw on ${c.name}`).toEqual([]);
      if (ms > limit) slow.push(`${c.name}: ${ms.toFixed(0)} ms`);
    }
    expect(slow, `super-linear with every rule on (limit ${limit.toFixed(0)} ms)`).toEqual([]);
  }, 600_000);
});
