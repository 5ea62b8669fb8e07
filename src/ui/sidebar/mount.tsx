// Puts the sidebar in an open shadow root on the page, beside (never over) the active compose box.

import { render } from 'preact';
import { Sidebar, type SidebarProps } from './Sidebar.tsx';
import { SIDEBAR_CSS } from './styles.ts';

const WIDTH = 320;
const GAP = 12;

export interface SidebarHandle {
  update(props: SidebarProps, anchor: HTMLElement): void;
  hide(): void;
  destroy(): void;
}

export function mountSidebar(): SidebarHandle {
  const host = document.createElement('div');
  host.setAttribute('data-civil-post', 'sidebar');
  host.hidden = true;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SIDEBAR_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  shadow.append(container);

  // Keys typed in the sidebar must not trigger the site's shortcuts, and clicks must not move focus
  // out of the editor (that would lose the caret and can close X's compose dialog).
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  shadow.addEventListener('mousedown', (e) => e.preventDefault());
  shadow.addEventListener('pointerdown', (e) => e.stopPropagation());

  let anchor: HTMLElement | null = null;
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!anchor || host.hidden) return;
    // Beside the whole dialog when the box is in one, so the sidebar never covers the dialog's own buttons.
    const box = (anchor.closest('[role="dialog"]') ?? anchor).getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    let left = box.right + GAP;
    if (left + WIDTH > vw - GAP) left = box.left - GAP - WIDTH;
    // No room either side: keep to the viewport's right edge rather than cover the editor's text.
    if (left < GAP) left = vw - WIDTH - GAP;
    const top = Math.min(Math.max(box.top, GAP), Math.max(GAP, vh - 160));
    host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
    host.style.setProperty('--max-height', `${Math.max(140, vh - top - GAP)}px`);
  };
  const requestPlace = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  window.addEventListener('scroll', requestPlace, { capture: true, passive: true });
  window.addEventListener('resize', requestPlace, { passive: true });
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(requestPlace) : undefined;

  return {
    update(props, nextAnchor) {
      if (!host.isConnected) document.body.append(host);
      if (anchor !== nextAnchor) {
        if (anchor) resize?.unobserve(anchor);
        anchor = nextAnchor;
        resize?.observe(anchor);
      }
      container.className = isDarkPage() ? 'theme-dark' : 'theme-light';
      render(<Sidebar {...props} />, container);
      host.hidden = false;
      requestPlace();
    },
    hide() {
      host.hidden = true;
    },
    destroy() {
      window.removeEventListener('scroll', requestPlace, { capture: true });
      window.removeEventListener('resize', requestPlace);
      resize?.disconnect();
      render(null, container);
      host.remove();
    },
  };
}

/** Matches the site's own theme (X's "Lights out", Facebook's dark mode) by the page's background. */
function isDarkPage(): boolean {
  for (const el of [document.body, document.documentElement]) {
    const rgb = getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g)?.map(Number);
    if (rgb && rgb.length >= 3 && (rgb[3] ?? 1) > 0) return 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]! < 110;
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
