// One field's save cycle: check the value as it is typed, save it after a pause (or on leaving the field),
// and say truthfully where it stands: waiting, saving, saved, or not saved and why.

import { useEffect, useRef, useState } from 'preact/hooks';
import { checkSettingValue, RULE_IDS, type SettingKey } from '../core/index.ts';
import { t } from '../ui/i18n.ts';

/** Long enough not to save on every keystroke, short enough that a quick tab-switch finds it saved; also under Chrome's 120 sync writes a minute. */
export const SAVE_PAUSE_MS = 500;

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'refused'; reason: string };

export interface FieldSave {
  state: SaveState;
  /** Call on every edit: checks at once, saves after the pause when valid. */
  edit(value: unknown): void;
  /** Saves a pending edit now (on blur, or when the page is hidden). */
  flush(): void;
}

export function useFieldSave(key: SettingKey, save: (value: unknown) => Promise<void>, delay = SAVE_PAUSE_MS): FieldSave {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<{ value: unknown; timer: ReturnType<typeof setTimeout> } | null>(null);

  const run = async (value: unknown) => {
    pending.current = null;
    setState({ kind: 'saving' });
    try {
      await save(value);
      // A newer edit may have started while this one was saving; only it may then claim "saved".
      if (!pending.current) setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'refused', reason: (error as { reason?: string }).reason ?? (error as Error).message });
    }
  };
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    void run(p.value);
  };
  const edit = (value: unknown) => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    const checked = checkSettingValue(key, value, RULE_IDS);
    if (!checked.ok) {
      setState({ kind: 'refused', reason: checked.problem });
      return;
    }
    setState({ kind: 'pending' });
    pending.current = { value: checked.value, timer: setTimeout(() => void run(checked.value), delay) };
  };

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, []);

  return { state, edit, flush };
}

/** The words shown beside a field for its save state ('' when there is nothing to say). */
export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'pending':
    case 'saving':
      return t('optionsSaving');
    case 'saved':
      return t('optionsSaved');
    case 'refused':
      return t('optionsNotSaved', [state.reason]);
    default:
      return '';
  }
}
