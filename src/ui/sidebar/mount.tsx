// Puts the sidebar in an open shadow root on <body> and keeps it placed beside (never over) the active compose
// box: docked to a side, a sheet below or above it, or a small count badge when there is no room.

import { render } from 'preact';
import { place, type Dock, type Placement, type Rect } from './placement.ts';
import { Sidebar, type SidebarProps } from './Sidebar.tsx';
import { SIDEBAR_CSS } from './styles.ts';

export type SidebarState = Omit<SidebarProps, 'mode' | 'reason'>;

export interface Geometry {
  /** The element whose size and position changes should re-place the sidebar. */
  anchor: HTMLElement;
  /** Never covered: the box and its Post button. */
  protect(): Rect[];
  /** Covered only when nothing else fits: the dialog around the box. */
  avoid(): Rect[];
}

export class SidebarHost {
  readonly host = document.createElement('div');
  private readonly shadow: ShadowRoot;
  private readonly container = document.createElement('div');
  private state: SidebarState | null = null;
  private geometry: Geometry | null = null;
  private collapsed = false;
  private force = false;
  private dock: Dock = 'auto';
  private placement: Placement | null = null;
  private frame = 0;
  private readonly resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.requestPlace()) : undefined;
  private readonly onViewport = () => this.requestPlace();

  constructor(private readonly onEscape: () => void) {
    this.host.setAttribute('data-civil-post', 'sidebar');
    this.host.hidden = true;
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SIDEBAR_CSS);
    this.shadow.adoptedStyleSheets = [sheet];
    this.container.className = 'root theme-light';
    this.shadow.append(this.container);
    // Keys typed in the sidebar must not trigger the site's shortcuts; Escape hands focus back to the editor.
    this.shadow.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if ((e as KeyboardEvent).key === 'Escape') this.onEscape();
    });
    for (const type of ['keyup', 'keypress']) this.shadow.addEventListener(type, (e) => e.stopPropagation());
    // A click on a button must not move focus out of the editor (that loses the caret and can close X's
    // dialog); text elsewhere stays selectable so it can be copied.
    this.shadow.addEventListener('mousedown', (e) => {
      if (e.composedPath().some((n) => n instanceof HTMLElement && n.tagName === 'BUTTON')) e.preventDefault();
    });
    this.shadow.addEventListener('pointerdown', (e) => e.stopPropagation());
    window.addEventListener('scroll', this.onViewport, { capture: true, passive: true });
    window.addEventListener('resize', this.onViewport, { passive: true });
  }

  update(state: SidebarState, geometry: Geometry, layout: { collapsed: boolean; force: boolean; dock: Dock; dark: boolean }): void {
    if (!this.host.isConnected) document.body.append(this.host);
    if (this.geometry?.anchor !== geometry.anchor) {
      if (this.geometry) this.resize?.unobserve(this.geometry.anchor);
      this.resize?.observe(geometry.anchor);
    }
    this.geometry = geometry;
    this.state = state;
    this.collapsed = layout.collapsed;
    this.force = layout.force;
    this.dock = layout.dock;
    this.container.className = `root ${layout.dark ? 'theme-dark' : 'theme-light'}`;
    this.host.hidden = false;
    this.place();
    this.renderNow();
  }

  /** Where it is now: side, sheet or badge, and why it is a badge. */
  get placed(): Placement | null {
    return this.placement;
  }

  /** Moves keyboard focus into the sidebar: to `selector` when it matches, else the first control. */
  focus(selector?: string): boolean {
    const target = (selector && this.shadow.querySelector<HTMLElement>(selector)) || this.shadow.querySelector<HTMLElement>('button, a[href]');
    target?.focus();
    return !!target;
  }

  hasFocus(): boolean {
    return document.activeElement === this.host;
  }

  /** Scrolls a card into view inside the panel only (the page never scrolls). */
  reveal(key: string): void {
    const body = this.shadow.querySelector<HTMLElement>('.panel__body');
    const card = [...this.shadow.querySelectorAll<HTMLElement>('[data-key]')].find((el) => el.dataset.key === key);
    if (!body || !card) return;
    const b = body.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    if (c.top < b.top) body.scrollTop -= b.top - c.top + 4;
    else if (c.bottom > b.bottom) body.scrollTop += c.bottom - b.bottom + 4;
  }

  hide(): void {
    this.host.hidden = true;
  }

  destroy(): void {
    window.removeEventListener('scroll', this.onViewport, { capture: true });
    window.removeEventListener('resize', this.onViewport);
    this.resize?.disconnect();
    cancelAnimationFrame(this.frame);
    render(null, this.container);
    this.host.remove();
  }

  private requestPlace(): void {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        const before = this.placement?.mode;
        this.place();
        if (this.placement?.mode !== before) this.renderNow();
      });
    }
  }

  private place(): void {
    if (!this.geometry || this.host.hidden) return;
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const p = place({ viewport, protect: this.geometry.protect(), avoid: this.geometry.avoid(), dock: this.dock, collapsed: this.collapsed, force: this.force });
    this.placement = p;
    this.host.dataset.mode = p.mode;
    this.host.style.setProperty('transform', `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`);
    this.host.style.setProperty('width', `${Math.round(p.width)}px`);
    this.host.style.setProperty('--max-height', `${Math.round(p.maxHeight)}px`);
  }

  private renderNow(): void {
    if (!this.state || !this.placement) return;
    render(<Sidebar {...this.state} mode={this.placement.mode} reason={this.placement.reason} />, this.container);
  }
}
