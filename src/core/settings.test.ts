// The settings declaration: defaults, lenient reads (one bad value falls back alone), strict writes (refused with the reason), migrations.

import { describe, expect, it } from 'vitest';
import {
  checkSettingValue,
  defaultSettings,
  inElectionPeriod,
  managedSchema,
  MIGRATIONS,
  migrateSettings,
  SETTING_KEYS,
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  validateSettings,
  type Settings,
} from './settings.ts';

const rules = new Set(['profanity', 'classification-marking']);
const HASH = 'a'.repeat(64);

describe('defaults', () => {
  it('gives every declared setting its default, and a fresh copy each time', () => {
    const d = defaultSettings();
    expect(Object.keys(d).sort()).toEqual([...SETTING_KEYS].sort());
    expect(d).toEqual({
      account: 'personal', profiles: [], department: '', handles: [], codewords: [], codewordHashes: { salt: '', hashes: [] }, allowlist: [],
      disabledSites: [], electionPeriod: null, disabledRules: [], severity: {},
    } satisfies Settings);
    d.handles.push('@DfT');
    expect(defaultSettings().handles).toEqual([]);
  });

  it('puts the two long lists in storage.local, everything else in storage.sync', () => {
    const local = SETTING_KEYS.filter((k) => SETTINGS_FIELDS[k].area === 'local');
    expect(local.sort()).toEqual(['allowlist', 'codewordHashes', 'codewords']);
  });
});

describe('validateSettings (read: repair or fall back, one value at a time)', () => {
  it('gives defaults for nothing and for non-objects', () => {
    expect(validateSettings(undefined).settings).toEqual(defaultSettings());
    const corrupt = validateSettings('{"account":');
    expect(corrupt.settings).toEqual(defaultSettings());
    expect(corrupt.problems).toEqual(['Settings were not an object; the defaults are used.']);
  });

  it('keeps good values and reports each bad one against its field', () => {
    const { settings, issues } = validateSettings(
      { account: 'official', department: 42, codewords: ['NIGHTJAR', 'NIGHTJAR', ''], disabledRules: ['profanity', 'no-such-rule'], severity: { profanity: 'loud' }, electionPeriod: { start: '2026-05-01', end: '2026-04-01' } },
      rules,
    );
    expect(settings.account).toBe('official');
    expect(settings.department).toBe('');
    expect(settings.codewords).toEqual(['NIGHTJAR']);
    expect(settings.disabledRules).toEqual(['profanity']);
    expect(settings.severity).toEqual({});
    expect(settings.electionPeriod).toBeNull();
    expect(issues.map((i) => i.field)).toEqual(['department', 'codewords', 'electionPeriod', 'disabledRules', 'severity']);
    expect(issues.find((i) => i.field === 'codewords')?.reason).toMatch(/NIGHTJAR.*listed twice/);
    expect(issues.find((i) => i.field === 'disabledRules')?.reason).toMatch(/no-such-rule/);
    expect(issues.find((i) => i.field === 'electionPeriod')?.reason).toMatch(/ends before it starts/);
  });

  it('a throwing getter costs only its own setting', () => {
    const hostile = { account: 'official', get department(): string { throw new Error('boom'); } };
    const { settings, issues } = validateSettings(hostile);
    expect(settings.account).toBe('official');
    expect(settings.department).toBe('');
    expect(issues).toEqual([{ field: 'department', reason: 'could not be read; kept the default.' }]);
  });

  it('accepts lists typed as one string (as a policy gives them)', () => {
    expect(validateSettings({ codewords: 'KESTREL, Nightjar\nOSPREY' }).settings.codewords).toEqual(['KESTREL', 'Nightjar', 'OSPREY']);
  });

  it('cuts over-long text instead of dropping it', () => {
    const { settings, problems } = validateSettings({ department: 'D'.repeat(500) });
    expect(settings.department).toHaveLength(200);
    expect(problems).toEqual(['department: cut to 200 characters.']);
  });
});

describe('checkSettingValue (write: refuse with the reason, never repair)', () => {
  const refused = (key: keyof Settings, value: unknown) => {
    const r = checkSettingValue(key, value, rules);
    if (r.ok) throw new Error(`${key} accepted ${JSON.stringify(value)}`);
    return r.problem;
  };

  it('refuses each kind of bad value, naming what is wrong', () => {
    expect(refused('account', 'team')).toBe('expected one of official, personal.');
    expect(refused('department', 'D'.repeat(201))).toBe('is 201 characters long; the limit is 200.');
    expect(refused('codewords', ['KESTREL', 'kestrel'])).toBe('“kestrel” is listed twice.');
    expect(refused('codewords', ['K'.repeat(101)])).toMatch(/is 101 characters long; the limit is 100 a line/);
    expect(refused('handles', Array.from({ length: 51 }, (_, i) => `@h${i}`))).toBe('has 51 entries; the limit is 50.');
    expect(refused('handles', 'one,two')).toBe('expected a list of text.');
    expect(refused('disabledRules', ['profanity', 'nope'])).toBe('unknown rule nope.');
    expect(refused('severity', { profanity: 'loud' })).toMatch(/profanity: "loud" is not a known rule/);
    expect(refused('disabledSites', ['myspace'])).toBe('unknown site myspace.');
    expect(refused('electionPeriod', { start: '2026-02-30', end: '2026-03-01' })).toBe('expected dates as YYYY-MM-DD.');
    expect(refused('electionPeriod', { start: '2026-01-01', end: '2027-06-01' })).toBe('is 517 days long; the limit is 366.');
    expect(refused('codewordHashes', { salt: 'pepper-salt', hashes: ['KESTREL'] })).toMatch(/not a SHA-256 hash/);
    expect(refused('codewordHashes', { salt: 'short', hashes: [HASH] })).toBe('the salt must be at least 8 characters.');
  });

  it('accepts good values, trimming list lines and dropping blank ones', () => {
    expect(checkSettingValue('codewords', [' KESTREL ', '', 'Osprey'])).toEqual({ ok: true, value: ['KESTREL', 'Osprey'] });
    expect(checkSettingValue('electionPeriod', { start: '2026-04-01', end: '2026-05-07' })).toEqual({ ok: true, value: { start: '2026-04-01', end: '2026-05-07' } });
    expect(checkSettingValue('electionPeriod', null)).toEqual({ ok: true, value: null });
    expect(checkSettingValue('severity', { profanity: 'info' }, rules)).toEqual({ ok: true, value: { profanity: 'info' } });
  });
});

describe('migrations', () => {
  it('has a step to every version after 1', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `migration to ${v}`).toBeTypeOf('function');
  });

  it('1 → 2: lists typed as one string become lists; everything else is kept', () => {
    const v1 = { account: 'official', codewords: 'KESTREL, Osprey\nNIGHTJAR', disabledRules: 'profanity', handles: ['@DfT'] };
    const { settings, problem } = migrateSettings(v1, 1);
    expect(problem).toBeUndefined();
    expect(settings).toEqual({ account: 'official', codewords: ['KESTREL', 'Osprey', 'NIGHTJAR'], disabledRules: ['profanity'], handles: ['@DfT'] });
  });

  it('says so, and changes nothing, for settings from a newer version', () => {
    const raw = { account: 'official' };
    const { settings, problem } = migrateSettings(raw, SETTINGS_VERSION + 1);
    expect(settings).toBe(raw);
    expect(problem).toMatch(/newer Civil Post/);
  });
});

describe('inElectionPeriod', () => {
  const period = { start: '2026-04-01', end: '2026-05-07' };
  it('is true on the first and last day and false outside or with no period', () => {
    expect(inElectionPeriod({ electionPeriod: period }, new Date(2026, 3, 1, 0, 5))).toBe(true);
    expect(inElectionPeriod({ electionPeriod: period }, new Date(2026, 4, 7, 23, 55))).toBe(true);
    expect(inElectionPeriod({ electionPeriod: period }, new Date(2026, 4, 8))).toBe(false);
    expect(inElectionPeriod({ electionPeriod: null }, new Date(2026, 3, 10))).toBe(false);
  });
});

describe('managedSchema', () => {
  it('describes every setting for Chrome policy, with no top-level additionalProperties', () => {
    const schema = managedSchema([...rules]) as { type: string; properties: Record<string, { type: string; properties?: object }>; additionalProperties?: unknown };
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    for (const key of SETTING_KEYS) expect(schema.properties[key]?.type, key).toMatch(/^(string|array|object)$/);
    expect(schema.properties.codewordHashes?.properties).toEqual({ salt: { type: 'string' }, hashes: { type: 'array', items: { type: 'string' } } });
    expect(schema.properties.locked?.type).toBe('array');
  });
});
