// Background worker: opens the settings page (toolbar button, first install, the sidebar's link). Nothing
// else: all checking happens in the content script, so no post text ever reaches this process.

import browser from 'webextension-polyfill';

browser.action.onClicked.addListener(() => {
  void browser.runtime.openOptionsPage();
});

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: string } | null)?.type === 'open-options') void browser.runtime.openOptionsPage();
  return undefined;
});
