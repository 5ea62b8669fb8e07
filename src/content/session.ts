// One compose box being watched: reads its text on every edit, checks it, and remembers its findings.

import { checkWithSettings, type Finding, type Settings } from '../core/index.ts';
import { readerFor, type EditorKind, type EditorReader, type TextSnapshot } from '../editors/index.ts';
import { replyTextFor } from '../platforms/index.ts';
import type { SiteAdapter } from '../platforms/types.ts';

/** Long enough to skip work between keystrokes, short enough to feel live. */
const DEBOUNCE_MS = 120;

export class ComposeSession {
  findings: Finding[] = [];
  snapshot: TextSnapshot = { text: '', rangeAt: () => null };
  private readonly reader: EditorReader;
  private readonly dismissed = new Set<string>();
  private readonly abort = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private visible = true;
  private dirty = false;
  private replyText = '';

  constructor(
    readonly root: HTMLElement,
    readonly editor: EditorKind,
    private readonly adapter: SiteAdapter,
    private readonly settings: () => Settings,
    private readonly onUpdate: (session: ComposeSession) => void,
  ) {
    this.reader = readerFor(editor);
  }

  start(): void {
    const { signal } = this.abort;
    // Editors re-render text nodes on every keystroke; observing the root catches typing, paste and undo alike.
    const mutations = new MutationObserver(() => this.schedule());
    mutations.observe(this.root, { characterData: true, childList: true, subtree: true });
    signal.addEventListener('abort', () => mutations.disconnect());
    this.root.addEventListener('input', () => this.schedule(), { signal, passive: true });
    // Boxes scrolled off screen do no work until they come back.
    if (typeof IntersectionObserver === 'function') {
      const io = new IntersectionObserver((entries) => {
        this.visible = entries.some((e) => e.isIntersecting);
        if (this.visible && this.dirty) this.schedule();
      });
      io.observe(this.root);
      signal.addEventListener('abort', () => io.disconnect());
    }
    this.recheck();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.abort.abort();
  }

  get alive(): boolean {
    return this.root.isConnected && !this.abort.signal.aborted;
  }

  schedule(): void {
    if (this.abort.signal.aborted) return;
    if (!this.visible) {
      this.dirty = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recheck(), DEBOUNCE_MS);
  }

  recheck(): void {
    this.dirty = false;
    const settings = this.settings();
    this.snapshot = this.reader.read(this.root);
    // An emptied box is a new post: forget what was dismissed for the old one.
    if (!this.snapshot.text.trim()) this.dismissed.clear();
    const post = {
      text: this.snapshot.text,
      platform: this.adapter.platform,
      account: settings.account,
      replyTo: this.replyTo(),
    };
    this.findings = checkWithSettings(post, settings).filter((f) => !this.dismissed.has(this.keyOf(f)));
    this.onUpdate(this);
  }

  /**
   * The post being replied to does not change while the reply is typed, so it is read (innerText, which
   * costs a layout) until found once, not on every keystroke.
   */
  private replyTo(): string {
    this.replyText ||= replyTextFor(this.adapter, this.root);
    return this.replyText;
  }

  /** Hides a finding for this post only; the same words in a new post are flagged again. */
  dismiss(finding: Finding): void {
    this.dismissed.add(this.keyOf(finding));
    this.findings = this.findings.filter((f) => f !== finding);
    this.onUpdate(this);
  }

  private keyOf(f: Finding): string {
    return `${f.rule}\u0000${this.snapshot.text.slice(f.start, f.end).toLowerCase()}`;
  }
}
