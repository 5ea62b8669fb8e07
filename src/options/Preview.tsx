// A box to try the current settings in: findings appear as you type, from the same core the content script runs.

import { useMemo, useState } from 'preact/hooks';
import { checkWithSettings, PLATFORMS, type Platform, type Settings } from '../core/index.ts';
import { t } from '../ui/i18n.ts';

export function Preview({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('x');
  // Recomputed when the text or the settings change, so a rule switched off above shows here at once.
  const findings = useMemo(() => (text ? checkWithSettings({ text, platform, account: settings.account }, settings) : []), [text, platform, settings]);
  return (
    <div class="preview">
      <label for="preview-text">{t('optionsPreviewLabel')}</label>
      <p class="help">{t('optionsPreviewHelp')}</p>
      <select aria-label={t('optionsPreviewPlatform')} value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value as Platform)}>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {t(`optionsSite_${p}`)}
          </option>
        ))}
      </select>
      <textarea id="preview-text" data-preview rows={4} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <p role="status" data-preview-count={findings.length}>
        {text ? (findings.length ? t('optionsPreviewCount', [String(findings.length)]) : t('optionsPreviewNone')) : ''}
      </p>
      <ul class="preview__findings">
        {findings.map((f) => (
          <li key={`${f.rule}:${f.start}:${f.end}`} data-preview-finding={f.rule} data-severity={f.severity} class={`finding finding--${f.severity}`}>
            <strong>{t(`optionsSeverity_${f.severity}`)}</strong> “{text.slice(f.start, f.end)}”: {f.message} <span class="rule__meta">({f.rule}, {f.guidance})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
