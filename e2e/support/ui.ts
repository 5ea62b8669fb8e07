// Reads and drives Civil Post's own UI (sidebar, hover card) inside its shadow roots, as a person would: real clicks at real positions.

import type { Tab } from './tab.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface SidebarView {
  mode: string;
  host: Box;
  summary: string;
  profile: string;
  groups: { title: string; rules: string[] }[];
  notes: string[];
  cards: { rule: string; key: string; severity: string; expanded: boolean; linked: boolean; height: number; label: string }[];
}

/** What the sidebar shows right now (null when it is not on the page or hidden). */
export const sidebarView = (tab: Tab): Promise<SidebarView | null> =>
  tab.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-civil-post="sidebar"]');
    const root = host?.shadowRoot;
    if (!host || host.hidden || !root) return null;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    };
    const visible = root.querySelector('.panel, .tab') ?? host;
    return {
      mode: host.dataset.mode ?? '',
      host: box(visible),
      summary: root.querySelector('.panel__summary')?.textContent ?? root.querySelector('.tab__button')?.textContent ?? '',
      profile: root.querySelector('[data-action="switch-profile"]')?.textContent ?? '',
      groups: [...root.querySelectorAll('.group:not(.group--notes)')].map((g) => ({
        title: g.querySelector('.group__title')?.textContent ?? '',
        rules: [...g.querySelectorAll<HTMLElement>('[data-rule]')].map((c) => c.dataset.rule ?? ''),
      })),
      notes: [...root.querySelectorAll<HTMLElement>('.group--notes [data-rule]')].map((c) => c.dataset.rule ?? ''),
      cards: [...root.querySelectorAll<HTMLElement>('.group:not(.group--notes) [data-rule]')].map((c) => ({
        rule: c.dataset.rule ?? '',
        key: c.dataset.key ?? '',
        severity: c.dataset.severity ?? '',
        expanded: c.querySelector('.card__summary')?.getAttribute('aria-expanded') === 'true',
        linked: c.classList.contains('card--linked'),
        height: c.getBoundingClientRect().height,
        label: c.querySelector('.sev')?.textContent ?? '',
      })),
    };
  }, null);

/** The centre of an element inside one of Civil Post's shadow roots ('sidebar' or 'card'), or null. */
export const uiPoint = (tab: Tab, where: 'sidebar' | 'card', selector: string): Promise<{ x: number; y: number } | null> =>
  tab.evaluate(
    ({ where, selector }) => {
      const el = document.querySelector(`[data-civil-post="${where}"]`)?.shadowRoot?.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    { where, selector },
  );

/** Clicks an element in the sidebar or the hover card with the real mouse. */
export async function clickUi(tab: Tab, where: 'sidebar' | 'card', selector: string): Promise<void> {
  const at = await uiPoint(tab, where, selector);
  if (!at) throw new Error(`Nothing to click: ${where} ${selector}`);
  await tab.clickAt(at.x, at.y);
}

/** The hover card's finding (rule and key), or null while it is closed. */
export const hoverCard = (tab: Tab): Promise<{ rule: string; key: string; box: Box; text: string } | null> =>
  tab.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-civil-post="card"]');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.hover');
    if (!host || host.hidden || !card) return null;
    const r = card.getBoundingClientRect();
    return { rule: card.dataset.rule ?? '', key: card.dataset.key ?? '', text: card.textContent ?? '', box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } };
  }, null);

/** Where the words of the n-th range of a highlight are on screen (middle of their first line). */
export const underlinePoint = (tab: Tab, name: string, text: string): Promise<{ x: number; y: number } | null> =>
  tab.evaluate(
    ({ name, text }) => {
      const range = [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString() === text) as Range | undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 } : null;
    },
    { name, text },
  );

/** Bounding box of an element on the page (open shadow roots searched too). */
export const pageBox = (tab: Tab, selector: string): Promise<Box | null> =>
  tab.evaluate((sel) => {
    const find = (root: Document | ShadowRoot): Element | null =>
      root.querySelector(sel) ?? [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? find(el.shadowRoot) : null)).find(Boolean) ?? null;
    const el = find(document);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  }, selector);

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where keyboard focus is: 'sidebar', 'card', or the selector-matching editor ('editor'), else the tag name. */
export const focusOwner = (tab: Tab, editor: string): Promise<string> =>
  tab.evaluate((sel) => {
    let el = document.activeElement;
    const host = el?.getAttribute('data-civil-post');
    if (host) return host;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.matches(sel) ? 'editor' : (el?.tagName.toLowerCase() ?? 'none');
  }, editor);
