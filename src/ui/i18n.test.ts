// The string lookup falls back to the bundled en_GB catalogue outside the browser and fills in substitutions.
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en_GB/messages.json' with { type: 'json' };
import { SETTING_KEYS } from '../core/settings.ts';
import { ACCOUNTS, CATEGORIES, PLATFORMS, SEVERITIES } from '../core/types.ts';
import { t } from './i18n.ts';

describe('t', () => {
  it('returns the en_GB text for a key', () => {
    expect(t('extName')).toBe('Civil Post');
  });
  it('returns the key itself when it is unknown, so a missing string is visible', () => {
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
  it('every message has a description for translators', () => {
    for (const [key, entry] of Object.entries(messages as Record<string, { message: string; description?: string }>)) {
      expect(entry.description, key).toBeTruthy();
      expect(entry.message.length, key).toBeGreaterThan(0);
    }
  });
});

describe('the catalogue covers the options page', () => {
  const catalogue = messages as Record<string, unknown>;
  it('has every key the options page asks for by name', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../options/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      for (const [, key] of readFileSync(new URL(file, dir), 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(key!);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !(k in catalogue))).toEqual([]);
  });

  it('has the keys it builds from the declaration and the registry', () => {
    const built = [
      ...SETTING_KEYS.flatMap((k) => [`settingsLabel_${k}`, `settingsHelp_${k}`]),
      ...ACCOUNTS.map((a) => `settingsChoice_account_${a}`),
      ...CATEGORIES.map((c) => `optionsCategory_${c}`),
      ...SEVERITIES.map((s) => `optionsSeverity_${s}`),
      ...PLATFORMS.map((p) => `optionsSite_${p}`),
      ...['profile', 'codewords', 'where', 'rules', 'preview', 'transfer'].map((s) => `optionsSection_${s}`),
    ];
    expect(built.filter((k) => !(k in catalogue))).toEqual([]);
  });

  it('fills numbered substitutions through named placeholders', () => {
    expect(t('optionsRuleCount', ['3', '60'])).toBe('3 of 60 rules shown.');
  });
});
