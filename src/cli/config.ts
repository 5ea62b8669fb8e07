// Reads --config: the options page's export ({"format": "civil-post-settings", "version", "settings"}) or a bare settings object.

import { resolveSettings, SETTINGS_FIELDS } from '../core/index.ts';
import { readSource, type Source } from './read-input.ts';

export const SETTINGS_FORMAT = 'civil-post-settings';

export type Config = { settings: Record<string, unknown>; problems: string[] } | { error: string };

export async function readConfig(path: string): Promise<Config> {
  const source: Source = { name: path, path };
  const read = await readSource(source, emptyStdin());
  if (!read.ok) return { error: `the settings file (--config): ${read.error}` };
  let value: unknown;
  try {
    value = JSON.parse(read.input.text);
  } catch (error) {
    return { error: `the settings file ${path} is not valid JSON (${(error as Error).message}). Export it again from the Civil Post options page.` };
  }
  return settingsFrom(value, path);
}

export function settingsFrom(value: unknown, path: string): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `the settings file ${path} should hold a JSON object, as the options page exports.` };
  }
  let settings = value as Record<string, unknown>;
  if ('format' in settings) {
    if (settings.format !== SETTINGS_FORMAT) {
      return { error: `the settings file ${path} says "format": ${JSON.stringify(settings.format)}; a Civil Post settings export says "${SETTINGS_FORMAT}".` };
    }
    if (typeof settings.version !== 'number') return { error: `the settings file ${path} has no "version" number; export it again from the options page.` };
    const inner = settings.settings;
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
      return { error: `the settings file ${path} has no "settings" object; export it again from the options page.` };
    }
    settings = inner as Record<string, unknown>;
  }
  // Each bad value falls back to its default in the core; here it is also said out loud, naming the file.
  const known = Object.keys(SETTINGS_FIELDS);
  const unknown = Object.keys(settings).filter((key) => !known.includes(key) && key !== 'locked');
  const problems = [
    ...unknown.map((key) => `"${key}" is not a Civil Post setting, so it was ignored (the settings are ${known.join(', ')}).`),
    ...resolveSettings(settings).problems,
  ].map((p) => `${path}: ${p}`);
  return { settings, problems };
}

async function* emptyStdin(): AsyncIterable<Uint8Array> {}
