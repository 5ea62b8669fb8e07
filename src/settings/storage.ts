// Reads and writes settings in the browser: the user's in storage.sync and storage.local (laid out by
// layout.ts), the administrator's in storage.managed (which wins and locks). A failed read is reported and
// never written back; a save writes only the items it changes, after checking them and the sync quota.

import browser from 'webextension-polyfill';
import { RULE_IDS } from '../core/rules/index.ts';
import {
  checkSettingValue,
  defaultSettings,
  migrateSettings,
  SETTING_KEYS,
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  validateSettings,
  type SettingKey,
  type SettingProblem,
  type Settings,
  type StorageArea,
} from '../core/settings.ts';
import { decode, encode, itemBytes, itemsOf, LEGACY_KEY, newWrites, settingOfItem, SYNC_QUOTA, totalBytes, VERSION_KEY, type Items, type Writes } from './layout.ts';
import { NO_POLICY, readPolicy, type Policy } from './policy.ts';

export interface LoadedSettings {
  /** What the checker uses: the user's values, with the policy's on top. */
  settings: Settings;
  /** The user's own valid stored values (what an export writes and a save compares against). */
  own: Partial<Settings>;
  /** Settings the administrator has fixed; the options page shows them read-only. */
  locked: ReadonlySet<SettingKey>;
  /** Settings whose value came from the policy. */
  fromPolicy: ReadonlySet<SettingKey>;
  /** Values that were invalid and fell back, by source. */
  issues: Array<SettingProblem & { source: 'stored' | 'policy' }>;
  /** The same as sentences. */
  problems: string[];
  /** Set when stored settings could not be read: defaults (and policy) are in use, and nothing was written. */
  readError?: string;
}

/** A save that was refused; `field` names the setting, so the page can show the reason beside it. */
export class SettingsSaveError extends Error {
  constructor(
    readonly field: SettingKey | null,
    readonly reason: string,
  ) {
    super(field ? `${field}: ${reason}` : reason);
  }
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [stored, managed] = await Promise.all([readStored(), readManaged()]);
  const policy = readPolicy(managed);
  const issues: LoadedSettings['issues'] = policy.issues.map((p) => ({ ...p, source: 'policy' as const }));
  let own: Partial<Settings> = {};
  let readError: string | undefined;
  if ('error' in stored) readError = stored.error;
  else {
    const { raw, problem } = await upgrade(stored.sync, stored.local);
    if (problem) issues.push({ field: null, reason: problem, source: 'stored' });
    const validated = validateSettings(raw, RULE_IDS);
    issues.push(...validated.issues.map((p) => ({ ...p, source: 'stored' as const })));
    own = Object.fromEntries(SETTING_KEYS.filter((k) => raw[k] !== undefined).map((k) => [k, validated.settings[k]])) as Partial<Settings>;
  }
  return { ...combine(own, policy), own, locked: policy.locked, fromPolicy: new Set(Object.keys(policy.values) as SettingKey[]), issues, problems: issues.map((p) => (p.field ? `${p.field}: ${p.reason}` : p.reason)), ...(readError ? { readError } : {}) };
}

/** Defaults, then the user's values for unlocked settings, then the policy's: a locked setting the policy does not set stays at its default. */
function combine(own: Partial<Settings>, policy: Policy): { settings: Settings } {
  const settings = defaultSettings() as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (key in policy.values) settings[key] = policy.values[key];
    else if (!policy.locked.has(key) && own[key] !== undefined) settings[key] = own[key];
  }
  return { settings: settings as Settings };
}

/**
 * Saves the given settings, each checked first (a bad value is refused with its reason, nothing saved).
 * `before` is what the page showed; for rule switches, severities and sites only the entries that differ
 * from it are written. Locked settings are never written. Returns the settings it skipped as locked.
 */
export async function saveSettings(changes: Partial<Settings>, before?: Partial<Settings>): Promise<SettingKey[]> {
  const policy = readPolicy(await readManaged());
  const writes = newWrites();
  const skipped: SettingKey[] = [];
  for (const key of Object.keys(changes) as SettingKey[]) {
    if (!(key in SETTINGS_FIELDS)) throw new SettingsSaveError(null, `there is no setting called “${key}”.`);
    if (policy.locked.has(key)) {
      skipped.push(key);
      continue;
    }
    const checked = checkSettingValue(key, changes[key], RULE_IDS);
    if (!checked.ok) throw new SettingsSaveError(key, checked.problem);
    encode(key, checked.value, before?.[key] ?? (await storedEntries(key)), writes);
  }
  await checkSyncQuota(writes);
  await apply(writes);
  return skipped;
}

/** Puts every unlocked setting back to its default by removing its stored items (the version stays). */
export async function resetSettings(): Promise<SettingKey[]> {
  const policy = readPolicy(await readManaged());
  const stored = await readStored();
  if ('error' in stored) throw new SettingsSaveError(null, `could not read the stored settings, so nothing was reset (${stored.error}).`);
  const keys = SETTING_KEYS.filter((k) => !policy.locked.has(k));
  const items = itemsOf(keys, stored.sync, stored.local);
  await Promise.all([items.sync.length && browser.storage.sync.remove(items.sync), items.local.length && browser.storage.local.remove(items.local)]);
  return keys;
}

/** Calls back whenever a setting changes, so open compose boxes re-check without a reload. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    // storage.local also keeps UI state (where the sidebar is docked), which is not a setting.
    const isSetting = (item: string) => item === VERSION_KEY || item === LEGACY_KEY || settingOfItem(item) !== undefined;
    if (area === 'managed' || ((area === 'sync' || area === 'local') && Object.keys(changes).some(isSetting))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

type Stored = { sync: Items; local: Items } | { error: string };

async function readStored(): Promise<Stored> {
  try {
    const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
    return { sync, local };
  } catch (error) {
    // Never fall back to {} here: the next save would then look like "everything at default".
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    // Firefox rejects ("Managed storage manifest not found") when no policy is installed; Chrome resolves to {}.
    return NO_POLICY.values;
  }
}

/** The stored entries of a per-entry setting (for a save that was not told what the page showed). */
async function storedEntries(key: SettingKey): Promise<unknown> {
  const stored = await readStored();
  if ('error' in stored) throw new SettingsSaveError(key, `could not read what is stored, so nothing was saved (${stored.error}).`);
  return decode(stored.sync, stored.local)[key];
}

/**
 * Version 1 kept one storage.sync item; copy it into today's layout, then remove it. Only reached
 * after a successful read, so a failed read can never turn into a write.
 */
async function upgrade(sync: Items, local: Items): Promise<{ raw: Record<string, unknown>; problem?: string }> {
  const version = typeof sync[VERSION_KEY] === 'number' ? (sync[VERSION_KEY] as number) : sync[LEGACY_KEY] !== undefined ? 1 : SETTINGS_VERSION;
  if (version === 1) {
    const legacy = sync[LEGACY_KEY];
    const old = typeof legacy === 'object' && legacy !== null && !Array.isArray(legacy) ? (legacy as Record<string, unknown>) : {};
    // Settings already saved in the new layout (a save while an earlier move failed) are newer: keep them.
    const { settings: migrated } = migrateSettings(old, 1);
    const current = decode(sync, local);
    const raw = { ...migrated, ...current };
    const valid = validateSettings(raw, RULE_IDS).settings;
    const writes = newWrites();
    for (const key of SETTING_KEYS) if (migrated[key] !== undefined && current[key] === undefined) encode(key, valid[key], undefined, writes);
    writes.set.sync[VERSION_KEY] = SETTINGS_VERSION;
    try {
      await apply(writes);
      await browser.storage.sync.remove(LEGACY_KEY);
    } catch (error) {
      // The old item stays, so the next load tries again; this load still uses the migrated values.
      return { raw, problem: `Your settings from an earlier version could not be moved to the new layout (${(error as Error).message}); they are in use and will be moved next time.` };
    }
    return { raw };
  }
  const raw = decode(sync, local);
  if (version > SETTINGS_VERSION) return { raw, problem: migrateSettings(raw, version).problem ?? '' };
  if (sync[VERSION_KEY] === undefined && Object.keys(raw).length > 0) await browser.storage.sync.set({ [VERSION_KEY]: SETTINGS_VERSION }).catch(() => {});
  return { raw };
}

async function checkSyncQuota(writes: Writes): Promise<void> {
  for (const [item, value] of Object.entries(writes.set.sync)) {
    const bytes = itemBytes(item, value);
    if (bytes > SYNC_QUOTA.perItem) throw new SettingsSaveError(settingOfItem(item) ?? null, tooBig(bytes, SYNC_QUOTA.perItem, 'per setting'));
  }
  if (Object.keys(writes.set.sync).length === 0) return;
  const current = await browser.storage.sync.get(null).catch(() => undefined);
  if (!current) return; // The browser still enforces its quota; its error is translated in apply().
  const after = { ...current, ...writes.set.sync };
  for (const item of writes.remove.sync) delete after[item];
  const bytes = totalBytes(after);
  if (bytes > SYNC_QUOTA.total) throw new SettingsSaveError(Object.keys(writes.set.sync).map(settingOfItem).find(Boolean) ?? null, tooBig(bytes, SYNC_QUOTA.total, 'for all synced settings together'));
}

const tooBig = (bytes: number, limit: number, scope: string) =>
  `is too large to save in the browser’s synced storage (${bytes.toLocaleString('en-GB')} bytes; the limit is ${limit.toLocaleString('en-GB')} ${scope}). Remove some entries.`;

async function apply(writes: Writes): Promise<void> {
  for (const area of ['sync', 'local'] as StorageArea[]) {
    const set = writes.set[area];
    const remove = writes.remove[area];
    try {
      if (Object.keys(set).length) await browser.storage[area].set(set);
      if (remove.length) await browser.storage[area].remove(remove);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const field = Object.keys(set).map(settingOfItem).find(Boolean) ?? null;
      if (/MAX_WRITE_OPERATIONS/i.test(message)) throw new SettingsSaveError(field, `was not saved: the browser allows only so many saves a minute (${message}). Try again in a minute.`);
      if (/quota/i.test(message)) throw new SettingsSaveError(field, `is too large for the browser’s ${area === 'sync' ? 'synced' : 'local'} storage (${message}). Remove some entries.`);
      throw new SettingsSaveError(field, `was not saved: ${message}`);
    }
  }
}
