// Reads and writes settings in the browser: user choices in storage.sync, the administrator's locked
// values in storage.managed (which always win), both validated against the one schema in core.

import browser from 'webextension-polyfill';
import { resolveSettings, type Settings } from '../core/index.ts';
import { SETTINGS_FIELDS, type SettingKey } from '../core/settings.ts';

const SYNC_KEY = 'settings';
const KEYS = Object.keys(SETTINGS_FIELDS) as SettingKey[];

export interface LoadedSettings {
  settings: Settings;
  /** Settings the administrator has fixed; the options page shows them read-only. */
  locked: ReadonlySet<SettingKey>;
  /** Plain sentences about values that were invalid and fell back to defaults. */
  problems: string[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [stored, managed] = await Promise.all([readSync(), readManaged()]);
  const policy = managedValues(managed);
  const { settings, problems } = resolveSettings({ ...stored, ...policy.values });
  return { settings, locked: policy.locked, problems };
}

/** Saves the user's own choices; keys the administrator has locked are never written. */
export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  const [current, managed] = await Promise.all([readSync(), readManaged()]);
  const { locked } = managedValues(managed);
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (!locked.has(key as SettingKey)) next[key] = value;
  }
  await browser.storage.sync.set({ [SYNC_KEY]: next });
}

/** Calls back whenever either store changes, so open compose boxes re-check without a reload. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function readSync(): Promise<Record<string, unknown>> {
  try {
    const got = await browser.storage.sync.get(SYNC_KEY);
    const value = got[SYNC_KEY];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // Firefox rejects when no policy is installed; Chrome resolves to {}. Both mean "no policy".
    return {};
  }
}

/** Policy values, and which keys they lock: every key the policy sets, or those listed in `locked`. */
function managedValues(managed: Record<string, unknown>): { values: Record<string, unknown>; locked: Set<SettingKey> } {
  const values: Record<string, unknown> = {};
  for (const key of KEYS) if (key in managed) values[key] = managed[key];
  const listed = Array.isArray(managed.locked) ? managed.locked.filter((k): k is string => typeof k === 'string') : [];
  const locked = new Set<SettingKey>(listed.includes('*') ? KEYS : (Object.keys(values) as SettingKey[]));
  for (const key of listed) if ((KEYS as string[]).includes(key)) locked.add(key as SettingKey);
  return { values, locked };
}
