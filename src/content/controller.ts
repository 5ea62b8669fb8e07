// Follows the compose boxes on a page: starts a session when one is focused or typed into, keeps the
// sidebar and underlines on the active one (redrawn only when they change), and cleans up when boxes disappear.

import type { Finding, Settings } from '../core/index.ts';
import { composerAt } from '../platforms/index.ts';
import type { SiteAdapter } from '../platforms/types.ts';
import { mountSidebar, type SidebarHandle } from '../ui/sidebar/mount.tsx';
import { clearAll, paint, type RangesBySeverity } from './highlights.ts';
import { ComposeSession, MAX_TYPED_LENGTH } from './session.ts';
import { TextareaOverlay } from './textarea-overlay.ts';
import { t } from '../ui/i18n.ts';
import type { UserInput } from './user-input.ts';

export class Controller {
  private readonly sessions = new Map<HTMLElement, ComposeSession>();
  private active: ComposeSession | null = null;
  private sidebar: SidebarHandle | null = null;
  private collapsed = false;
  private selected: Finding | null = null;
  private removalWatch: MutationObserver | null = null;
  private textareaOverlay: TextareaOverlay | null = null;
  private watchedTrees = new WeakSet<ShadowRoot>();
  /** What the sidebar last showed (session, its version, notice, collapsed, selection): equal means no redraw. */
  private shown: unknown[] = [];

  constructor(
    private readonly adapter: SiteAdapter,
    private settings: Settings,
    private notice: string,
    private readonly openSettings: () => void,
    private readonly user: UserInput,
    /** Asked on every focus of a compose box and before every check: false once the extension is gone. */
    private readonly extensionAlive: () => boolean,
    /** When the checker began loading (performance clock). */
    private readonly since: number,
  ) {}

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
      const host = { settings: () => this.settings, user: this.user, extensionAlive: this.extensionAlive, since: this.since };
      session = new ComposeSession(found.root, found.editor, this.adapter, host, (s) => this.onSessionUpdate(s));
      this.sessions.set(found.root, session);
      this.watchRemovals(found.root);
      this.active = session;
      this.selected = null;
      session.start();
      this.render();
    } else if (this.active !== session) {
      this.active = session;
      this.selected = null;
      this.render();
    }
  }

  private onSessionUpdate(session: ComposeSession): void {
    if (session === this.active) {
      if (this.selected && !session.findings.includes(this.selected)) this.selected = null;
      this.render();
    }
  }

  private render(): void {
    const session = this.active;
    if (!session || !session.alive || session.state === 'unchecked') {
      this.shown = [];
      this.sidebar?.hide();
      clearAll();
      this.textareaOverlay?.clear();
      return;
    }
    // Underlines follow the newest text on every check (editors replace text nodes); the sidebar only when it changes.
    this.paint(session);
    const notice = this.noticeFor(session);
    const view = [session, session.version, notice, this.collapsed, this.selected];
    if (view.every((v, i) => v === this.shown[i])) return;
    this.shown = view;
    this.sidebar ??= mountSidebar();
    this.sidebar.update(
      {
        findings: session.findings,
        text: session.snapshot.text,
        collapsed: this.collapsed,
        selected: this.selected,
        notice,
        onToggle: () => {
          this.collapsed = !this.collapsed;
          this.render();
        },
        onSelect: (f) => this.select(f),
        onDismiss: (f) => session.dismiss(f),
        onOpenSettings: this.openSettings,
      },
      session.root,
    );
  }

  /** The settings notice, and what the findings alone cannot say: a rule that failed, a post too long to check. */
  private noticeFor(session: ComposeSession): string {
    const parts = [this.notice];
    if (session.state === 'too-long') parts.push(t('noticeTooLong', [session.snapshot.text.length.toLocaleString('en-GB'), MAX_TYPED_LENGTH.toLocaleString('en-GB')]));
    if (session.state === 'changed-by-page') parts.push(t('noticeChangedByPage'));
    if (session.failures.length) parts.push(t('noticeRulesFailed', [session.failures.map((f) => f.rule).join(', ')]));
    return parts.filter(Boolean).join(' ');
  }

  private paint(session: ComposeSession): void {
    if (session.editor === 'textarea') {
      clearAll();
      this.textareaOverlay ??= new TextareaOverlay();
      this.textareaOverlay.paint(session.root as HTMLTextAreaElement, session.findings);
      return;
    }
    this.textareaOverlay?.clear();
    const ranges: RangesBySeverity = { error: [], warning: [], info: [] };
    for (const f of session.findings) {
      const range = session.snapshot.rangeAt(f.start, f.end);
      if (range) ranges[f.severity].push(range);
    }
    const focus = this.selected ? session.snapshot.rangeAt(this.selected.start, this.selected.end) : null;
    paint(ranges, focus);
  }

  /** Marks the finding's words and scrolls them into view, without moving focus or the caret. */
  private select(finding: Finding): void {
    this.selected = this.selected === finding ? null : finding;
    this.render();
    const range = this.selected && this.active?.snapshot.rangeAt(finding.start, finding.end);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
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
        this.selected = null;
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
    this.sidebar?.destroy();
    this.sidebar = null;
    this.textareaOverlay?.clear();
    clearAll();
  }
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
