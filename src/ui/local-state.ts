// Per-device choices that are not settings: sites where checking is paused and where the sidebar is docked (storage.local).

import browser from 'webextension-polyfill';
import { DOCKS, type Dock } from './sidebar/placement.ts';

const PAUSED = 'pausedSites';
const DOCK = 'dockedAt';

/** The site key a pause applies to: the host without "www." (x.com, facebook.com, linkedin.com). */
export const siteKey = (hostname: string): string => hostname.replace(/^(www|web|m|mobile)\./, '');

export async function pausedSites(): Promise<string[]> {
  try {
    const got = await browser.storage.local.get(PAUSED);
    const list = got[PAUSED];
    return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

export async function isPaused(hostname: string): Promise<boolean> {
  return (await pausedSites()).includes(siteKey(hostname));
}

export async function setPaused(hostname: string, paused: boolean): Promise<void> {
  const key = siteKey(hostname);
  const rest = (await pausedSites()).filter((s) => s !== key);
  await browser.storage.local.set({ [PAUSED]: paused ? [...rest, key] : rest });
}

export async function loadDock(): Promise<Dock> {
  try {
    const value = (await browser.storage.local.get(DOCK))[DOCK];
    return (DOCKS as readonly unknown[]).includes(value) ? (value as Dock) : 'auto';
  } catch {
    return 'auto';
  }
}

export async function saveDock(dock: Dock): Promise<void> {
  await browser.storage.local.set({ [DOCK]: dock }).catch(() => {});
}

/** Calls back when the paused sites change (the popup's switch), in any tab. */
export function watchPaused(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PAUSED in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
