// Content script entry: on a supported site, loads settings and starts watching compose boxes (unless the
// user paused Civil Post on this site from the toolbar popup).

import browser from 'webextension-polyfill';
import { onRuleError } from '../core/index.ts';
import { adapterFor } from '../platforms/index.ts';
import { loadSettings, watchSettings } from '../settings/storage.ts';
import { isPaused, siteKey, watchPaused } from '../ui/local-state.ts';
import { Controller } from './controller.ts';
import { answerRequests } from './requests.ts';

const STARTED = Symbol.for('civil-post.started');

async function start(): Promise<void> {
  const scope = globalThis as Record<symbol, unknown>;
  // Injected twice (extension reload, two matching entries)? The first copy keeps working alone.
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  onRuleError((ruleId, error) => console.warn(`Civil Post: rule ${ruleId} failed and was skipped`, error));

  let loaded = await loadSettings();
  let running: { controller: Controller; abort: AbortController } | null = null;
  let paused = false;
  const openSettings = () => {
    void browser.runtime.sendMessage({ type: 'open-options' }).catch(() => {});
  };
  // Paused on this site: no controller, so nothing is read, checked or drawn until the user resumes.
  const follow = async () => {
    paused = await isPaused(location.hostname);
    if (paused && running) {
      running.abort.abort();
      running = null;
    } else if (!paused && !running) {
      const controller = new Controller(adapter, loaded.settings, noticeFor(loaded.problems), openSettings);
      const abort = new AbortController();
      controller.start(abort.signal);
      running = { controller, abort };
    }
  };
  await follow();
  const life = new AbortController();
  answerRequests(
    {
      status: () => ({ supported: true, paused, site: siteKey(location.hostname), ...(running?.controller.view.status() ?? {}) }),
      toggleFocus: () => running?.controller.view.toggleFocus(),
    },
    life.signal,
  );
  const unwatchPaused = watchPaused(() => void follow());
  const unwatch = watchSettings(async () => {
    try {
      loaded = await loadSettings();
      running?.controller.updateSettings(loaded.settings, noticeFor(loaded.problems));
    } catch {
      // The extension was reloaded or removed: this copy of the script is orphaned, so stand down.
      unwatch();
      unwatchPaused();
      life.abort();
      running?.abort.abort();
    }
  });
}

function noticeFor(problems: string[]): string {
  return problems.length ? `Some settings were invalid and use their defaults: ${problems.join(' ')}` : '';
}

start().catch((error: unknown) => console.warn('Civil Post could not start', error));
