// Table-driven tests for one rule: posts that must trigger it (with the exact words) and posts that must not.

import { describe, expect, it } from 'vitest';
import { runRulesDetailed } from '../engine.ts';
import type { Rule } from '../rule.ts';
import { validateSettings } from '../settings.ts';
import type { Account, Platform, Severity } from '../types.ts';

export interface Case {
  text: string;
  account?: Account;
  platform?: Platform;
  replyTo?: string;
  settings?: Record<string, unknown>;
  /** Why this case is here (shown in the test name). */
  why?: string;
}

export interface InvalidCase extends Case {
  /**
   * The words the rule must flag, in order; each is found in `text` (the n-th occurrence with
   * `"word#2"`), so the test asserts the exact range without hand-counted offsets.
   */
  flags: string[];
  severity?: Severity;
  /** The message id every flagged finding must carry (rules that declare `messages`). */
  messageId?: string;
}

const MIN_CASES = 5;

export function testRule(rule: Rule, table: { valid: Array<string | Case>; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has at least five cases each way and no duplicates', () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(MIN_CASES);
      expect(table.invalid.length).toBeGreaterThanOrEqual(MIN_CASES);
      const keys = [...table.valid, ...table.invalid].map((c) => JSON.stringify(typeof c === 'string' ? { text: c } : c));
      expect(new Set(keys).size).toBe(keys.length);
    });

    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(`stays quiet: ${label(c)}`, () => {
        expect(findingsOf(rule, c)).toEqual([]);
      });
    }

    for (const c of table.invalid) {
      it(`flags ${c.flags.map((f) => JSON.stringify(f)).join(', ')}: ${label(c)}`, () => {
        expect(c.flags.length).toBeGreaterThan(0);
        const findings = findingsOf(rule, c);
        const expected = c.flags.map((flag) => locate(c.text, flag));
        expect(findings.map((f) => [f.start, f.end, c.text.slice(f.start, f.end)])).toEqual(
          expected.map(([s, e]) => [s, e, c.text.slice(s, e)]),
        );
        for (const f of findings) {
          expect(f.rule).toBe(rule.id);
          expect(f.category).toBe(rule.category);
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.guidance).toBe(rule.guidance.join(', '));
          if (c.severity) expect(f.severity).toBe(c.severity);
          if (c.messageId) expect(f.messageId).toBe(c.messageId);
          if (rule.messages) expect(Object.keys(rule.messages)).toContain(f.messageId);
        }
      });
    }
  });
}

/** The rule's findings for one case; a rule that throws fails the test instead of passing as silent. */
function findingsOf(rule: Rule, c: Case) {
  const { settings } = validateSettings(c.settings);
  const { findings, failures } = runRulesDetailed([rule], { text: c.text, account: c.account, platform: c.platform, replyTo: c.replyTo }, settings);
  expect(failures).toEqual([]);
  return findings;
}

function locate(text: string, flag: string): [number, number] {
  const [needle, nth] = flag.split(/#(?=\d+$)/) as [string, string?];
  let at = -1;
  for (let n = Number(nth ?? 1); n > 0; n--) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" does not occur ${nth ?? 1} time(s) in the case text`);
  }
  return [at, at + needle.length];
}

function label(c: Case): string {
  const ctx = [c.account, c.platform, c.replyTo ? 'reply' : ''].filter(Boolean).join(' ');
  const text = c.text.length > 60 ? `${c.text.slice(0, 57)}...` : c.text;
  return `${JSON.stringify(text)}${ctx ? ` (${ctx})` : ''}${c.why ? ` - ${c.why}` : ''}`;
}
