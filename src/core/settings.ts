// The one versioned declaration of Civil Post's settings: the Settings type, defaults, validation (lenient on
// read, strict on write), migrations and the administrator's managed-storage schema are all derived from it.

import { ACCOUNTS, PLATFORMS, SEVERITIES, type Platform, type Severity } from './types.ts';

/** Bump when a stored or exported shape changes, and add the step to MIGRATIONS. */
export const SETTINGS_VERSION = 2;

/**
 * Where the browser keeps a field. storage.sync allows 8,192 bytes an item and 102,400 in all; the
 * two long lists (500 × 100 characters each, up to ~51 KB) would overflow it, so they live in storage.local.
 */
export type StorageArea = 'sync' | 'local';

interface FieldBase {
  area: StorageArea;
}
export interface ChoiceField<T extends string = string> extends FieldBase {
  kind: 'choice';
  choices: readonly T[];
  default: T;
}
export interface TextField extends FieldBase {
  kind: 'text';
  default: string;
  maxLength: number;
}
export interface ListField extends FieldBase {
  kind: 'list';
  default: readonly string[];
  maxItems: number;
  maxLength: number;
}
/** A set of rule ids (validated against the rule registry). */
export interface RuleSetField extends FieldBase {
  kind: 'rules';
  default: readonly string[];
}
/** A map from rule id to a severity (validated against the registry). */
export interface SeverityMapField extends FieldBase {
  kind: 'severities';
  default: Readonly<Record<string, Severity>>;
}
/** A set of sites (platform ids). */
export interface SiteSetField extends FieldBase {
  kind: 'sites';
  default: readonly Platform[];
}
/** An optional range of calendar days, inclusive, as YYYY-MM-DD. */
export interface PeriodField extends FieldBase {
  kind: 'period';
  default: null;
  maxDays: number;
}
/** Salted SHA-256 hashes (hex) of phrases, so a list can be matched without being readable. */
export interface HashesField extends FieldBase {
  kind: 'hashes';
  default: { readonly salt: string; readonly hashes: readonly string[] };
  maxItems: number;
}
export type Field = ChoiceField | TextField | ListField | RuleSetField | SeverityMapField | SiteSetField | PeriodField | HashesField;

export interface DatePeriod {
  start: string;
  end: string;
}
export interface HashedList {
  salt: string;
  hashes: string[];
}

export const SETTINGS_FIELDS = {
  account: { kind: 'choice', area: 'sync', choices: ACCOUNTS, default: 'personal' },
  // "handle or site = official|personal" lines: which signed-in accounts speak for the department.
  profiles: { kind: 'list', area: 'sync', default: [], maxItems: 100, maxLength: 120 },
  department: { kind: 'text', area: 'sync', default: '', maxLength: 200 },
  handles: { kind: 'list', area: 'sync', default: [], maxItems: 50, maxLength: 100 },
  codewords: { kind: 'list', area: 'local', default: [], maxItems: 500, maxLength: 100 },
  codewordHashes: { kind: 'hashes', area: 'local', default: { salt: '', hashes: [] }, maxItems: 2000 },
  allowlist: { kind: 'list', area: 'local', default: [], maxItems: 500, maxLength: 100 },
  disabledSites: { kind: 'sites', area: 'sync', default: [] },
  electionPeriod: { kind: 'period', area: 'sync', default: null, maxDays: 366 },
  disabledRules: { kind: 'rules', area: 'sync', default: [] },
  severity: { kind: 'severities', area: 'sync', default: {} },
} as const satisfies Record<string, Field>;

export type SettingKey = keyof typeof SETTINGS_FIELDS;
export const SETTING_KEYS = Object.keys(SETTINGS_FIELDS) as SettingKey[];

/** The value type each kind of field holds. */
type ValueOf<F> = F extends { kind: 'choice'; choices: readonly (infer T)[] }
  ? T
  : F extends { kind: 'text' }
    ? string
    : F extends { kind: 'list' } | { kind: 'rules' }
      ? string[]
      : F extends { kind: 'severities' }
        ? Record<string, Severity>
        : F extends { kind: 'sites' }
          ? Platform[]
          : F extends { kind: 'period' }
            ? DatePeriod | null
            : F extends { kind: 'hashes' }
              ? HashedList
              : never;

/** Complete, valid settings: derived from SETTINGS_FIELDS, so a new field needs no second declaration. */
export type Settings = { -readonly [K in SettingKey]: ValueOf<(typeof SETTINGS_FIELDS)[K]> };

const field = (key: SettingKey): Field => SETTINGS_FIELDS[key];

export function defaultValue<K extends SettingKey>(key: K): Settings[K] {
  // Defaults are plain JSON; a deep copy keeps callers from editing the declaration itself.
  return JSON.parse(JSON.stringify(field(key).default)) as Settings[K];
}

export function defaultSettings(): Settings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, defaultValue(key)])) as Settings;
}

/** One value that could not be used, and why, in a sentence the user can act on. */
export interface SettingProblem {
  /** The setting, or null for the whole object. */
  field: SettingKey | null;
  reason: string;
}

export interface Validated {
  settings: Settings;
  /** Plain sentences ("department: expected text; kept the default."), for the command line and logs. */
  problems: string[];
  /** The same, by field, so a page can put each under its control and translate the field's name. */
  issues: SettingProblem[];
}

export const describeProblem = (p: SettingProblem): string => (p.field ? `${p.field}: ${p.reason}` : p.reason);

/**
 * Read path: turns anything (stored values, a policy, a CLI line) into complete, valid settings. Bad
 * values are repaired where that is safe (cut, de-duplicated) or fall back to their default one by one,
 * and each is reported; one bad or unreadable value never costs the others.
 */
export function validateSettings(raw: unknown, knownRules?: ReadonlySet<string>): Validated {
  const settings = defaultSettings();
  const issues: SettingProblem[] = [];
  const done = () => ({ settings, issues, problems: issues.map(describeProblem) });
  if (raw === undefined || raw === null) return done();
  let notObject: boolean;
  try {
    notObject = typeof raw !== 'object' || Array.isArray(raw);
  } catch {
    // A revoked proxy throws even on Array.isArray.
    issues.push({ field: null, reason: 'Settings could not be read; the defaults are used.' });
    return done();
  }
  if (notObject) {
    issues.push({ field: null, reason: 'Settings were not an object; the defaults are used.' });
    return done();
  }
  const input = raw as Record<string, unknown>;
  const target = settings as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    let value: unknown;
    try {
      // A hostile or broken object (a throwing getter) costs only this one setting.
      value = input[key];
    } catch {
      issues.push({ field: key, reason: 'could not be read; kept the default.' });
      continue;
    }
    if (value === undefined) continue;
    let result: Checked;
    try {
      result = readField(field(key), value, knownRules);
    } catch {
      // A revoked proxy or a throwing element inside the value: this setting falls back alone.
      result = { ok: false, problem: 'could not be read; kept the default.' };
    }
    if (result.ok) target[key] = result.value;
    if (result.problem) issues.push({ field: key, reason: result.problem });
  }
  return done();
}

type Checked = { ok: true; value: unknown; problem?: string } | { ok: false; problem: string };

function readField(f: Field, value: unknown, knownRules?: ReadonlySet<string>): Checked {
  const strict = checkField(f, f.kind === 'list' || f.kind === 'rules' || f.kind === 'sites' ? (toStringList(value) ?? value) : value, knownRules);
  if (strict.ok) return strict;
  switch (f.kind) {
    case 'text':
      return typeof value === 'string' ? { ok: true, value: value.trim().slice(0, f.maxLength), problem: `cut to ${f.maxLength} characters.` } : fallback(strict);
    case 'list': {
      const items = toStringList(value);
      if (!items) return fallback(strict);
      const clean = [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= f.maxLength))];
      return { ok: true, value: clean.slice(0, f.maxItems), problem: `${strict.problem} Kept the rest.` };
    }
    case 'rules':
    case 'sites': {
      const items = toStringList(value);
      if (!items) return fallback(strict);
      const allowed = (id: string) => (f.kind === 'sites' ? (PLATFORMS as readonly string[]).includes(id) : !knownRules || knownRules.has(id));
      return { ok: true, value: [...new Set(items.filter(allowed))], problem: `${strict.problem} Kept the rest.` };
    }
    case 'severities': {
      if (!isRecord(value)) return fallback(strict);
      const kept = Object.fromEntries(Object.entries(value).filter(([id, sev]) => (!knownRules || knownRules.has(id)) && isSeverity(sev)));
      return { ok: true, value: kept, problem: `${strict.problem} Kept the rest.` };
    }
    case 'hashes': {
      if (!isRecord(value) || typeof value.salt !== 'string' || !isBoundedArray(value.hashes)) return fallback(strict);
      const hashes = [...new Set(value.hashes.filter((h): h is string => typeof h === 'string' && HASH.test(h)).map((h) => h.toLowerCase()))];
      return { ok: true, value: { salt: value.salt, hashes: hashes.slice(0, f.maxItems) }, problem: `${strict.problem} Kept the rest.` };
    }
    default:
      return fallback(strict);
  }
}

const fallback = (strict: { problem: string }): Checked => ({ ok: false, problem: `${strict.problem} Kept the default.` });

const HASH = /^[0-9a-fA-F]{64}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Write path: the one value a person (or an import) is about to save. Nothing is repaired: a bad
 * value is refused with the reason, so what is saved is exactly what is valid. Lists are trimmed and
 * blank lines dropped, because that is what a text box of lines means.
 */
export function checkSettingValue<K extends SettingKey>(key: K, value: unknown, knownRules?: ReadonlySet<string>): { ok: true; value: Settings[K] } | { ok: false; problem: string } {
  if (!(key in SETTINGS_FIELDS)) return { ok: false, problem: `there is no setting called “${String(key)}”.` };
  const result = checkField(field(key), value, knownRules);
  return result.ok ? { ok: true, value: result.value as Settings[K] } : { ok: false, problem: result.problem };
}

function checkField(f: Field, value: unknown, knownRules?: ReadonlySet<string>): { ok: true; value: unknown } | { ok: false; problem: string } {
  const no = (problem: string) => ({ ok: false as const, problem });
  switch (f.kind) {
    case 'choice':
      return typeof value === 'string' && (f.choices as readonly string[]).includes(value) ? { ok: true, value } : no(`expected one of ${f.choices.join(', ')}.`);
    case 'text':
      if (typeof value !== 'string') return no('expected text.');
      return value.trim().length > f.maxLength ? no(`is ${value.trim().length} characters long; the limit is ${f.maxLength}.`) : { ok: true, value: value.trim() };
    case 'list': {
      if (!isStringArray(value)) return no('expected a list of text.');
      const items = value.map((s) => s.trim()).filter((s) => s.length > 0);
      const long = items.find((s) => s.length > f.maxLength);
      if (long) return no(`“${long.slice(0, 30)}…” is ${long.length} characters long; the limit is ${f.maxLength} a line.`);
      const twice = repeatedAt(items.map((s) => s.toLowerCase()));
      if (twice >= 0) return no(`“${items[twice]}” is listed twice.`);
      if (items.length > f.maxItems) return no(`has ${items.length} entries; the limit is ${f.maxItems}.`);
      return { ok: true, value: items };
    }
    case 'rules':
    case 'sites': {
      if (!isStringArray(value)) return no(f.kind === 'rules' ? 'expected a list of rule ids.' : 'expected a list of sites.');
      const allowed = (id: string) => (f.kind === 'sites' ? (PLATFORMS as readonly string[]).includes(id) : !knownRules || knownRules.has(id));
      const unknown = value.filter((id) => !allowed(id));
      if (unknown.length) return no(`unknown ${f.kind === 'rules' ? 'rule' : 'site'} ${listSome(unknown)}.`);
      return { ok: true, value: [...new Set(value)].sort() };
    }
    case 'severities': {
      if (!isRecord(value)) return no('expected a map from rule id to severity.');
      const bad = Object.entries(value).filter(([id, sev]) => (knownRules && !knownRules.has(id)) || !isSeverity(sev));
      if (bad.length) return no(`${listSome(bad.map(([id, sev]) => `${id}: ${JSON.stringify(sev)}`))} is not a known rule with a severity of ${SEVERITIES.join(', ')}.`);
      return { ok: true, value: Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) };
    }
    case 'period': {
      if (value === null) return { ok: true, value: null };
      if (!isRecord(value) || typeof value.start !== 'string' || typeof value.end !== 'string') return no('expected a start and an end date.');
      const start = dayNumber(value.start);
      const end = dayNumber(value.end);
      if (start === undefined || end === undefined) return no('expected dates as YYYY-MM-DD.');
      if (end < start) return no('ends before it starts.');
      if (end - start + 1 > f.maxDays) return no(`is ${end - start + 1} days long; the limit is ${f.maxDays}.`);
      return { ok: true, value: { start: value.start, end: value.end } };
    }
    case 'hashes': {
      if (!isRecord(value) || typeof value.salt !== 'string' || !isStringArray(value.hashes)) return no('expected {"salt": text, "hashes": [hex SHA-256, …]} (see scripts/hash-codewords.mjs).');
      const bad = value.hashes.find((h) => !HASH.test(h));
      if (bad !== undefined) return no(`“${bad.slice(0, 20)}” is not a SHA-256 hash (64 hexadecimal digits).`);
      if (value.hashes.length > 0 && value.salt.length < 8) return no('the salt must be at least 8 characters.');
      if (value.hashes.length > f.maxItems) return no(`has ${value.hashes.length} hashes; the limit is ${f.maxItems}.`);
      return { ok: true, value: { salt: value.salt, hashes: [...new Set(value.hashes.map((h) => h.toLowerCase()))] } };
    }
  }
}

/** Days since 1970-01-01 for a real calendar date written YYYY-MM-DD, else undefined. */
function dayNumber(text: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms / 86_400_000 : undefined;
}

/** Whether `date` (the user's local calendar day) falls inside the pre-election period, if one is set. */
export function inElectionPeriod(settings: Pick<Settings, 'electionPeriod'>, date: Date = new Date()): boolean {
  const period = settings.electionPeriod;
  if (!period) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return today >= period.start && today <= period.end;
}

/** The first few items of a list for a message, so a pasted list of thousands makes one readable line. */
function listSome(items: readonly string[], shown = 5): string {
  const head = items.slice(0, shown).map((s) => (s.length > 60 ? `${s.slice(0, 60)}…` : s)).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
// No setting holds lists anywhere near this long; a longer one (or a proxy lying about its length) is refused
// before anything walks it, because every/filter visit each index, holes included.
const MAX_LIST_READ = 100_000;
const isBoundedArray = (v: unknown): v is unknown[] => Array.isArray(v) && v.length <= MAX_LIST_READ;
const isStringArray = (v: unknown): v is string[] => isBoundedArray(v) && v.every((s) => typeof s === 'string');
const isSeverity = (v: unknown): v is Severity => (SEVERITIES as readonly unknown[]).includes(v);
/** Index of the first item that repeats an earlier one (any case), or -1. */
function repeatedAt(items: readonly string[]): number {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item)) return i;
    seen.add(item);
  }
  return -1;
}

/** Accepts a list, or one string of lines/commas (what an administrator may type into a policy). */
function toStringList(value: unknown): string[] | undefined {
  if (isStringArray(value)) return value;
  if (typeof value === 'string') return value.split(/[\n,]/);
  return undefined;
}

/**
 * Upgrades a settings object saved by an earlier version, one step at a time: MIGRATIONS[n] turns
 * version n-1 into version n. Version 1 is Civil Post 0.1.0 (one storage.sync item, no version number).
 */
export const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  // 0.1.0 accepted a list typed as one string of lines or commas (its CLI settings did): lists are lists from 2 on.
  2: (v1) => {
    const next = { ...v1 };
    for (const key of ['handles', 'codewords', 'allowlist', 'disabledRules'] as const) {
      if (typeof next[key] === 'string') next[key] = (next[key] as string).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
    }
    return next;
  },
};

export function migrateSettings(raw: Record<string, unknown>, fromVersion: number): { settings: Record<string, unknown>; problem?: string } {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return { settings: raw, problem: `unknown settings version ${String(fromVersion)}.` };
  if (fromVersion > SETTINGS_VERSION) {
    return { settings: raw, problem: `saved by a newer Civil Post (settings version ${fromVersion}; this one reads up to ${SETTINGS_VERSION}).` };
  }
  let settings = raw;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) settings = MIGRATIONS[v]?.(settings) ?? settings;
  return { settings };
}

/** JSON Schema for Chrome's `storage.managed_schema` (top level: an object, no additionalProperties). */
export function managedSchema(ruleIds: readonly string[], describe: (key: SettingKey) => { title: string; description: string } = (key) => ({ title: key, description: '' })): object {
  const str = { type: 'string' };
  const properties: Record<string, object> = {};
  for (const key of SETTING_KEYS) {
    const f = field(key);
    const base = describe(key);
    const shapes: Record<Field['kind'], object> = {
      choice: { ...str, enum: f.kind === 'choice' ? [...f.choices] : [] },
      text: str,
      list: { type: 'array', items: str },
      rules: { type: 'array', items: { ...str, enum: [...ruleIds] } },
      severities: { type: 'object', properties: Object.fromEntries(ruleIds.map((id) => [id, { ...str, enum: [...SEVERITIES] }])) },
      sites: { type: 'array', items: { ...str, enum: [...PLATFORMS] } },
      period: { type: 'object', properties: { start: str, end: str } },
      hashes: { type: 'object', properties: { salt: str, hashes: { type: 'array', items: str } } },
    };
    properties[key] = { ...base, ...shapes[f.kind] };
  }
  properties.locked = {
    title: 'Locked settings',
    description: 'Settings the user may not change, besides those this policy sets (for example "account"). "*" locks them all.',
    type: 'array',
    items: str,
  };
  return { type: 'object', properties };
}
