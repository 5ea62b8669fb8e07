// Notices when this copy of the content script outlives its extension (updated, reloaded, removed) so it
// can stand down at once, and clears what an earlier copy left on the page before this one starts.

import browser from 'webextension-polyfill';
import { HIGHLIGHT_NAMES } from './highlights.ts';

/** False once the extension this script belongs to is gone: Chrome then blanks runtime.id and every call throws. */
export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}

/**
 * Keeps a port open to the background, whose disconnection is the first sign of an update or reload.
 * The background also closes ports when it goes idle, so a disconnect with the extension still alive
 * just means "reconnect when next needed" (`ensure()` on focus).
 */
export class LifeLine {
  private port: browser.Runtime.Port | null = null;

  constructor(private readonly onGone: () => void) {}

  ensure(): void {
    if (this.port) return;
    if (!extensionAlive()) {
      this.onGone();
      return;
    }
    try {
      const port = browser.runtime.connect({ name: 'civil-post-life' });
      port.onDisconnect.addListener(() => {
        this.port = null;
        // Chrome blanks runtime.id only after the disconnect event has been delivered.
        setTimeout(() => {
          if (!extensionAlive()) this.onGone();
        }, 0);
      });
      this.port = port;
    } catch {
      this.onGone();
    }
  }

  close(): void {
    try {
      this.port?.disconnect();
    } catch {
      // Already gone with the extension.
    }
    this.port = null;
  }
}

/**
 * Removes the sidebar, underline boxes and highlights of a copy that can no longer clean up after itself
 * (Firefox freezes an old copy's code outright when the extension is reloaded).
 */
export function clearLeftovers(): void {
  for (const el of document.querySelectorAll('[data-civil-post]')) el.remove();
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
