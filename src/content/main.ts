// Content script entry: tiny until a compose box is focused, then loads the checker (deferred, so page
// loads pay almost nothing); answers the toolbar popup; stands down for good when the extension is updated or removed.

import { STATS_CLOCK, recordTiming } from './stats.ts';
import { adapterFor, composerAt } from '../platforms/index.ts';
import browser from 'webextension-polyfill';
import { clearLeftovers, extensionAlive, LifeLine } from './lifecycle.ts';
import { RequestAnswers } from './requests.ts';
import { UserInput } from './user-input.ts';

const STARTED = Symbol.for('civil-post.started');

function main(): void {
  const scope = globalThis as Record<symbol, unknown>;
  // The same copy injected twice (the manifest and the background after an update)? The first one works alone.
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  // Whatever a copy from before an update or reload left on the page goes before this one draws anything.
  clearLeftovers();

  const abort = new AbortController();
  const { signal } = abort;
  const user = new UserInput(signal);
  const requests = new RequestAnswers(adapter.platform, location.hostname, signal);
  const standDown = () => {
    if (signal.aborted) return;
    abort.abort();
    life.close();
  };
  const life = new LifeLine(standDown);
  const alive = () => {
    if (extensionAlive()) return true;
    standDown();
    return false;
  };

  let loading = false;
  const maybeLoad = (target: EventTarget | null | undefined) => {
    if (loading || !(target && (target as Node).nodeType === Node.ELEMENT_NODE) || !composerAt(adapter, target as Element)) return;
    if (!alive()) return;
    loading = true;
    life.ensure();
    const t0 = performance.now();
    import('./runtime.ts')
      .then((runtime) => {
        recordTiming('coreLoad', performance.now() - t0);
        if (!signal.aborted) return runtime.startRuntime({ adapter, user, signal, alive, life, requests, since: t0 });
      })
      .catch((error: unknown) => console.warn('Civil Post could not start', error));
  };
  const onEvent = (e: Event) => maybeLoad(e.composedPath()[0]);
  document.addEventListener('focusin', onEvent, { capture: true, signal });
  document.addEventListener('input', (e) => e.isTrusted && onEvent(e), { capture: true, signal });
  maybeLoad(deepActiveElement());
  // Chrome's managed storage (the administrator's policy) can take seconds to answer its first read:
  // ask now, off the main thread, so the settings are ready when a compose box is first focused.
  browser.storage.managed.get().catch(() => {});
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

try {
  main();
} catch (error) {
  console.warn('Civil Post could not start', error);
}
recordTiming('startup', performance.now() - STATS_CLOCK);
