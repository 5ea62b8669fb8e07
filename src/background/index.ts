// Background worker: the toolbar badge (findings in the active box, per tab), the keyboard shortcut that moves
// focus into the sidebar and back, opening the settings and rule pages, and, after an install or update,
// putting the new content script into tabs already open, and the checker into a frame whose compose box was
// first focused. It only ever hears counts and rule ids, never post text.

import browser from 'webextension-polyfill';
import { badgeFor, rulePageUrl } from './badge.ts';
import { CHECKER_FILE, LOAD_CHECKER } from '../content/checker-contract.ts';

type Scripting = { executeScript(o: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown> };
const scripting = () => (browser as unknown as { scripting?: Scripting }).scripting;

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
  if (details.reason === 'install' || details.reason === 'update') void injectIntoOpenTabs();
});

browser.runtime.onMessage.addListener(((message: unknown, sender: browser.Runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
  const m = (message ?? {}) as { type?: string; rule?: unknown; count?: unknown; worst?: unknown };
  if (m.type === 'open-options') void browser.runtime.openOptionsPage();
  if (m.type === 'open-rule' && typeof m.rule === 'string') void browser.tabs.create({ url: browser.runtime.getURL(rulePageUrl(m.rule)) });
  // Answered once the checker has run in the asking frame (its content-script world, not the page's); a
  // response, not a returned promise, which both browsers' native APIs understand.
  if (m.type === LOAD_CHECKER && sender.tab?.id !== undefined) {
    const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
    (scripting()?.executeScript({ target, files: [CHECKER_FILE] }) ?? Promise.reject(new Error('no scripting API'))).then(
      () => sendResponse({ ok: true }),
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  }
  if (m.type === 'civil-post-count' && sender.tab?.id !== undefined) {
    const tabId = sender.tab.id;
    const badge = badgeFor(Number(m.count) || 0, typeof m.worst === 'string' ? m.worst : null);
    void browser.action.setBadgeText({ tabId, text: badge.text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  }
  return undefined;
}) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'focus-sidebar') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'civil-post-focus' }).catch(() => {});
});

// Content scripts hold a port open only so that its closing tells them the extension was updated or
// reloaded; accepting it is all there is to do.
browser.runtime.onConnect.addListener(() => {});

/**
 * Chrome leaves open tabs without the new content script after an update or reload (the old one stands
 * down), so it is injected here; the copy in each tab takes over on the next focus. Firefox injects
 * declared content scripts into open tabs itself.
 */
async function injectIntoOpenTabs(): Promise<void> {
  const api = scripting();
  if (!api || !browser.runtime.getURL('').startsWith('chrome-extension:')) return;
  for (const entry of browser.runtime.getManifest().content_scripts ?? []) {
    const tabs = await browser.tabs.query({ url: entry.matches ?? [] }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // A tab that cannot take it (a crashed or restricted page) just waits for its next load.
      await api.executeScript({ target: { tabId: tab.id }, files: entry.js ?? [] }).catch(() => {});
    }
  }
}
