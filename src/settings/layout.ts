// How settings are laid out in browser storage (pure, no browser API): one item per setting, and one
// item per entry for rule switches, severities and sites, so a save writes only what it changes.

import { SETTING_KEYS, SETTINGS_FIELDS, type SettingKey, type StorageArea } from '../core/settings.ts';

/** The layout version, in storage.sync (the shape of the values is SETTINGS_VERSION's too). */
export const VERSION_KEY = 'settingsVersion';
/** Version 1 (Civil Post 0.1.0) kept everything in this one storage.sync item. */
export const LEGACY_KEY = 'settings';

/** Chrome's documented storage.sync limits (Firefox enforces the same numbers). */
export const SYNC_QUOTA = { perItem: 8_192, total: 102_400, items: 512 } as const;

export type Items = Record<string, unknown>;
export interface Writes {
  set: Record<StorageArea, Items>;
  remove: Record<StorageArea, string[]>;
}

const PER_ENTRY = new Set<string>(['rules', 'severities', 'sites']);
export const isPerEntry = (key: SettingKey): boolean => PER_ENTRY.has(SETTINGS_FIELDS[key].kind);
export const areaOf = (key: SettingKey): StorageArea => SETTINGS_FIELDS[key].area;
const entryKey = (key: SettingKey, entry: string) => `${key}.${entry}`;

/** Which setting a stored item belongs to ("severity.profanity" → severity), or undefined for other items. */
export function settingOfItem(item: string): SettingKey | undefined {
  const key = item.includes('.') ? item.slice(0, item.indexOf('.')) : item;
  return (SETTING_KEYS as string[]).includes(key) && (item === key) !== isPerEntry(key as SettingKey) ? (key as SettingKey) : undefined;
}

/** Rebuilds a raw settings object (to be validated) from the items of both areas; only settings that were stored appear. */
export function decode(sync: Items, local: Items): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [area, items] of [['sync', sync], ['local', local]] as const) {
    for (const [item, value] of Object.entries(items)) {
      const key = settingOfItem(item);
      if (!key || areaOf(key) !== area) continue;
      if (!isPerEntry(key)) {
        raw[key] = value;
        continue;
      }
      const entry = item.slice(key.length + 1);
      if (SETTINGS_FIELDS[key].kind === 'severities') ((raw[key] ??= {}) as Record<string, unknown>)[entry] = value;
      else if (value === true) ((raw[key] ??= []) as string[]).push(entry);
    }
  }
  return raw;
}

const emptyWrites = (): Writes => ({ set: { sync: {}, local: {} }, remove: { sync: [], local: [] } });

/**
 * The items to set and remove so storage holds `value` for `key`. For per-entry settings, `before`
 * (what the page last showed, or what is stored) limits the writes to the entries that changed, so
 * two tabs switching different rules both keep their change.
 */
export function encode(key: SettingKey, value: unknown, before: unknown, into: Writes = emptyWrites()): Writes {
  const area = areaOf(key);
  if (!isPerEntry(key)) {
    into.set[area][key] = value;
    return into;
  }
  if (SETTINGS_FIELDS[key].kind === 'severities') {
    const next = value as Record<string, string>;
    const prev = (before ?? {}) as Record<string, string>;
    for (const [id, sev] of Object.entries(next)) if (prev[id] !== sev) into.set[area][entryKey(key, id)] = sev;
    for (const id of Object.keys(prev)) if (!(id in next)) into.remove[area].push(entryKey(key, id));
  } else {
    const next = new Set(value as string[]);
    const prev = new Set((before ?? []) as string[]);
    for (const id of next) if (!prev.has(id)) into.set[area][entryKey(key, id)] = true;
    for (const id of prev) if (!next.has(id)) into.remove[area].push(entryKey(key, id));
  }
  return into;
}

/** Every stored item of the given settings (for reset), found among the items actually stored. */
export function itemsOf(keys: readonly SettingKey[], sync: Items, local: Items): Record<StorageArea, string[]> {
  const wanted = new Set<string>(keys);
  const pick = (items: Items, area: StorageArea) => Object.keys(items).filter((item) => {
    const key = settingOfItem(item);
    return key !== undefined && wanted.has(key) && areaOf(key) === area;
  });
  return { sync: pick(sync, 'sync'), local: pick(local, 'local') };
}

/** Bytes an item costs in storage.sync, as Chrome counts them: its key plus its value as JSON, in UTF-8. */
export function itemBytes(item: string, value: unknown): number {
  return new TextEncoder().encode(item + JSON.stringify(value)).length;
}

export function totalBytes(items: Items): number {
  return Object.entries(items).reduce((sum, [item, value]) => sum + itemBytes(item, value), 0);
}

export const newWrites = emptyWrites;
