// Answers the background and the toolbar popup: what the active box has (count, profile, pause), and the
// keyboard shortcut that moves focus into the sidebar and back. No post text ever leaves this script.

import browser from 'webextension-polyfill';
import type { Status } from './view.ts';

export interface TabStatus extends Partial<Status> {
  supported: true;
  paused: boolean;
  site: string;
}

interface Handlers {
  status(): TabStatus;
  toggleFocus(): void;
}

export function answerRequests(handlers: Handlers, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<TabStatus> | undefined => {
    const type = (message as { type?: string } | null)?.type;
    if (type === 'civil-post-status') return Promise.resolve(handlers.status());
    if (type === 'civil-post-focus') handlers.toggleFocus();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
