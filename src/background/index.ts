// Background worker: opens the settings page (toolbar button, first install, the sidebar's link) and, after
// an install or update, puts the new content script into tabs already open. It never sees post text: all
// checking happens in the content script, and the content script's port here carries no messages at all.

import browser from 'webextension-polyfill';

browser.action.onClicked.addListener(() => {
  void browser.runtime.openOptionsPage();
});

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
  if (details.reason === 'install' || details.reason === 'update') void injectIntoOpenTabs();
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: string } | null)?.type === 'open-options') void browser.runtime.openOptionsPage();
  return undefined;
});

// Content scripts hold a port open only so that its closing tells them the extension was updated or
// reloaded; accepting it is all there is to do.
browser.runtime.onConnect.addListener(() => {});

/**
 * Chrome leaves open tabs without the new content script after an update or reload (the old one stands
 * down), so it is injected here; the copy in each tab takes over on the next focus. Firefox injects
 * declared content scripts into open tabs itself and has no `scripting` permission in its build.
 */
async function injectIntoOpenTabs(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: { executeScript(o: object): Promise<unknown> } }).scripting;
  if (!scripting) return;
  for (const entry of browser.runtime.getManifest().content_scripts ?? []) {
    const tabs = await browser.tabs.query({ url: entry.matches ?? [] }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // A tab that cannot take it (a crashed or restricted page) just waits for its next load.
      await scripting.executeScript({ target: { tabId: tab.id }, files: entry.js ?? [] }).catch(() => {});
    }
  }
}
