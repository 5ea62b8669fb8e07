// Background worker: the toolbar badge (findings in the active box, per tab), the keyboard shortcut that moves
// focus into the sidebar and back, and opening the settings and rule pages. It only ever hears counts and
// rule ids from the content script, never post text.

import browser from 'webextension-polyfill';
import { badgeFor, rulePageUrl } from './badge.ts';

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const m = (message ?? {}) as { type?: string; rule?: unknown; count?: unknown; worst?: unknown };
  if (m.type === 'open-options') void browser.runtime.openOptionsPage();
  if (m.type === 'open-rule' && typeof m.rule === 'string') void browser.tabs.create({ url: browser.runtime.getURL(rulePageUrl(m.rule)) });
  if (m.type === 'civil-post-count' && sender.tab?.id !== undefined) {
    const tabId = sender.tab.id;
    const badge = badgeFor(Number(m.count) || 0, typeof m.worst === 'string' ? m.worst : null);
    void browser.action.setBadgeText({ tabId, text: badge.text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  }
  return undefined;
});

browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'focus-sidebar') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'civil-post-focus' }).catch(() => {});
});
