// The core's promises: any input in, well-formed findings out, never a throw; settings change the result.

import { describe, expect, it } from 'vitest';
import { check, CATEGORIES, MAX_CHECKED_LENGTH, SEVERITIES } from './index.ts';

const wellFormed = (text: string, findings: ReturnType<typeof check>) => {
  for (const f of findings) {
    expect(CATEGORIES).toContain(f.category);
    expect(SEVERITIES).toContain(f.severity);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.guidance).toMatch(/^G\d+(, G\d+)*$/);
    expect(f.message.length).toBeGreaterThan(0);
  }
  const starts = findings.map((f) => f.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
};

describe('check', () => {
  it('never throws on input that is not a post', () => {
    for (const bad of [null, undefined, 42, 'text', [], {}, { text: 7 }, { text: null }, { text: 'x', settings: 'corrupt' }]) {
      expect(() => check(bad as never)).not.toThrow();
    }
    expect(check({ text: 7 } as never)).toEqual([]);
  });

  it('handles odd Unicode without shifting ranges', () => {
    const odd = [
      '\uD800 lone surrogate then TOP SECRET report',
      '👩🏽‍💻🇬🇧 TOP SECRET report',
      'مرحبا TOP SECRET report שלום',
      'zero\u200Bwidth TOP SECRET report\u200D',
      'TOP\u00A0SECRET',
      '\u0000\u0007 control TOP SECRET report',
    ];
    for (const text of odd) {
      const findings = check({ text });
      wellFormed(text, findings);
      const marking = findings.find((f) => f.rule === 'classification-marking');
      expect(marking, text).toBeDefined();
      expect(text.slice(marking!.start, marking!.end).replace(/\s/u, ' ')).toBe('TOP SECRET');
    }
  });

  it('copes with an enormous post and still reports within its length', () => {
    const text = `${'Lovely weather for the ribbon cutting today. '.repeat(30_000)}TOP SECRET`;
    expect(text.length).toBeGreaterThan(MAX_CHECKED_LENGTH);
    const findings = check({ text, platform: 'x' });
    wellFormed(text, findings);
  });

  it('is deterministic', () => {
    const post = { text: 'OFFICIAL-SENSITIVE: I think this is shit', account: 'official' as const };
    expect(check(post)).toEqual(check(post));
  });

  it('honours switched-off rules, severity overrides and the allow-list', () => {
    const text = 'TOP SECRET briefing notes';
    expect(check({ text }).some((f) => f.rule === 'classification-marking')).toBe(true);
    expect(check({ text, settings: { disabledRules: ['classification-marking'] } }).some((f) => f.rule === 'classification-marking')).toBe(false);
    const downgraded = check({ text, settings: { severity: { 'classification-marking': 'info' } } });
    expect(downgraded.find((f) => f.rule === 'classification-marking')?.severity).toBe('info');
    expect(check({ text, settings: { allowlist: ['top secret'] } }).some((f) => f.rule === 'classification-marking')).toBe(false);
  });

  it('gives one word one card: a rule that yields to a more exact one is dropped where they overlap, and only there', () => {
    const rules = (text: string, settings = {}) => check({ text, account: 'personal', settings }).filter((f) => f.category === 'tone').map((f) => f.rule);
    expect(rules('Honestly you idiots, read the guidance.')).toEqual(['insult']);
    expect(rules('Honestly you idiots, read the guidance.', { disabledRules: ['insult'] })).toEqual(['hostility']);
    expect(rules('Your comment is biased nonsense.')).toEqual(['hostility']);
  });

  it('takes the account type from the post over the settings', () => {
    const text = 'I think the new timetable works well.';
    const opinion = (account?: 'official' | 'personal', settings?: object) =>
      check({ text, account, settings: settings as Record<string, unknown> }).some((f) => f.rule === 'official-personal-opinion');
    expect(opinion('official')).toBe(true);
    expect(opinion('personal', { account: 'official' })).toBe(false);
    expect(opinion(undefined, { account: 'official' })).toBe(true);
  });

  it('ignores bad settings one value at a time', () => {
    const findings = check({ text: 'I think the TOP SECRET report', settings: { account: 'boss', disabledRules: 'nonsense-rule', allowlist: 5 } });
    expect(findings.some((f) => f.rule === 'classification-marking')).toBe(true);
  });
});
