// The one declaration of Civil Post's settings: defaults, validation, the options page and the
// administrator's managed-storage schema are all derived from SETTINGS_FIELDS below.

import { ACCOUNTS, SEVERITIES, type Account, type Severity } from './types.ts';

interface FieldBase {
  label: string;
  help: string;
}
export interface ChoiceField<T extends string> extends FieldBase {
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
export type Field = ChoiceField<string> | TextField | ListField | RuleSetField | SeverityMapField;

export const SETTINGS_FIELDS = {
  account: {
    kind: 'choice',
    label: 'Account type',
    help: 'An official account speaks for the department; a personal account is your own, where the Civil Service Code still applies.',
    choices: ACCOUNTS,
    default: 'personal' as Account,
  },
  profiles: {
    kind: 'list',
    label: 'Account profiles',
    help: 'Which accounts are official, one per line as "handle or site = official" or "= personal" (for example "@DfTgov = official" or "linkedin.com = personal"). A handle wins over a site; anything unlisted uses the account type above.',
    default: [],
    maxItems: 100,
    maxLength: 120,
  },
  department: {
    kind: 'text',
    label: 'Department or agency',
    help: 'Your employer’s full name, so Civil Post can notice when you discuss its work.',
    default: '',
    maxLength: 200,
  },
  handles: {
    kind: 'list',
    label: 'Department handles and short names',
    help: 'Your department’s accounts and abbreviations, one per line (for example @DfE or DfE).',
    default: [],
    maxItems: 50,
    maxLength: 100,
  },
  codewords: {
    kind: 'list',
    label: 'Internal codewords',
    help: 'Project and operation names that must never appear in a post, one per line. Matched as whole words, any case, and as hashtags.',
    default: [],
    maxItems: 500,
    maxLength: 100,
  },
  allowlist: {
    kind: 'list',
    label: 'Never flag these terms',
    help: 'Words or phrases that Civil Post should never warn about, one per line.',
    default: [],
    maxItems: 500,
    maxLength: 100,
  },
  disabledRules: {
    kind: 'rules',
    label: 'Rules switched off',
    help: 'Rules that will not run.',
    default: [],
  },
  severity: {
    kind: 'severities',
    label: 'Severity overrides',
    help: 'Raise or lower a rule’s severity.',
    default: {},
  },
} as const satisfies Record<string, Field>;

export type SettingKey = keyof typeof SETTINGS_FIELDS;

export interface Settings {
  account: Account;
  profiles: string[];
  department: string;
  handles: string[];
  codewords: string[];
  allowlist: string[];
  disabledRules: string[];
  severity: Record<string, Severity>;
}

export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(SETTINGS_FIELDS) as [SettingKey, Field][]) {
    const d = field.default;
    out[key] = Array.isArray(d) ? [...d] : typeof d === 'object' ? { ...d } : d;
  }
  return out as unknown as Settings;
}

export interface Validated {
  settings: Settings;
  /** One plain sentence per value that was dropped, so the user can be told and nothing else is lost. */
  problems: string[];
}

/**
 * Turns anything (stored JSON, a policy, a CLI line) into complete, valid settings.
 * Bad values fall back to their default one by one, never all at once, and each is reported.
 */
export function validateSettings(raw: unknown, knownRules?: ReadonlySet<string>): Validated {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: ['Settings were not an object; the defaults are used.'] };
  }
  const input = raw as Record<string, unknown>;
  const target = settings as unknown as Record<string, unknown>;
  for (const [key, field] of Object.entries(SETTINGS_FIELDS) as [SettingKey, Field][]) {
    if (!(key in input) || input[key] === undefined) continue;
    const value = input[key];
    const result = validateField(field, value, knownRules);
    if (result.ok) target[key] = result.value;
    if (result.problem) problems.push(`${field.label}: ${result.problem}`);
  }
  return { settings, problems };
}

type FieldResult = { ok: true; value: unknown; problem?: string } | { ok: false; problem: string };

function validateField(field: Field, value: unknown, knownRules?: ReadonlySet<string>): FieldResult {
  switch (field.kind) {
    case 'choice':
      return typeof value === 'string' && (field.choices as readonly string[]).includes(value)
        ? { ok: true, value }
        : { ok: false, problem: `expected one of ${field.choices.join(', ')}; kept the default.` };
    case 'text':
      if (typeof value !== 'string') return { ok: false, problem: 'expected text; kept the default.' };
      return value.length > field.maxLength
        ? { ok: true, value: value.slice(0, field.maxLength), problem: `cut to ${field.maxLength} characters.` }
        : { ok: true, value: value.trim() };
    case 'list': {
      const items = toStringList(value);
      if (!items) return { ok: false, problem: 'expected a list of text; kept the default.' };
      const clean = [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= field.maxLength))];
      const dropped = items.filter((s) => s.trim().length > 0).length - clean.length;
      const kept = clean.slice(0, field.maxItems);
      const problem =
        clean.length > field.maxItems
          ? `only the first ${field.maxItems} entries are used.`
          : dropped > 0
            ? `${dropped} duplicate or over-long ${dropped === 1 ? 'entry was' : 'entries were'} ignored.`
            : undefined;
      return problem ? { ok: true, value: kept, problem } : { ok: true, value: kept };
    }
    case 'rules': {
      const items = toStringList(value);
      if (!items) return { ok: false, problem: 'expected a list of rule ids; kept the default.' };
      const unknown = knownRules ? items.filter((id) => !knownRules.has(id)) : [];
      const kept = [...new Set(items.filter((id) => !unknown.includes(id)))];
      return unknown.length
        ? { ok: true, value: kept, problem: `unknown rule ${unknown.join(', ')} ignored.` }
        : { ok: true, value: kept };
    }
    case 'severities': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { ok: false, problem: 'expected a map from rule id to severity; kept the default.' };
      }
      const kept: Record<string, Severity> = {};
      const bad: string[] = [];
      for (const [id, sev] of Object.entries(value)) {
        if ((knownRules && !knownRules.has(id)) || !(SEVERITIES as readonly unknown[]).includes(sev)) bad.push(id);
        else kept[id] = sev as Severity;
      }
      return bad.length ? { ok: true, value: kept, problem: `ignored ${bad.join(', ')}.` } : { ok: true, value: kept };
    }
  }
}

/** Accepts a list, or one string of lines/commas (what a person types into a text box or a policy). */
function toStringList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  if (typeof value === 'string') return value.split(/[\n,]/);
  return undefined;
}

/** JSON Schema for Chrome's `storage.managed_schema`, derived from the fields (no additionalProperties at top level). */
export function managedSchema(ruleIds: readonly string[]): object {
  const properties: Record<string, object> = {};
  for (const [key, field] of Object.entries(SETTINGS_FIELDS) as [SettingKey, Field][]) {
    const base = { title: field.label, description: field.help };
    switch (field.kind) {
      case 'choice':
        properties[key] = { ...base, type: 'string', enum: [...field.choices] };
        break;
      case 'text':
        properties[key] = { ...base, type: 'string' };
        break;
      case 'list':
        properties[key] = { ...base, type: 'array', items: { type: 'string' } };
        break;
      case 'rules':
        properties[key] = { ...base, type: 'array', items: { type: 'string', enum: [...ruleIds] } };
        break;
      case 'severities':
        properties[key] = {
          ...base,
          type: 'object',
          properties: Object.fromEntries(ruleIds.map((id) => [id, { type: 'string', enum: [...SEVERITIES] }])),
        };
        break;
    }
  }
  properties.locked = {
    title: 'Locked settings',
    description: 'Names of settings the user may not change (for example "account", "codewords"). Use "*" to lock all.',
    type: 'array',
    items: { type: 'string' },
  };
  return { type: 'object', properties };
}
