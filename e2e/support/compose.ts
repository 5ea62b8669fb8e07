// What the compose-box tests do and read on any site's fixture (editors in shadow roots too), on top of reads.ts.

import { highlighted } from './reads.ts';
import type { Tab } from './tab.ts';

/** All underlined words, whatever their severity. */
export async function allUnderlined(tab: Tab): Promise<string[]> {
  const names = ['civil-post-error', 'civil-post-warning', 'civil-post-info'];
  return (await Promise.all(names.map((n) => highlighted(tab, n)))).flat();
}

export function modelText(tab: Tab, key: string): Promise<string> {
  return tab.evaluate((k) => window.__modelTexts?.[k] ?? '', key);
}

/** True when nothing of Civil Post's (or any <mark>) sits inside the editor element. */
export function editorIsClean(tab: Tab, editorSelector: string): Promise<boolean> {
  return tab.evaluate((sel) => {
    const editor = deepQuery(document, sel);
    if (!editor) return false;
    return !editor.querySelector('[data-civil-post], mark, [class*="civil-post"]');
    function deepQuery(root: Document | ShadowRoot, s: string): Element | null {
      const hit = root.querySelector(s);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) {
        const inner = deepQuery(el.shadowRoot, s);
        if (inner) return inner;
      }
      return null;
    }
  }, editorSelector);
}

/** Does the focused element (followed into open shadow roots) match the selector? */
export function focusIsIn(tab: Tab, editorSelector: string): Promise<boolean> {
  return tab.evaluate((sel) => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return !!el?.matches(sel);
  }, editorSelector);
}

/** Clicks the middle of an editor, found even inside open shadow roots, as a person would. */
export async function clickEditor(tab: Tab, editorSelector: string): Promise<void> {
  const at = await tab.evaluate((sel) => {
    const find = (root: Document | ShadowRoot): Element | null =>
      root.querySelector(sel) ?? [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? find(el.shadowRoot) : null)).find(Boolean) ?? null;
    const box = find(document)?.getBoundingClientRect();
    return box ? { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 16) } : null;
  }, editorSelector);
  if (!at) throw new Error(`No editor matches ${editorSelector}`);
  await tab.clickAt(at.x, at.y);
}

/** Where a finding's button is in the sidebar (by rule id), for a real mouse click. */
export function findingBox(tab: Tab, rule: string): Promise<{ x: number; y: number } | null> {
  return tab.evaluate((r) => {
    const host = document.querySelector('[data-civil-post="sidebar"]');
    const button = host?.shadowRoot?.querySelector(`li[data-rule="${r}"] .card__summary`);
    if (!button) return null;
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 12) };
  }, rule);
}

/** Polls until `read` satisfies `ok`, so tests wait for the debounced check rather than sleeping. */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 8000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
