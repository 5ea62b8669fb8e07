// Settings storage over an in-memory browser (@webext-core/fake-browser): layout, migration, quotas, failed reads, concurrent saves and policy.

import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hashCodeword } from '../core/text/hashed-codewords.ts';
import { check } from '../core/index.ts';
import { defaultSettings } from '../core/settings.ts';
import { LEGACY_KEY, SYNC_QUOTA, VERSION_KEY } from './layout.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { loadSettings, resetSettings, saveSettings, SettingsSaveError } = await import('./storage.ts');

const sync = fakeBrowser.storage.sync;
const local = fakeBrowser.storage.local;
const managed = fakeBrowser.storage.managed;
const policy = (values: Record<string, unknown>) => managed.set(values);
const saveError = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SettingsSaveError);
  return error as InstanceType<typeof SettingsSaveError>;
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('loading', () => {
  it('gives the defaults, and writes nothing, when nothing is stored', async () => {
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problems).toEqual([]);
    expect(await sync.get(null)).toEqual({});
    expect(await local.get(null)).toEqual({});
  });

  it('migrates version 1 (one storage.sync item) into one item per setting, and drops the old item', async () => {
    await sync.set({ [LEGACY_KEY]: { account: 'official', department: 'DfT', codewords: 'KESTREL, Osprey', disabledRules: ['profanity'], severity: { 'classification-marking': 'warning' } } });
    const loaded = await loadSettings();
    expect(loaded.settings).toMatchObject({ account: 'official', department: 'DfT', codewords: ['KESTREL', 'Osprey'], disabledRules: ['profanity'], severity: { 'classification-marking': 'warning' } });
    expect(await sync.get(null)).toEqual({
      [VERSION_KEY]: 2, account: 'official', department: 'DfT', 'disabledRules.profanity': true, 'severity.classification-marking': 'warning',
    });
    expect(await local.get(null)).toEqual({ codewords: ['KESTREL', 'Osprey'] });
    expect(await loadSettings()).toMatchObject({ settings: loaded.settings, problems: [] });
  });

  it('keeps the version 1 item, and still uses its values, when moving it fails', async () => {
    await sync.set({ [LEGACY_KEY]: { department: 'DfT' } });
    vi.spyOn(sync, 'set').mockRejectedValueOnce(new Error('disk full'));
    const loaded = await loadSettings();
    expect(loaded.settings.department).toBe('DfT');
    expect(loaded.problems.join(' ')).toMatch(/could not be moved.*disk full/);
    expect((await sync.get(null))[LEGACY_KEY]).toEqual({ department: 'DfT' });
  });

  it('reports invalid stored values one by one and keeps the rest', async () => {
    await sync.set({ account: 'official', department: 7, 'severity.profanity': 'loud', 'severity.classification-marking': 'info' });
    const loaded = await loadSettings();
    expect(loaded.settings).toMatchObject({ account: 'official', department: '', severity: { 'classification-marking': 'info' } });
    expect(loaded.issues.map((i) => [i.field, i.source])).toEqual([['department', 'stored'], ['severity', 'stored']]);
  });
});

describe('a failed read', () => {
  it('is reported, gives defaults for checking, and a later save loses nothing', async () => {
    await sync.set({ [VERSION_KEY]: 2, account: 'official', department: 'DfT', 'disabledRules.profanity': true });
    await local.set({ codewords: ['KESTREL'] });
    vi.spyOn(sync, 'get').mockRejectedValueOnce(new Error('IO error: sync backend unavailable'));
    const loaded = await loadSettings();
    expect(loaded.readError).toMatch(/sync backend unavailable/);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(await sync.get(null)).toMatchObject({ account: 'official', department: 'DfT' });

    await saveSettings({ handles: ['@transportgovuk'] }, loaded.own);
    const after = await loadSettings();
    expect(after.readError).toBeUndefined();
    expect(after.settings).toMatchObject({ account: 'official', department: 'DfT', handles: ['@transportgovuk'], codewords: ['KESTREL'], disabledRules: ['profanity'] });
  });

  it('refuses a reset rather than guessing what to remove', async () => {
    await sync.set({ department: 'DfT' });
    vi.spyOn(sync, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect((await saveError(resetSettings())).message).toMatch(/nothing was reset/);
    expect(await sync.get(null)).toEqual({ department: 'DfT' });
  });
});

describe('saving', () => {
  it('writes only the items it changes, in the area the declaration names', async () => {
    await sync.set({ department: 'DfT', account: 'official' });
    await saveSettings({ codewords: ['KESTREL', ' Osprey ', ''] });
    expect(await local.get(null)).toEqual({ codewords: ['KESTREL', 'Osprey'] });
    expect(await sync.get(null)).toEqual({ department: 'DfT', account: 'official' });
  });

  it('refuses a bad value with the field and the reason, and saves nothing of that call', async () => {
    const error = await saveError(saveSettings({ department: 'Home Office', codewords: ['KESTREL', 'kestrel'] }));
    expect(error.field).toBe('codewords');
    expect(error.reason).toBe('“kestrel” is listed twice.');
    expect(await sync.get(null)).toEqual({});
    expect(await local.get(null)).toEqual({});
  });

  it('two tabs saving at once both land: different settings, and different rules of one setting', async () => {
    const tabA = await loadSettings();
    const tabB = await loadSettings();
    await Promise.all([
      saveSettings({ department: 'DfT' }, tabA.own),
      saveSettings({ handles: ['@transportgovuk'] }, tabB.own),
      saveSettings({ disabledRules: ['profanity'] }, tabA.settings),
      saveSettings({ disabledRules: ['classification-marking'] }, tabB.settings),
      saveSettings({ severity: { codeword: 'warning' } }, tabA.settings),
      saveSettings({ severity: { 'bank-details': 'info' } }, tabB.settings),
    ]);
    const { settings } = await loadSettings();
    expect(settings).toMatchObject({
      department: 'DfT', handles: ['@transportgovuk'], disabledRules: ['classification-marking', 'profanity'], severity: { codeword: 'warning', 'bank-details': 'info' },
    });
  });

  it('switching a rule back on removes only its own item', async () => {
    await saveSettings({ disabledRules: ['profanity', 'codeword'] }, { disabledRules: [] });
    await saveSettings({ disabledRules: ['codeword'] }, { disabledRules: ['profanity', 'codeword'] });
    expect(await sync.get(null)).toEqual({ 'disabledRules.codeword': true });
  });

  it('names the field when a list would break the sync quota for one item', async () => {
    // 50 handles of 100 three-byte characters: 14,978 bytes as UTF-8, over sync's 8,192 bytes an item.
    const handles = Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(100, '€'));
    const error = await saveError(saveSettings({ handles }));
    expect(error.field).toBe('handles');
    expect(error.reason).toMatch(/too large.*synced storage \(14,978 bytes; the limit is 8,192 per setting\)/);
    expect(await sync.get(null)).toEqual({});
  });

  it('names the field when the synced settings together would pass the total quota', async () => {
    const filler = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`other-${i}`, 'x'.repeat(8_000)]));
    await sync.set(filler);
    const error = await saveError(saveSettings({ handles: Array.from({ length: 50 }, (_, i) => `@h${i}`.padEnd(90, 'x')) }));
    expect(error.field).toBe('handles');
    expect(error.reason).toMatch(new RegExp(`limit is ${SYNC_QUOTA.total.toLocaleString('en-GB')} for all synced settings together`));
  });

  it('translates the browser’s own quota errors into a message naming the field', async () => {
    vi.spyOn(sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const quota = await saveError(saveSettings({ department: 'DfT' }));
    expect(quota.field).toBe('department');
    expect(quota.reason).toMatch(/too large for the browser’s synced storage \(QUOTA_BYTES quota exceeded\)/);
    vi.spyOn(sync, 'set').mockRejectedValueOnce(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    expect((await saveError(saveSettings({ department: 'DfT' }))).reason).toMatch(/only so many saves a minute/);
  });

  it('reset removes every unlocked setting and keeps the locked ones', async () => {
    await policy({ account: 'official' });
    await sync.set({ [VERSION_KEY]: 2, account: 'personal', department: 'DfT', 'disabledRules.profanity': true });
    await local.set({ codewords: ['KESTREL'], unrelated: 1 });
    await resetSettings();
    expect(await sync.get(null)).toEqual({ [VERSION_KEY]: 2, account: 'personal' });
    expect(await local.get(null)).toEqual({ unrelated: 1 });
  });
});

describe('policy (storage.managed)', () => {
  it('Firefox rejecting storage.managed when no policy exists means “no policy”, not an error', async () => {
    vi.spyOn(managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await sync.set({ department: 'DfT' });
    const loaded = await loadSettings();
    expect(loaded.settings.department).toBe('DfT');
    expect(loaded.locked.size).toBe(0);
    expect(loaded.problems).toEqual([]);
    await saveSettings({ account: 'official' });
    expect((await loadSettings()).settings.account).toBe('official');
  });

  it('policy values win over the user’s and lock those settings', async () => {
    await sync.set({ account: 'personal', department: 'Home Office' });
    await policy({ account: 'official', department: 'Department for Transport' });
    const loaded = await loadSettings();
    expect(loaded.settings).toMatchObject({ account: 'official', department: 'Department for Transport' });
    expect([...loaded.locked].sort()).toEqual(['account', 'department']);
    expect(loaded.own).toMatchObject({ account: 'personal', department: 'Home Office' });
  });

  it('"locked": ["*"] locks every setting, unset ones at their default', async () => {
    await sync.set({ handles: ['@mine'] });
    await policy({ account: 'official', locked: ['*'] });
    const loaded = await loadSettings();
    expect(loaded.locked.size).toBe(Object.keys(defaultSettings()).length);
    expect(loaded.settings).toEqual({ ...defaultSettings(), account: 'official' });
  });

  it('locked settings are never written, even when asked to; the others still are', async () => {
    await policy({ codewords: ['KESTREL'], locked: ['department'] });
    const skipped = await saveSettings({ codewords: [], department: 'Home Office', handles: ['@ho'] });
    expect(skipped.sort()).toEqual(['codewords', 'department']);
    expect(await sync.get(null)).toEqual({ handles: ['@ho'] });
    expect(await local.get(null)).toEqual({});
    await sync.set({ department: 'written behind our back' });
    expect((await loadSettings()).settings.department).toBe('');
  });

  it('an invalid policy value falls back, stays locked, and is reported as the policy’s', async () => {
    await policy({ account: 'team', department: 'DfT', locked: ['nonsense'] });
    const loaded = await loadSettings();
    expect(loaded.settings).toMatchObject({ account: 'personal', department: 'DfT' });
    expect(loaded.locked.has('account')).toBe(true);
    expect(loaded.issues.filter((i) => i.source === 'policy').map((i) => i.reason)).toEqual([
      'expected one of official, personal. Kept the default.', 'locked: there is no setting called "nonsense".',
    ]);
  });

  it('hashed codewords from a policy are caught by the checker, with no plain list anywhere', async () => {
    const salt = 'ho-2026-salt';
    await policy({ codewordHashes: { salt, hashes: [hashCodeword('Operation Tidewater', salt)] } });
    const { settings } = await loadSettings();
    expect(settings.codewords).toEqual([]);
    expect(JSON.stringify(settings)).not.toMatch(/tidewater/i);
    const findings = check({ text: 'Proud of the operation tidewater team', settings }).filter((f) => f.rule === 'codeword');
    expect(findings.map((f) => [f.start, f.end])).toEqual([[13, 32]]);
  });
});
