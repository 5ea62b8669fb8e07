// Content script entry: on a supported site, loads settings and starts watching compose boxes.

import browser from 'webextension-polyfill';
import { onRuleError } from '../core/index.ts';
import { adapterFor } from '../platforms/index.ts';
import { loadSettings, watchSettings, type LoadedSettings } from '../settings/storage.ts';
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

  // One controller while the site is switched on in the settings; switching it off stops it and clears the page.
  let running: { controller: Controller; abort: AbortController } | null = null;
  const apply = (loaded: LoadedSettings) => {
    if (loaded.settings.disabledSites.includes(adapter.platform)) {
      running?.abort.abort();
      running = null;
    } else if (running) running.controller.updateSettings(loaded.settings, noticeFor(loaded));
    else {
      const controller = new Controller(adapter, loaded.settings, noticeFor(loaded), () => {
        void browser.runtime.sendMessage({ type: 'open-options' }).catch(() => {});
      });
      running = { controller, abort: new AbortController() };
      controller.start(running.abort.signal);
    }
  };
  apply(await loadSettings());
  const unwatch = watchSettings(async () => {
    try {
      apply(await loadSettings());
    } catch {
      // The extension was reloaded or removed: this copy of the script is orphaned, so stand down.
      unwatch();
      running?.abort.abort();
    }
  });
}

function noticeFor({ problems, readError }: LoadedSettings): string {
  if (readError) return `Civil Post could not read your settings (${readError}), so it is checking with the defaults.`;
  return problems.length ? `Some settings were invalid and use their defaults: ${problems.join(' ')}` : '';
}

start().catch((error: unknown) => console.warn('Civil Post could not start', error));
