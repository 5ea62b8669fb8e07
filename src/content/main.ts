// Content script entry: on a supported site, loads settings and starts watching compose boxes.

import browser from 'webextension-polyfill';
import { onRuleError } from '../core/index.ts';
import { adapterFor } from '../platforms/index.ts';
import { loadSettings, watchSettings } from '../settings/storage.ts';
import { Controller } from './controller.ts';

const STARTED = Symbol.for('civil-post.started');

async function start(): Promise<void> {
  const scope = globalThis as Record<symbol, unknown>;
  // Injected twice (extension reload, two matching entries)? The first copy keeps working alone.
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  onRuleError((ruleId, error) => console.warn(`Civil Post: rule ${ruleId} failed and was skipped`, error));

  const loaded = await loadSettings();
  const controller = new Controller(adapter, loaded.settings, noticeFor(loaded.problems), () => {
    void browser.runtime.sendMessage({ type: 'open-options' }).catch(() => {});
  });
  const abort = new AbortController();
  controller.start(abort.signal);
  const unwatch = watchSettings(async () => {
    try {
      const next = await loadSettings();
      controller.updateSettings(next.settings, noticeFor(next.problems));
    } catch {
      // The extension was reloaded or removed: this copy of the script is orphaned, so stand down.
      unwatch();
      abort.abort();
    }
  });
}

function noticeFor(problems: string[]): string {
  return problems.length ? `Some settings were invalid and use their defaults: ${problems.join(' ')}` : '';
}

start().catch((error: unknown) => console.warn('Civil Post could not start', error));
