// Export the settings to a JSON file, import one (all or nothing, with every reason), and reset to defaults.

import { useState } from 'preact/hooks';
import { defaultSettings, SETTING_KEYS, type Settings } from '../core/index.ts';
import { parseSettingsFile, settingsFile } from '../settings/file.ts';
import type { LoadedSettings } from '../settings/storage.ts';
import { t } from '../ui/i18n.ts';
import { labelOf } from './FieldInput.tsx';

interface Props {
  loaded: LoadedSettings;
  importSettings(settings: Partial<Settings>): Promise<void>;
  reset(): Promise<void>;
  report(kind: 'saved' | 'error', text: string, details?: string[]): void;
}

/** What an export holds: the user's own value (or the default) for every setting the administrator does not fix. */
export function exportable(loaded: LoadedSettings): Partial<Settings> {
  const defaults = defaultSettings();
  return Object.fromEntries(SETTING_KEYS.filter((k) => !loaded.locked.has(k)).map((k) => [k, loaded.own[k] ?? defaults[k]])) as Partial<Settings>;
}

export function Transfer({ loaded, importSettings, reset, report }: Props) {
  const [confirming, setConfirming] = useState(false);

  const download = () => {
    const blob = new Blob([settingsFile(exportable(loaded))], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `civil-post-settings-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    report('saved', t('optionsExported'));
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      report('error', t('optionsImportRefused', [file.name]), parsed.problems.map((p) => (p.field ? `${labelOf(p.field)}: ${p.reason}` : p.reason)));
      return;
    }
    const skipped = Object.keys(parsed.settings).filter((k) => loaded.locked.has(k as keyof Settings));
    const wanted = Object.fromEntries(Object.entries(parsed.settings).filter(([k]) => !skipped.includes(k))) as Partial<Settings>;
    try {
      await importSettings(wanted);
    } catch (error) {
      report('error', t('optionsImportFailed', [file.name]), [(error as Error).message]);
      return;
    }
    report('saved', t('optionsImported', [file.name]), skipped.map((k) => t('optionsImportSkippedLocked', [labelOf(k as keyof Settings)])));
  };

  return (
    <div class="transfer">
      <button type="button" data-export onClick={download}>
        {t('optionsExport')}
      </button>
      <label class="button" for="import-file">
        {t('optionsImport')}
      </label>
      <input id="import-file" class="visually-hidden" type="file" accept="application/json,.json" data-import onChange={(e) => void upload(e.currentTarget as HTMLInputElement)} />
      {confirming ? (
        <span class="confirm" role="group" aria-label={t('optionsResetConfirm')}>
          {t('optionsResetConfirm')}{' '}
          <button type="button" data-reset-confirm onClick={() => { setConfirming(false); void reset(); }}>
            {t('optionsResetYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('optionsResetNo')}
          </button>
        </span>
      ) : (
        <button type="button" data-reset onClick={() => setConfirming(true)}>
          {t('optionsReset')}
        </button>
      )}
    </div>
  );
}
