// The settings form, rendered from the settings schema and the rules' own metadata (no second list of keys).

import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/index.ts';
import { SETTINGS_FIELDS, type Field, type SettingKey } from '../core/settings.ts';
import { loadSettings, saveSettings, watchSettings, type LoadedSettings } from '../settings/storage.ts';
import { FieldInput } from './FieldInput.tsx';
import { RuleList } from './RuleList.tsx';

type Status = { kind: 'idle' | 'saved' | 'error'; text: string };

export function Options() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });

  useEffect(() => {
    const refresh = () => loadSettings().then(setLoaded, (e: Error) => setStatus({ kind: 'error', text: e.message }));
    refresh();
    return watchSettings(refresh);
  }, []);

  if (!loaded) return <p>Loading settings…</p>;
  const { settings, locked, problems } = loaded;

  const save = async (changes: Partial<Settings>) => {
    setLoaded({ ...loaded, settings: { ...settings, ...changes } });
    try {
      await saveSettings(changes);
      setStatus({ kind: 'saved', text: 'Saved. Open compose boxes use the new settings straight away.' });
    } catch (error) {
      setStatus({ kind: 'error', text: `Could not save: ${(error as Error).message}` });
    }
  };

  const profileKeys = (Object.keys(SETTINGS_FIELDS) as SettingKey[]).filter((k) => {
    const kind = (SETTINGS_FIELDS[k] as Field).kind;
    return kind !== 'rules' && kind !== 'severities';
  });

  return (
    <>
      <h1>Civil Post settings</h1>
      <p class="lead">
        Civil Post checks your draft posts against the civil service social media guidance. Everything happens in this browser:
        nothing you type is sent anywhere.
      </p>
      {problems.length > 0 && (
        <div class="callout callout--warning" role="alert">
          <p>Some saved settings were invalid, so their defaults are in use:</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {locked.size > 0 && <p class="callout">Your administrator manages some of these settings; they are shown but cannot be changed.</p>}
      <section aria-labelledby="profile">
        <h2 id="profile">Your profile</h2>
        {profileKeys.map((key) => (
          <FieldInput
            key={key}
            name={key}
            field={SETTINGS_FIELDS[key] as Field}
            value={settings[key]}
            locked={locked.has(key)}
            onChange={(value) => save({ [key]: value } as Partial<Settings>)}
          />
        ))}
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules">Rules</h2>
        <RuleList
          disabled={settings.disabledRules}
          locked={locked.has('disabledRules')}
          onChange={(disabledRules) => save({ disabledRules })}
        />
      </section>
      <p class={`status status--${status.kind}`} role="status" aria-live="polite">
        {status.text}
      </p>
    </>
  );
}
