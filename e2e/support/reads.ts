// What the page shows, read from the page itself: sidebar findings, underlines, the editor's model and DOM.

import type { Tab } from './tab.ts';

export interface ShownFinding {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
}

/** Findings listed in the sidebar's open shadow root ([] when there is no sidebar or it is hidden). */
export const findings = (tab: Tab): Promise<ShownFinding[]> =>
  tab.evaluate(() => {
    const host = document.querySelector<HTMLElement>('div[data-civil-post="sidebar"]');
    if (!host || host.hidden || !host.shadowRoot) return [];
    return [...host.shadowRoot.querySelectorAll<HTMLElement>('[data-rule]')].map((el) => ({
      rule: el.dataset.rule ?? '',
      category: el.dataset.category ?? '',
      severity: el.dataset.severity ?? '',
      start: Number(el.dataset.start),
      end: Number(el.dataset.end),
    }));
  }, null);

export const rulesShown = async (tab: Tab): Promise<string[]> => (await findings(tab)).map((f) => f.rule);

/** Text under each range of a named CSS highlight, as the page's own CSS.highlights registry holds it. */
export const highlighted = (tab: Tab, name: string): Promise<string[]> =>
  tab.evaluate((n: string) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);

/** The Draft.js model's text, which the fixture puts on window on every change. */
export const draftText = (tab: Tab): Promise<string> => tab.evaluate(() => window.__draftText, null);

/**
 * Elements inside the editor that Draft.js did not render (anything an extension might have inserted).
 * Draft renders only blocks, block wrappers, leaf spans and text spans (or <br data-text> when empty).
 */
export const foreignElements = (tab: Tab, composer: string): Promise<string[]> =>
  tab.evaluate((sel: string) => {
    const root = document.querySelector(sel);
    if (!root) return ['(no editor)'];
    const draft = '[data-contents], [data-block], .public-DraftStyleDefault-block, [data-offset-key], [data-text]';
    return [...root.querySelectorAll('*')].filter((el) => !el.matches(draft)).map((el) => el.outerHTML.slice(0, 120));
  }, composer);

/** Where the sidebar host was put: it must sit outside the editor, on <body>. */
export const sidebarParent = (tab: Tab): Promise<string | null> =>
  tab.evaluate(() => document.querySelector('div[data-civil-post="sidebar"]')?.parentElement?.tagName ?? null, null);

/** A token on the page's window that survives only as long as the document does (proves "no reload"). */
export const markDocument = (tab: Tab, token: string): Promise<void> =>
  tab.evaluate((t: string) => {
    (window as unknown as Record<string, string>).__civilPostE2eToken = t;
  }, token);

export const documentMark = (tab: Tab): Promise<string | undefined> =>
  tab.evaluate(() => (window as unknown as Record<string, string | undefined>).__civilPostE2eToken, null);

/** Everything the options page saved to storage.sync (one item per setting), read through the extension's own API. */
export const syncedSettings = (tab: Tab): Promise<Record<string, unknown>> =>
  tab.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: any; chrome?: any }).browser ?? (globalThis as any).chrome;
    return await api.storage.sync.get(null);
  }, null);

/** Both user stores, storage.sync and storage.local, from an extension page. */
export const storedItems = (tab: Tab): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> =>
  tab.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: any; chrome?: any }).browser ?? (globalThis as any).chrome;
    return { sync: await api.storage.sync.get(null), local: await api.storage.local.get(null) };
  }, null);
