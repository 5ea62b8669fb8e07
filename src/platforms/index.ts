// Finds the adapter for the current site and the compose box (if any) around an element.

import { detectEditor, type EditorKind } from '../editors/index.ts';
import type { SiteAdapter } from './types.ts';
import { facebook } from './facebook.ts';
import { linkedin } from './linkedin.ts';
import { x } from './x.ts';

export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, linkedin];

export function adapterFor(hostname: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`)));
}

export interface FoundComposer {
  root: HTMLElement;
  editor: EditorKind;
}

/** The compose box that contains (or is) `el`, using the adapter's selectors first, then a generic guess. */
export function composerAt(adapter: SiteAdapter, el: Element): FoundComposer | undefined {
  for (const c of adapter.composers) {
    const root = el.closest<HTMLElement>(c.selector);
    if (root) return { root, editor: c.editor ?? detectEditor(root) };
  }
  // Fallback for markup we don't know yet: still check any rich text box or textarea, less precisely.
  const generic = el.closest<HTMLElement>('[contenteditable="true"][role="textbox"], [contenteditable="true"], textarea');
  if (generic && (generic.tagName === 'TEXTAREA' || generic.isContentEditable)) return { root: generic, editor: detectEditor(generic) };
  return undefined;
}

/** The text of the post this compose box replies to, or '' for a new post. */
export function replyTextFor(adapter: SiteAdapter, root: Element): string {
  for (const r of adapter.replyContexts) {
    const container = root.closest(r.container);
    const text = container?.querySelector<HTMLElement>(r.text)?.innerText?.trim();
    if (text) return text;
  }
  return '';
}

/** The signed-in account's handle where the site shows it ('' when it does not, or nobody is signed in). */
export function signedInHandle(adapter: SiteAdapter, doc: Document = document): string {
  for (const s of adapter.signedIn ?? []) {
    const el = doc.querySelector(s.selector);
    const raw = el && (s.attribute ? el.getAttribute(s.attribute) : el.textContent);
    const handle = raw?.match(s.pattern)?.[1];
    if (handle) return handle;
  }
  return '';
}

/** The send buttons that belong to this compose box: the first found in the box's nearest enclosing containers. */
export function postButtonsFor(adapter: SiteAdapter, root: Element): Element[] {
  if (!adapter.postButtons) return [];
  let scope: Element | null = root.parentElement;
  for (let depth = 0; scope && depth < 8; depth++, scope = scope.parentElement) {
    const found = [...scope.querySelectorAll(adapter.postButtons)];
    if (found.length) return found;
  }
  return [];
}
