// The settings file (options page export/import, the CLI's --config), pure:
// {"format": "civil-post-settings", "version": N, "settings": {…}}; a bare settings object is read as version 1.

import { RULE_IDS } from '../core/rules/index.ts';
import { checkSettingValue, migrateSettings, SETTING_KEYS, SETTINGS_VERSION, type SettingKey, type SettingProblem, type Settings } from '../core/settings.ts';

export const FILE_FORMAT = 'civil-post-settings';

/** The file's text: stable key order and a final newline, so export → import → export gives the same bytes. */
export function settingsFile(settings: Partial<Settings>): string {
  const ordered = Object.fromEntries(SETTING_KEYS.filter((k) => settings[k] !== undefined).map((k) => [k, settings[k]]));
  return `${JSON.stringify({ format: FILE_FORMAT, version: SETTINGS_VERSION, settings: ordered }, null, 2)}\n`;
}

export type ParsedFile = { ok: true; settings: Partial<Settings> } | { ok: false; problems: SettingProblem[] };

/**
 * Reads a settings file strictly: every value must be valid as it stands, or nothing is taken and each
 * reason is given, so a broken file never half-applies.
 */
export function parseSettingsFile(text: string): ParsedFile {
  const whole = (reason: string): ParsedFile => ({ ok: false, problems: [{ field: null, reason }] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return whole(`The file is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return whole('The file does not hold a settings object.');
  const top = json as Record<string, unknown>;
  let raw: unknown = top;
  let version = 1;
  if ('format' in top) {
    if (top.format !== FILE_FORMAT) return whole(`The file's format is ${JSON.stringify(top.format)}, not "${FILE_FORMAT}".`);
    if (typeof top.version !== 'number') return whole('The file has no version number.');
    version = top.version;
    raw = top.settings;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return whole('The file\'s "settings" is not an object.');
  }
  const migrated = migrateSettings(raw as Record<string, unknown>, version);
  if (migrated.problem) return whole(`The file was ${migrated.problem}`);
  const problems: SettingProblem[] = [];
  const settings: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, value] of Object.entries(migrated.settings)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      problems.push({ field: null, reason: `There is no setting called “${key}”.` });
      continue;
    }
    const checked = checkSettingValue(key as SettingKey, value, RULE_IDS);
    if (checked.ok) settings[key as SettingKey] = checked.value;
    else problems.push({ field: key as SettingKey, reason: checked.problem });
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings: settings as Partial<Settings> };
}
