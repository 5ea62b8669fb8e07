// Per-device UI state that is not a setting: where the sidebar is docked (storage.local).

import browser from 'webextension-polyfill';
import { DOCKS, type Dock } from './sidebar/placement.ts';

const DOCK = 'dockedAt';

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
