// Hosts the hover card in its own shadow root on <body>, placed just below (or above) the underlined words.

import { render } from 'preact';
import { THEME_CSS } from '../theme.ts';
import { HoverCard, type HoverCardProps } from './HoverCard.tsx';

const WIDTH = 320;
const GAP = 6;

const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; display: block; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
${THEME_CSS}
.root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--fg); }
button { background: none; border: 0; cursor: pointer; padding: 0; }
.hover { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 8px 10px; display: grid; gap: 6px; user-select: text; -webkit-user-select: text; }
.hover--error { border-left: 5px solid var(--error); }
.hover--warning { border-left: 5px dashed var(--warning); }
.hover--info { border-left: 5px dotted var(--info); }
.hover p { margin: 0; }
.hover__head { display: flex; gap: 8px; align-items: center; }
.hover__category { color: var(--muted); font-size: 12px; }
.hover__message { font-size: 13px; }
.hover__suggestion { font-size: 13px; }
.hover__actions { display: flex; flex-wrap: wrap; gap: 6px; }
.action { min-height: 32px; min-width: 32px; padding: 4px 10px; border-radius: 4px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); font-size: 13px; }
.action--primary { background: #00703c; color: #ffffff; border-color: #00703c; font-weight: 700; }
.action--link { border-color: transparent; color: var(--link); text-decoration: underline; }
@media (forced-colors: active) { .hover, .action { border-color: CanvasText; } }
`;

export class CardHost {
  readonly host = document.createElement('div');
  private readonly container = document.createElement('div');
  key: string | null = null;

  constructor() {
    this.host.setAttribute('data-civil-post', 'card');
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    this.container.className = 'root theme-light';
    shadow.append(this.container);
    // Same rules as the sidebar: no site shortcuts from here, and clicking a button keeps focus in the editor.
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
    shadow.addEventListener('mousedown', (e) => {
      if (e.composedPath().some((n) => n instanceof HTMLElement && n.tagName === 'BUTTON')) e.preventDefault();
    });
    shadow.addEventListener('pointerdown', (e) => e.stopPropagation());
  }

  /** Shows the card for `props.item` beside `words` (the rectangle of the underlined words). */
  show(props: HoverCardProps, words: DOMRect, dark: boolean): void {
    if (!this.host.isConnected) document.body.append(this.host);
    this.key = props.item.key;
    this.container.className = `root ${dark ? 'theme-dark' : 'theme-light'}`;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const width = Math.min(WIDTH, vw - 2 * GAP);
    this.host.style.width = `${width}px`;
    render(<HoverCard {...props} />, this.container);
    this.host.hidden = false;
    const height = this.host.getBoundingClientRect().height;
    const left = Math.min(Math.max(GAP, words.left), vw - width - GAP);
    const below = words.bottom + GAP;
    const top = below + height <= vh - GAP || words.top - GAP - height < GAP ? below : words.top - GAP - height;
    this.host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  hide(): void {
    this.key = null;
    this.host.hidden = true;
  }

  get visible(): boolean {
    return !this.host.hidden;
  }

  destroy(): void {
    render(null, this.container);
    this.host.remove();
  }
}
