// Loads the checker (src/content/runtime.ts and everything below it, built as its own script) into this frame's
// content-script world on the first focused compose box, so pages where nobody composes never parse it.

import browser from 'webextension-polyfill';
import { CHECKER_ENTRY as ENTRY, LOAD_CHECKER, SHARED_MODULES as SHARED } from './checker-contract.ts';
import type { RuntimeOptions } from './runtime.ts';
import { recordTiming } from './stats.ts';

const SHARED_MODULES = Symbol.for(SHARED);
const CHECKER_ENTRY = Symbol.for(ENTRY);

type StartRuntime = (options: RuntimeOptions) => Promise<void>;

/**
 * The modules the content script already holds are passed by reference, so they stay one copy with one state
 * (the timing records, the lifeline); the checker script reads them, then leaves its `startRuntime` behind.
 */
export async function injectChecker(shared: unknown[]): Promise<StartRuntime> {
  const scope = globalThis as Record<symbol, unknown>;
  // A copy from before an update shares this world: never pick up its checker.
  delete scope[CHECKER_ENTRY];
  scope[SHARED_MODULES] = shared;
  const t0 = performance.now();
  try {
    const answer = (await browser.runtime.sendMessage({ type: LOAD_CHECKER })) as { ok?: boolean; error?: string } | undefined;
    if (!answer?.ok) throw new Error(`the checker could not be injected: ${answer?.error ?? 'no answer'}`);
    const start = scope[CHECKER_ENTRY];
    if (typeof start !== 'function') throw new Error('the checker script did not load');
    // The bundled stand-in for runtime.ts resolves at once, so the load worth timing is this round trip and the run.
    recordTiming('coreLoad', performance.now() - t0);
    return start as StartRuntime;
  } finally {
    delete scope[SHARED_MODULES];
    delete scope[CHECKER_ENTRY];
  }
}
