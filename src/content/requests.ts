// Answers the background and the toolbar popup: what the active box has (count, profile), and the keyboard
// shortcut that moves focus into the sidebar and back. Set up at start, before the checker loads, so the
// popup always gets an answer; no post text ever leaves this script.

import browser from 'webextension-polyfill';
import type { Platform } from '../core/types.ts';
import type { Status } from './view.ts';

export interface TabStatus extends Partial<Status> {
  supported: true;
  /** The site as the popup names it (x.com), and its id in the disabledSites setting. */
  site: string;
  platform: Platform;
}

/** Filled in by the checker once it has loaded (and emptied when the site is switched off). */
export interface ViewRequests {
  status(): Partial<Status>;
  toggleFocus(): void;
}

export class RequestAnswers {
  view: ViewRequests | null = null;

  constructor(platform: Platform, hostname: string, signal: AbortSignal) {
    const listener = (message: unknown): Promise<TabStatus> | undefined => {
      const type = (message as { type?: string } | null)?.type;
      if (type === 'civil-post-status') return Promise.resolve({ supported: true, site: siteName(hostname), platform, ...(this.view?.status() ?? {}) });
      if (type === 'civil-post-focus') this.view?.toggleFocus();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // The extension is gone, and its listener with it.
      }
    });
  }
}

/** The host without "www." and the like (x.com, facebook.com, linkedin.com). */
export const siteName = (hostname: string): string => hostname.replace(/^(www|web|m|mobile)\./, '');
