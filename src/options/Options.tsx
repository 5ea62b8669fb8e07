// The settings page: every setting in the declaration, the rules with their severities, a live preview,
// export/import/reset, and the administrator's locks shown read-only with the reason.

import { useEffect, useState } from 'preact/hooks';
import type { SettingKey, Settings } from '../core/index.ts';
import { loadSettings, resetSettings, saveSettings, watchSettings, type LoadedSettings } from '../settings/storage.ts';
import { t } from '../ui/i18n.ts';
import { FieldInput, labelOf } from './FieldInput.tsx';
import { Preview } from './Preview.tsx';
import { RuleList } from './RuleList.tsx';
import { Transfer } from './Transfer.tsx';

type Status = { kind: 'idle' | 'saved' | 'error'; text: string; details?: string[] };

const SECTIONS: Array<{ id: string; keys: SettingKey[] }> = [
  { id: 'profile', keys: ['account', 'profiles', 'department', 'handles'] },
  { id: 'codewords', keys: ['codewords', 'codewordHashes', 'allowlist'] },
  { id: 'where', keys: ['disabledSites', 'electionPeriod'] },
];

export function Options() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });

  useEffect(() => {
    const refresh = () => loadSettings().then(setLoaded, (e: Error) => setStatus({ kind: 'error', text: t('optionsLoadFailed', [e.message]) }));
    void refresh();
    return watchSettings(() => void refresh());
  }, []);

  if (!loaded) return <p>{t('optionsLoading')}</p>;
  const { settings, locked } = loaded;
  const report = (kind: Status['kind'], text: string, details?: string[]) => setStatus({ kind, text, ...(details?.length ? { details } : {}) });

  /** Saves one setting; the page shows the new value at once, and storage's change event brings the truth back. */
  const saveOne = async (key: SettingKey, value: unknown) => {
    setLoaded((current) => (current ? { ...current, settings: { ...current.settings, [key]: value } } : current));
    await saveSettings({ [key]: value } as Partial<Settings>, settings);
  };
  const saveNow = (key: SettingKey, value: unknown) =>
    saveOne(key, value).then(
      () => report('saved', t('optionsSavedLive')),
      (e: { reason?: string; message: string }) => {
        report('error', t('optionsNotSavedField', [labelOf(key), e.reason ?? e.message]));
        void loadSettings().then(setLoaded);
      },
    );

  const policyIssues = loaded.issues.filter((i) => i.source === 'policy');
  const storedIssues = loaded.issues.filter((i) => i.source === 'stored');
  const describe = (i: (typeof loaded.issues)[number]) => (i.field ? `${labelOf(i.field)}: ${i.reason}` : i.reason);

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="lead">{t('optionsLead')}</p>
      {loaded.readError && (
        <div class="callout callout--warning" role="alert" data-read-error>
          {t('optionsReadError', [loaded.readError])}
        </div>
      )}
      {storedIssues.length > 0 && (
        <div class="callout callout--warning" role="alert" data-problems>
          <p>{t('optionsStoredProblems')}</p>
          <ul>{storedIssues.map((i) => <li key={describe(i)}>{describe(i)}</li>)}</ul>
        </div>
      )}
      {locked.size > 0 && (
        <div class="callout" data-managed>
          <p>{t('optionsManaged', [String(locked.size)])}</p>
          {policyIssues.length > 0 && <ul>{policyIssues.map((i) => <li key={describe(i)}>{t('optionsPolicyProblem', [describe(i)])}</li>)}</ul>}
        </div>
      )}
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{t(`optionsSection_${section.id}`)}</h2>
          {section.keys.map((key) => (
            <FieldInput key={key} name={key} value={settings[key]} locked={locked.has(key)} fromPolicy={loaded.fromPolicy.has(key)} save={(value) => saveOne(key, value)} />
          ))}
        </section>
      ))}
      <section aria-labelledby="section-rules">
        <h2 id="section-rules">{t('optionsSection_rules')}</h2>
        <RuleList
          disabled={settings.disabledRules}
          severity={settings.severity}
          switchesLocked={locked.has('disabledRules')}
          severityLocked={locked.has('severity')}
          onSwitch={(disabledRules) => void saveNow('disabledRules', disabledRules)}
          onSeverity={(severity) => void saveNow('severity', severity)}
        />
      </section>
      <section aria-labelledby="section-preview">
        <h2 id="section-preview">{t('optionsSection_preview')}</h2>
        <Preview settings={settings} />
      </section>
      <section aria-labelledby="section-transfer">
        <h2 id="section-transfer">{t('optionsSection_transfer')}</h2>
        <Transfer
          loaded={loaded}
          importSettings={async (values) => void (await saveSettings(values, settings))}
          reset={() =>
            resetSettings().then(
              () => report('saved', t('optionsResetDone')),
              (e: Error) => report('error', e.message),
            )
          }
          report={report}
        />
      </section>
      <div class={`status status--${status.kind}`} role="status" aria-live="polite" data-status={status.kind}>
        <p>{status.text}</p>
        {status.details && <ul>{status.details.map((d) => <li key={d}>{d}</li>)}</ul>}
      </div>
    </>
  );
}
