// Settings validation: corrupt values fall back one by one with a plain message; nothing else is lost.

import { describe, expect, it } from 'vitest';
import { defaultSettings, managedSchema, SETTINGS_FIELDS, validateSettings } from './settings.ts';

const rules = new Set(['profanity', 'classification-marking']);

describe('validateSettings', () => {
  it('gives defaults for nothing and for non-objects', () => {
    expect(validateSettings(undefined).settings).toEqual(defaultSettings());
    const corrupt = validateSettings('{"account":');
    expect(corrupt.settings).toEqual(defaultSettings());
    expect(corrupt.problems).toHaveLength(1);
  });

  it('keeps good values and reports each bad one', () => {
    const { settings, problems } = validateSettings(
      { account: 'official', department: 42, codewords: ['NIGHTJAR', 'NIGHTJAR', ''], disabledRules: ['profanity', 'no-such-rule'], severity: { profanity: 'loud' } },
      rules,
    );
    expect(settings.account).toBe('official');
    expect(settings.department).toBe('');
    expect(settings.codewords).toEqual(['NIGHTJAR']);
    expect(settings.disabledRules).toEqual(['profanity']);
    expect(settings.severity).toEqual({});
    expect(problems.join(' ')).toMatch(/Department.*expected text/);
    expect(problems.join(' ')).toMatch(/no-such-rule/);
    expect(problems.join(' ')).toMatch(/profanity/);
  });

  it('accepts lists typed as one string (as a policy or text box gives them)', () => {
    expect(validateSettings({ codewords: 'KESTREL, Nightjar\nOSPREY' }).settings.codewords).toEqual(['KESTREL', 'Nightjar', 'OSPREY']);
  });

  it('cuts over-long values instead of dropping them', () => {
    const { settings, problems } = validateSettings({ department: 'D'.repeat(500) });
    expect(settings.department).toHaveLength(200);
    expect(problems).toHaveLength(1);
  });
});

describe('managedSchema', () => {
  it('describes every setting for Chrome policy, with no top-level additionalProperties', () => {
    const schema = managedSchema([...rules]) as { type: string; properties: Record<string, { type: string }>; additionalProperties?: unknown };
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    for (const key of Object.keys(SETTINGS_FIELDS)) expect(schema.properties[key]).toBeDefined();
    expect(schema.properties.locked?.type).toBe('array');
  });
});
