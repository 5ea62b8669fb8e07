// Shows the active box's findings: the sidebar, the underlines and the hover card, linked both ways; applies
// fixes, ignores once or always, switches the profile and moves focus in and out. The controller picks the box.

import browser from 'webextension-polyfill';
import type { Finding, Settings, Severity } from '../core/index.ts';
import { applyFix } from '../editors/apply.ts';
import type { EditorKind, TextSnapshot } from '../editors/index.ts';
import { postButtonsFor, signedInHandle } from '../platforms/index.ts';
import { profileFor, switchedProfiles, type Profile } from '../platforms/profile.ts';
import type { SiteAdapter } from '../platforms/types.ts';
import { loadSettings, saveSettings } from '../settings/storage.ts';
import { CardHost } from '../ui/card/mount.tsx';
import { present, signature, type Item, type Presented } from '../ui/findings.ts';
import { t } from '../ui/i18n.ts';
import { loadDock, saveDock } from '../ui/local-state.ts';
import { SidebarHost, type SidebarState } from '../ui/sidebar/mount.tsx';
import type { Dock, Rect } from '../ui/sidebar/placement.ts';
import type { Notice } from '../ui/sidebar/Sidebar.tsx';
import { clearAll, paint, type RangesBySeverity } from './highlights.ts';
import { UnderlineTracker, type Target } from './pointer.ts';
import { MAX_TYPED_LENGTH, type SessionState } from './session.ts';
import { TextareaOverlay } from './textarea-overlay.ts';
import { isDarkPage, watchTheme } from './theme.ts';

/** What the view needs from a compose session. */
export interface ViewSession {
  readonly root: HTMLElement;
  readonly editor: EditorKind;
  readonly findings: Finding[];
  readonly snapshot: TextSnapshot;
  readonly alive: boolean;
  readonly state: SessionState;
  /** Rules that threw on the last check: the sidebar names them, so a silent rule is not taken for a clean post. */
  readonly failures: readonly { rule: string }[];
  dismiss(finding: Finding): void;
}

export interface ViewOptions {
  adapter: SiteAdapter;
  settings(): Settings;
  notice(): string;
  openSettings(): void;
  /** False once the extension was updated or removed (the content script then stands down). */
  extensionAlive(): boolean;
}

/** What the toolbar popup shows for this tab. */
export interface Status {
  count: number;
  counts: Record<Severity, number>;
  account: Profile['account'];
  handle: string;
  source: Profile['source'];
  active: boolean;
}

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 350;
const DOCK_CYCLE: Record<Dock, Dock> = { auto: 'left', right: 'left', left: 'bottom', bottom: 'right' };

export class FindingsView {
  private session: ViewSession | null = null;
  private sidebar: SidebarHost | null = null;
  private card: CardHost | null = null;
  private textareaOverlay: TextareaOverlay | null = null;
  private tracker: UnderlineTracker<Item> | null = null;
  private sessionAbort: AbortController | null = null;
  private presented: Presented = present([], '');
  private targets: Target<Item>[] = [];
  private postButtons: Element[] = [];
  private lastSignature = '';
  private expanded = new Set<string>();
  /** The finding linked from the words (hovered, clicked or under the caret). */
  private linkedKey: string | null = null;
  /** The finding marked from the sidebar (clicked or hovered there). */
  private selectedKey: string | null = null;
  private sidebarHoverKey: string | null = null;
  private cardPinned = false;
  private pointerInCard = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private collapsed = false;
  private force = false;
  private dock: Dock = 'auto';
  private dark = false;
  private handle = '';
  private flash: Notice[] = [];
  private lastCount = -1;

  constructor(private readonly options: ViewOptions) {
    void loadDock().then((dock) => {
      this.dock = dock;
      this.render(true);
    });
  }

  /** The settings a session checks with: the account type comes from the profile for this box. */
  settingsFor(settings: Settings): Settings {
    const profile = this.profile(settings);
    return profile.account === settings.account ? settings : { ...settings, account: profile.account };
  }

  show(session: ViewSession): void {
    if (!session.alive) return this.hide();
    if (session !== this.session) this.attach(session);
    this.render(false);
  }

  hide(): void {
    this.detach();
    this.sidebar?.hide();
    this.card?.hide();
    clearAll();
    this.textareaOverlay?.clear();
    this.reportCount(0, null);
  }

  destroy(): void {
    this.hide();
    this.sidebar?.destroy();
    this.card?.destroy();
    this.sidebar = null;
    this.card = null;
  }

  status(): Status {
    const profile = this.profile(this.options.settings());
    return {
      count: this.session ? this.presented.total : 0,
      counts: this.session ? { ...this.presented.counts } : { error: 0, warning: 0, info: 0 },
      account: profile.account,
      handle: profile.handle,
      source: profile.source,
      active: !!this.session,
    };
  }

  /** The keyboard shortcut: into the sidebar (at the finding under the caret, if any), or back to the editor. */
  toggleFocus(): void {
    if (!this.session || !this.sidebar) return;
    if (this.sidebar.hasFocus() || this.card?.host === document.activeElement) return this.returnFocus();
    if (this.collapsed || this.sidebar.placed?.mode === 'badge') {
      this.collapsed = false;
      this.force = this.sidebar.placed?.reason === 'no-room';
      this.render(true);
    }
    const key = this.linkedKey ?? this.selectedKey;
    this.sidebar.focus(key ? `[data-key="${CSS.escape(key)}"] .card__summary` : '.card__summary');
  }

  private returnFocus(): void {
    this.card?.hide();
    this.session?.root.focus({ preventScroll: true });
  }

  private attach(session: ViewSession): void {
    this.detach();
    this.session = session;
    this.expanded = new Set();
    this.linkedKey = this.selectedKey = this.sidebarHoverKey = null;
    this.flash = [];
    this.lastSignature = '';
    this.handle = signedInHandle(this.options.adapter);
    this.postButtons = postButtonsFor(this.options.adapter, session.root);
    this.sessionAbort = new AbortController();
    const { signal } = this.sessionAbort;
    this.dark = isDarkPage();
    watchTheme(() => {
      const dark = isDarkPage();
      if (dark !== this.dark) {
        this.dark = dark;
        this.render(true);
      }
    }, signal);
    this.tracker = new UnderlineTracker(session.root, () => this.targets, {
      hover: (target, words) => this.onHover(target, words),
      click: (target, words) => this.openCard(target.item, words, true),
      caret: (target, words) => {
        if (target && words) this.openCard(target.item, words, true);
        else if (this.cardPinned) this.closeCard();
      },
    });
    session.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeCard();
    }, { signal });
    // A press anywhere but the words and the card closes the card.
    document.addEventListener('pointerdown', (e) => {
      const path = e.composedPath();
      if (this.card && !path.includes(this.card.host) && !path.includes(session.root)) this.closeCard();
    }, { capture: true, signal });
  }

  private detach(): void {
    this.tracker?.stop();
    this.tracker = null;
    this.sessionAbort?.abort();
    this.sessionAbort = null;
    clearTimeout(this.hoverTimer);
    this.session = null;
    this.targets = [];
  }

  private profile(settings: Settings): Profile {
    // The site may show the signed-in handle only after the box was first checked: look again until it does.
    this.handle ||= signedInHandle(this.options.adapter);
    return profileFor(settings.profiles, settings.account, this.options.adapter.platform, this.handle);
  }

  private notices(session: ViewSession): Notice[] {
    const out: Notice[] = [];
    const settingsNotice = this.options.notice();
    if (settingsNotice) out.push({ id: 'settings', text: settingsNotice });
    if (session.state === 'too-long') out.push({ id: 'state', text: t('noticeTooLong', [session.snapshot.text.length.toLocaleString('en-GB'), MAX_TYPED_LENGTH.toLocaleString('en-GB')]) });
    if (session.state === 'changed-by-page') out.push({ id: 'state', text: t('noticeChangedByPage') });
    if (session.failures.length) out.push({ id: 'failures', text: t('noticeRulesFailed', [session.failures.map((f) => f.rule).join(', ')]) });
    return [...out, ...this.flash];
  }

  /** Re-renders when the findings or anything shown changed; `ui` forces it for a change of UI state. */
  private render(ui: boolean): void {
    const session = this.session;
    if (!session) return;
    const settings = this.options.settings();
    const profile = this.profile(settings);
    const notices = this.notices(session);
    const sig = [signature(session.findings), session.snapshot.text.length, profile.account, profile.handle, notices.map((n) => n.text).join('|'), this.dark].join('\u0000');
    if (!ui && sig === this.lastSignature) return;
    this.lastSignature = sig;
    this.presented = present(session.findings, session.snapshot.text);
    const keys = new Set([...this.presented.notes, ...this.presented.groups.flatMap((g) => g.items)].map((i) => i.key));
    for (const k of this.expanded) if (!keys.has(k)) this.expanded.delete(k);
    if (this.linkedKey && !keys.has(this.linkedKey)) this.linkedKey = null;
    if (this.selectedKey && !keys.has(this.selectedKey)) this.selectedKey = null;
    this.targets = this.presented.groups.flatMap((g) =>
      g.items.map((item) => ({ key: item.key, item, range: session.snapshot.rangeAt(item.finding.start, item.finding.end), start: item.finding.start, end: item.finding.end })),
    );
    if (this.card?.key && !keys.has(this.card.key)) this.closeCard();

    this.sidebar ??= new SidebarHost(() => this.returnFocus());
    this.sidebar.update(this.state(profile, notices), this.geometry(session), { collapsed: this.collapsed, force: this.force, dock: this.dock, dark: this.dark });
    if (this.linkedKey) this.sidebar.reveal(this.linkedKey);
    this.paint(session);
    this.reportCount(this.presented.total, this.presented.worst);
  }

  private state(profile: Profile, notices: Notice[]): SidebarState {
    return {
      presented: this.presented,
      expanded: this.expanded,
      linkedKey: this.linkedKey ?? this.selectedKey,
      profile,
      dock: this.dock,
      notices,
      onToggle: (item) => {
        if (!this.expanded.delete(item.key)) this.expanded.add(item.key);
        this.render(true);
      },
      onSelect: (item) => this.select(item),
      onHover: (item) => {
        this.sidebarHoverKey = item?.key ?? null;
        if (this.session) this.paint(this.session);
      },
      onApply: (item) => void this.apply(item),
      onIgnore: (item) => this.ignore(item),
      onIgnoreAlways: (item) => void this.ignoreAlways(item),
      canIgnoreAlways: (item) => canIgnoreAlways(item),
      onOpenRule: (rule) => this.openRule(rule),
      onToggleCollapsed: () => {
        if (this.sidebar?.placed?.reason === 'no-room' && !this.collapsed) this.force = true;
        else {
          this.collapsed = !this.collapsed;
          this.force = false;
        }
        this.render(true);
      },
      onSwitchProfile: () => void this.switchProfile(),
      onMove: () => {
        this.dock = DOCK_CYCLE[this.dock];
        void saveDock(this.dock);
        this.render(true);
      },
      onOpenSettings: this.options.openSettings,
    };
  }

  private geometry(session: ViewSession) {
    const rectOf = (el: Element): Rect | null => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    };
    return {
      anchor: session.root,
      protect: () => [session.root, ...this.postButtons].map(rectOf).filter((r): r is Rect => r !== null),
      avoid: () => {
        const dialog = session.root.closest('[role="dialog"]');
        const r = dialog && rectOf(dialog);
        return r ? [r] : [];
      },
    };
  }

  private paint(session: ViewSession): void {
    const items = this.presented.groups.flatMap((g) => g.items);
    if (session.editor === 'textarea') {
      clearAll();
      this.textareaOverlay ??= new TextareaOverlay();
      this.textareaOverlay.paint(session.root as HTMLTextAreaElement, items.map((i) => i.finding));
      return;
    }
    this.textareaOverlay?.clear();
    const ranges: RangesBySeverity = { error: [], warning: [], info: [] };
    for (const target of this.targets) if (target.range) ranges[target.item.finding.severity].push(target.range);
    const focusKey = this.sidebarHoverKey ?? this.selectedKey ?? this.card?.key ?? null;
    const focus = focusKey ? (this.targets.find((x) => x.item.key === focusKey)?.range ?? null) : null;
    paint(ranges, focus);
  }

  /** Marks the finding's words and scrolls them into view, without moving focus or the caret. */
  private select(item: Item): void {
    this.selectedKey = this.selectedKey === item.key ? null : item.key;
    this.render(true);
    const range = this.selectedKey ? this.targets.find((x) => x.item.key === item.key)?.range : null;
    range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private onHover(target: Target<Item> | null, words: DOMRect | null): void {
    clearTimeout(this.hoverTimer);
    if (target && words) {
      this.hoverTimer = setTimeout(() => this.openCard(target.item, words, false), HOVER_OPEN_MS);
    } else if (!this.cardPinned) {
      this.hoverTimer = setTimeout(() => {
        if (!this.pointerInCard && !this.cardPinned) this.closeCard();
      }, HOVER_CLOSE_MS);
    }
  }

  private openCard(item: Item, words: DOMRect, pinned: boolean): void {
    clearTimeout(this.hoverTimer);
    this.card ??= new CardHost();
    this.cardPinned = pinned || (this.cardPinned && this.card.key === item.key);
    this.card.show(
      {
        item,
        canIgnoreAlways: canIgnoreAlways(item),
        onApply: (i) => void this.apply(i),
        onIgnore: (i) => this.ignore(i),
        onIgnoreAlways: (i) => void this.ignoreAlways(i),
        onDetails: (i) => {
          this.expanded.add(i.key);
          this.collapsed = false;
          this.closeCard();
          this.linkedKey = i.key;
          this.render(true);
        },
        onOpenRule: (rule) => this.openRule(rule),
        onPointer: (inside) => {
          this.pointerInCard = inside;
          if (!inside && !this.cardPinned) this.onHover(null, null);
        },
      },
      words,
      this.dark,
    );
    if (this.linkedKey !== item.key) {
      this.linkedKey = item.key;
      this.render(true);
    }
  }

  private closeCard(): void {
    clearTimeout(this.hoverTimer);
    this.cardPinned = false;
    this.pointerInCard = false;
    if (!this.card?.visible) return;
    this.card.hide();
    this.linkedKey = null;
    this.render(true);
  }

  private async apply(item: Item): Promise<void> {
    const session = this.session;
    const fix = item.finding.fix;
    if (!session || !fix) return;
    this.closeCard();
    const result = await applyFix(session.root, session.editor, session.snapshot, fix);
    if (result !== 'applied') this.say({ id: 'fix', text: t(result === 'stale' ? 'sidebarFixStale' : 'sidebarFixFailed') });
  }

  private ignore(item: Item): void {
    this.closeCard();
    this.session?.dismiss(item.finding);
  }

  /** Adds the words to the allow-list (so they are never flagged again), with an undo in the sidebar. */
  private async ignoreAlways(item: Item): Promise<void> {
    this.closeCard();
    const term = item.words.trim();
    const saved = await this.edit('allowlist', 'allow', t('sidebarAllowlistLocked'), (list) => (list.includes(term) ? list : [...list, term]));
    if (!saved) return;
    this.say({
      id: 'allow',
      text: t('sidebarIgnoredAlways', [term]),
      action: {
        label: t('sidebarUndo'),
        run: () => {
          void this.edit('allowlist', 'allow', t('sidebarAllowlistLocked'), (list) => list.filter((x) => x !== term)).then((undone) => {
            if (undone) this.say({ id: 'allow', text: t('sidebarIgnoreUndone', [term]) });
          });
        },
      },
    });
  }

  private async switchProfile(): Promise<void> {
    await this.edit('profiles', 'profile', t('sidebarProfileLocked'), (lines, settings) => switchedProfiles(lines, this.profile(settings), this.options.adapter.platform));
  }

  /**
   * Changes one list setting from the newest stored value. Refused, with a notice, when the administrator
   * locked it, when the settings could not be read (a save would overwrite what could not be read) or when
   * the value is refused (a full list, the sync quota). True when saved.
   */
  private async edit(key: 'allowlist' | 'profiles', id: string, lockedText: string, change: (value: string[], settings: Settings) => string[]): Promise<boolean> {
    try {
      const { settings, own, locked, readError } = await loadSettings();
      const refusal = locked.has(key) ? lockedText : readError ? t('sidebarSettingsUnreadable', [readError]) : '';
      if (refusal) {
        this.say({ id, text: refusal });
        return false;
      }
      await saveSettings({ [key]: change(settings[key], settings) }, own);
      return true;
    } catch (error) {
      this.say({ id, text: t('sidebarNotSaved', [error instanceof Error ? error.message : String(error)]) });
      return false;
    }
  }

  private say(notice: Notice): void {
    this.flash = [...this.flash.filter((n) => n.id !== notice.id), notice];
    this.render(true);
  }

  private openRule(rule: string): void {
    if (this.options.extensionAlive()) browser.runtime.sendMessage({ type: 'open-rule', rule }).catch(() => this.options.extensionAlive());
  }

  /** Tells the background how many findings the active box has, for the toolbar badge. */
  private reportCount(count: number, worst: Severity | null): void {
    if (count === this.lastCount || !this.options.extensionAlive()) return;
    this.lastCount = count;
    try {
      void browser.runtime.sendMessage({ type: 'civil-post-count', count, worst }).catch(() => {});
    } catch {
      // The extension was reloaded: this copy can no longer talk to it.
    }
  }
}

/** Must-fix findings are never waved through for good in one click; the options page can still do it. */
function canIgnoreAlways(item: Item): boolean {
  const term = item.words.trim();
  return !item.wholePost && item.finding.severity !== 'error' && term.length > 0 && term.length <= 100 && !term.includes('\n');
}

