// One setting as a form control, chosen by the field's kind in the declaration; text is saved as it is
// typed (after a pause), choices at once; a locked field is read-only and says why.

import { useEffect, useRef, useState } from 'preact/hooks';
import { PLATFORMS, SETTINGS_FIELDS, type DatePeriod, type HashedList, type SettingKey } from '../core/index.ts';
import { t } from '../ui/i18n.ts';
import { saveStateText, useFieldSave, type FieldSave } from './useFieldSave.ts';

export interface FieldProps {
  name: SettingKey;
  value: unknown;
  locked: boolean;
  /** The value came from the administrator's policy (codewords from a policy are never shown). */
  fromPolicy: boolean;
  save(value: unknown): Promise<void>;
}

export const labelOf = (key: SettingKey) => t(`settingsLabel_${key}`);

export function FieldInput(props: FieldProps) {
  const { name, locked } = props;
  const saver = useFieldSave(name, props.save);
  const id = `field-${name}`;
  const status = saveStateText(saver.state);
  const describedBy = `${id}-help ${id}-status`;
  return (
    <div class="field" data-field={name} data-locked={locked ? 'true' : undefined}>
      <p class="field__label" id={`${id}-label`}>
        {labelOf(name)}
        {locked && <span class="lock" data-lock-badge={name}> {t('optionsLockedBadge')}</span>}
      </p>
      <p class="help" id={`${id}-help`}>
        {t(`settingsHelp_${name}`)}
        {locked && <strong class="lock-reason"> {t('optionsLockedReason')}</strong>}
      </p>
      <Control {...props} id={id} saver={saver} describedBy={describedBy} />
      <p class={`field__status field__status--${saver.state.kind}`} id={`${id}-status`} data-save-state={saver.state.kind} role={saver.state.kind === 'refused' ? 'alert' : undefined}>
        {status}
      </p>
    </div>
  );
}

interface ControlProps extends FieldProps {
  id: string;
  saver: FieldSave;
  describedBy: string;
}

function Control(props: ControlProps) {
  const field = SETTINGS_FIELDS[props.name];
  switch (field.kind) {
    case 'choice':
      return <ChoiceControl {...props} choices={field.choices} />;
    case 'text':
      return <TextControl {...props} maxLength={field.maxLength} />;
    case 'list':
      return <ListControl {...props} />;
    case 'sites':
      return <SitesControl {...props} />;
    case 'period':
      return <PeriodControl {...props} />;
    case 'hashes':
      return <HashesControl {...props} />;
    default:
      return null;
  }
}

function ChoiceControl({ name, value, locked, saver, describedBy, id, choices }: ControlProps & { choices: readonly string[] }) {
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
      {choices.map((choice) => (
        <label key={choice} class="choice">
          <input type="radio" name={name} value={choice} data-setting={name} checked={value === choice} disabled={locked} onChange={() => { saver.edit(choice); saver.flush(); }} />
          {t(`settingsChoice_${name}_${choice}`)}
        </label>
      ))}
    </div>
  );
}

/** Keeps what the person typed while they type; shows stored changes (another tab) only when the field is idle and unfocused. */
function useDraft(stored: string, saver: FieldSave): [string, (v: string) => void, { current: HTMLElement | null }] {
  const [draft, setDraft] = useState<string | null>(null);
  const ref = useRef<HTMLElement | null>(null);
  const busy = saver.state.kind === 'pending' || saver.state.kind === 'saving' || saver.state.kind === 'refused';
  useEffect(() => {
    if (!busy && document.activeElement !== ref.current) setDraft(null);
  }, [stored]);
  return [draft ?? stored, setDraft, ref];
}

function TextControl({ name, value, locked, saver, describedBy, id, maxLength }: ControlProps & { maxLength: number }) {
  const [text, setText, ref] = useDraft(String(value ?? ''), saver);
  return (
    <input
      ref={ref as { current: HTMLInputElement | null }}
      id={id}
      type="text"
      data-setting={name}
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy}
      aria-invalid={saver.state.kind === 'refused' ? 'true' : undefined}
      maxLength={maxLength + 50}
      value={text}
      readOnly={locked}
      disabled={locked}
      onInput={(e) => {
        const v = (e.currentTarget as HTMLInputElement).value;
        setText(v);
        saver.edit(v);
      }}
      onBlur={saver.flush}
    />
  );
}

const linesOf = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

function ListControl({ name, value, locked, fromPolicy, saver, describedBy, id }: ControlProps) {
  const items = Array.isArray(value) ? (value as string[]) : [];
  const [text, setText, ref] = useDraft(items.join('\n'), saver);
  // A policy's codewords would disclose the list itself: say how many there are, never what they are.
  if (name === 'codewords' && fromPolicy && items.length > 0) {
    return <p class="hidden-list" data-hidden-list={name}>{t('optionsCodewordsHidden', [String(items.length)])}</p>;
  }
  return (
    <textarea
      ref={ref as { current: HTMLTextAreaElement | null }}
      id={id}
      rows={4}
      data-setting={name}
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy}
      aria-invalid={saver.state.kind === 'refused' ? 'true' : undefined}
      value={text}
      readOnly={locked}
      disabled={locked}
      onInput={(e) => {
        const v = (e.currentTarget as HTMLTextAreaElement).value;
        setText(v);
        saver.edit(linesOf(v));
      }}
      onBlur={saver.flush}
    />
  );
}

function SitesControl({ name, value, locked, saver, describedBy, id }: ControlProps) {
  const off = new Set(Array.isArray(value) ? (value as string[]) : []);
  const toggle = (site: string, on: boolean) => {
    const next = new Set(off);
    if (on) next.delete(site);
    else next.add(site);
    saver.edit([...next].sort());
    saver.flush();
  };
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
      {PLATFORMS.map((site) => (
        <label key={site} class="choice">
          <input type="checkbox" data-site-toggle={site} checked={!off.has(site)} disabled={locked} onChange={(e) => toggle(site, (e.currentTarget as HTMLInputElement).checked)} />
          {t(`optionsSite_${site}`)}
        </label>
      ))}
    </div>
  );
}

function PeriodControl({ name, value, locked, saver, id }: ControlProps) {
  const period = value as DatePeriod | null;
  const [start, setStart] = useState(period?.start ?? '');
  const [end, setEnd] = useState(period?.end ?? '');
  useEffect(() => {
    setStart(period?.start ?? '');
    setEnd(period?.end ?? '');
  }, [period?.start, period?.end]);
  const update = (s: string, e: string) => {
    setStart(s);
    setEnd(e);
    if (!s && !e) saver.edit(null);
    else if (s && e) saver.edit({ start: s, end: e });
    else return;
    saver.flush();
  };
  return (
    <div class="period" data-setting={name}>
      <label class="inline">
        {t('optionsPeriodStart')} <input type="date" id={`${id}-start`} data-period="start" value={start} disabled={locked} onChange={(e) => update((e.currentTarget as HTMLInputElement).value, end)} />
      </label>
      <label class="inline">
        {t('optionsPeriodEnd')} <input type="date" id={`${id}-end`} data-period="end" value={end} disabled={locked} onChange={(e) => update(start, (e.currentTarget as HTMLInputElement).value)} />
      </label>
      {!locked && (start || end) && (
        <button type="button" class="link" onClick={() => update('', '')}>
          {t('optionsPeriodClear')}
        </button>
      )}
    </div>
  );
}

function HashesControl({ name, value, locked, saver, describedBy, id }: ControlProps) {
  const list = value as HashedList;
  const [text, setText] = useState('');
  return (
    <>
      <p data-hash-count={list.hashes.length}>{t('optionsHashCount', [String(list.hashes.length)])}</p>
      {!locked && (
        <textarea
          id={id}
          rows={3}
          data-setting={name}
          placeholder={t('optionsHashPlaceholder')}
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          value={text}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLTextAreaElement).value;
            setText(v);
            if (!v.trim()) return;
            let parsed: unknown;
            try {
              parsed = JSON.parse(v);
            } catch {
              saver.edit(undefined);
              return;
            }
            const inner = (parsed as { codewordHashes?: unknown })?.codewordHashes ?? parsed;
            saver.edit(inner);
          }}
          onBlur={saver.flush}
        />
      )}
    </>
  );
}
