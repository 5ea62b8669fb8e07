// Follows the compose boxes on a page: starts a session when one is focused or typed into, keeps the
// view (sidebar, underlines, card) on the active one, and cleans up when boxes disappear.

import type { Settings } from '../core/index.ts';
import { composerAt } from '../platforms/index.ts';
import type { SiteAdapter } from '../platforms/types.ts';
import { ComposeSession } from './session.ts';
import type { UserInput } from './user-input.ts';
import { FindingsView } from './view.ts';

export class Controller {
  private readonly sessions = new Map<HTMLElement, ComposeSession>();
  private active: ComposeSession | null = null;
  private removalWatch: MutationObserver | null = null;
  private watchedTrees = new WeakSet<ShadowRoot>();
  /** Sidebar, underlines, hover card and the actions on them (src/content/view.ts). */
  readonly view: FindingsView;

  constructor(
    private readonly adapter: SiteAdapter,
    private settings: Settings,
    private notice: string,
    openSettings: () => void,
    private readonly user: UserInput,
    /** Asked on every focus of a compose box and before every check: false once the extension is gone. */
    private readonly extensionAlive: () => boolean,
    /** When the checker began loading (performance clock). */
    private readonly since: number,
  ) {
    this.view = new FindingsView({ adapter, settings: () => this.settings, notice: () => this.notice, openSettings, extensionAlive });
  }

  start(signal: AbortSignal): void {
    // Focus and input both bubble out of shadow roots (composed), so LinkedIn's shadow-DOM composers are seen too.
    const onEvent = (e: Event) => this.consider(e.composedPath()[0]);
    document.addEventListener('focusin', onEvent, { capture: true, signal });
    // A page can fire input events by script; only the browser's own mean the user is typing in that box.
    document.addEventListener('input', (e) => e.isTrusted && onEvent(e), { capture: true, signal });
    // Single-page navigation swaps compose boxes without a reload (Navigation API sees the page's pushState).
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigate', () => setTimeout(() => this.prune(), 0), { signal });
    signal.addEventListener('abort', () => this.stop());
    this.consider(deepActiveElement());
  }

  /** New settings apply at once to every open box. */
  updateSettings(settings: Settings, notice: string): void {
    this.settings = settings;
    this.notice = notice;
    for (const s of this.sessions.values()) s.recheck();
    this.render();
  }

  private consider(target: EventTarget | null | undefined): void {
    if (!(target && (target as Node).nodeType === Node.ELEMENT_NODE)) return;
    const found = composerAt(this.adapter, target as Element);
    if (!found || !this.extensionAlive()) return;
    let session = this.sessions.get(found.root);
    if (!session) {
      // The profile for this box (official or personal) decides the account type it is checked as.
      const host = { settings: () => this.view.settingsFor(this.settings), user: this.user, extensionAlive: this.extensionAlive, since: this.since };
      session = new ComposeSession(found.root, found.editor, this.adapter, host, (s) => this.onSessionUpdate(s));
      this.sessions.set(found.root, session);
      this.watchRemovals(found.root);
      this.active = session;
      session.start();
      this.render();
    } else if (this.active !== session) {
      this.active = session;
      this.render();
    }
  }

  private onSessionUpdate(session: ComposeSession): void {
    if (session === this.active) this.render();
  }

  private render(): void {
    const session = this.active;
    // Nothing is drawn for a box until something the user typed there has been checked.
    if (session && session.alive && session.state !== 'unchecked') this.view.show(session);
    else this.view.hide();
  }

  /** While any box is watched, notice cheaply when one leaves the page (a dialog closes, a feed re-renders). */
  private watchRemovals(root: HTMLElement): void {
    if (!this.removalWatch) {
      this.removalWatch = new MutationObserver(() => this.prune());
      this.removalWatch.observe(document.body, { childList: true, subtree: true });
      this.watchedTrees = new WeakSet();
    }
    // Mutations inside a shadow root (LinkedIn's #interop-outlet) never reach an observer on the body.
    const tree = root.getRootNode();
    if (tree instanceof ShadowRoot && !this.watchedTrees.has(tree)) {
      this.watchedTrees.add(tree);
      this.removalWatch.observe(tree, { childList: true, subtree: true });
    }
  }

  private prune(): void {
    for (const [root, session] of this.sessions) {
      if (root.isConnected) continue;
      session.stop();
      this.sessions.delete(root);
      if (this.active === session) {
        this.active = null;
        this.render();
      }
    }
    if (this.sessions.size === 0) {
      this.removalWatch?.disconnect();
      this.removalWatch = null;
    }
  }

  private stop(): void {
    for (const s of this.sessions.values()) s.stop();
    this.sessions.clear();
    this.active = null;
    this.removalWatch?.disconnect();
    this.removalWatch = null;
    this.view.destroy();
  }
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
