// The part of the content script loaded on the first focused compose box: settings, the checker and the
// controller, plus an idle-time warm-up so the first real check does not pay for compiling the rules.

import browser from 'webextension-polyfill';
import { checkPostInSteps, onRuleError, type Platform, type Settings } from '../core/index.ts';
import type { SiteAdapter } from '../platforms/types.ts';
import { loadSettings, watchSettings, type LoadedSettings } from '../settings/storage.ts';
import { Controller } from './controller.ts';
import type { LifeLine } from './lifecycle.ts';
import type { RequestAnswers } from './requests.ts';
import { recordTiming } from './stats.ts';
import type { UserInput } from './user-input.ts';

export interface RuntimeOptions {
  adapter: SiteAdapter;
  user: UserInput;
  /** Aborted when this copy stands down (extension updated, reloaded or removed). */
  signal: AbortSignal;
  /** Stands down and answers false once the extension is gone. */
  alive: () => boolean;
  life: LifeLine;
  /** Where the toolbar popup's questions about this tab are answered. */
  requests: RequestAnswers;
  /** When loading began (performance clock): what the user typed since then is checked once ready. */
  since: number;
}

export async function startRuntime({ adapter, user, signal, alive, life, requests, since }: RuntimeOptions): Promise<void> {
  onRuleError((ruleId, error) => console.warn(`Civil Post: rule ${ruleId} failed and was skipped`, error));
  const loaded = await loadSettings();
  if (signal.aborted) return;
  const openSettings = () => {
    if (!alive()) return;
    browser.runtime.sendMessage({ type: 'open-options' }).catch(() => alive());
  };
  // One controller while the site is switched on in the settings (or the popup's pause switch); switching it
  // off stops it and clears the page.
  let running: { controller: Controller; abort: AbortController } | null = null;
  const apply = (next: LoadedSettings) => {
    if (next.settings.disabledSites.includes(adapter.platform)) {
      running?.abort.abort();
      running = null;
      requests.view = null;
    } else if (running) running.controller.updateSettings(next.settings, noticeFor(next));
    else {
      const abort = new AbortController();
      signal.addEventListener('abort', () => abort.abort());
      const controller = new Controller(adapter, next.settings, noticeFor(next), openSettings, user, () => {
        life.ensure();
        return alive();
      }, since);
      controller.start(abort.signal);
      running = { controller, abort };
      requests.view = controller.view;
    }
  };
  apply(loaded);
  let unwatch = () => {};
  try {
    unwatch = watchSettings(async () => {
      if (!alive()) return;
      const next = await loadSettings();
      if (!signal.aborted) apply(next);
    });
  } catch {
    alive();
  }
  signal.addEventListener('abort', () => {
    try {
      unwatch();
    } catch {
      // The extension is gone; so is its listener.
    }
  });
  warmUp(loaded.settings, adapter.platform, signal);
}

function noticeFor({ problems, readError }: LoadedSettings): string {
  if (readError) return `Civil Post could not read your settings (${readError}), so it is checking with the defaults.`;
  return problems.length ? `Some settings were invalid and use their defaults: ${problems.join(' ')}` : '';
}

/** A made-up post touching most rules; never the page's text, so the page cannot time checks of its own words. */
const WARM_UP_POST =
  'Great visit to the Leeds office today with the Minister! Call 07700 900123 or email jo@example.com. ' +
  'OFFICIAL-SENSITIVE figures out on 12 March: see https://bit.ly/x #NewService 😀 Labour and the Tories disagree, ' +
  'what a shit day. “Quoted words” and an @handle, £2,000, 50% more.';

/** Runs one check of the warm-up post in idle time, a rule or a few at a time, so regexes compile off the typing path. */
function warmUp(settings: Settings, platform: Platform, signal: AbortSignal): void {
  const idle = (fn: (deadline: { timeRemaining(): number }) => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(() => fn({ timeRemaining: () => 8 }), 50);
  const steps = checkPostInSteps({ text: WARM_UP_POST, platform, account: settings.account }, settings);
  let spent = 0;
  const run = (deadline: { timeRemaining(): number }) => {
    if (signal.aborted) return;
    const t0 = performance.now();
    let done = false;
    do done = !!steps.next().done;
    while (!done && deadline.timeRemaining() > 2);
    spent += performance.now() - t0;
    if (done) recordTiming('warmUp', spent);
    else idle(run);
  };
  idle(run);
}
