// One compose box being watched: checks what the user types in it on an adaptive schedule, and remembers the findings.

import { checkPostInSteps, type CheckResult, type Finding, type RuleFailure, type Settings } from '../core/index.ts';
import { readerFor, type EditorKind, type EditorReader, type TextSnapshot } from '../editors/index.ts';
import { replyTextFor } from '../platforms/index.ts';
import type { SiteAdapter } from '../platforms/types.ts';
import { CheckScheduler, type Job } from './scheduler.ts';
import { recordCheck } from './stats.ts';
import { isVisibleBox, type UserInput } from './user-input.ts';

/**
 * Longer than anyone types, and than X's longest posts (25,000): past this a paste is not checked as you
 * type, and the sidebar says so, rather than hold up the page.
 */
export const MAX_TYPED_LENGTH = 30_000;

/** What a session needs from the controller around it. */
export interface SessionHost {
  settings(): Settings;
  user: UserInput;
  /** False (and the whole content script stands down) once the extension has been updated or removed. */
  extensionAlive(): boolean;
  /** When the checker began loading: edits the user made since then, before this session existed, count. */
  since: number;
}

/** What the sidebar should say about this box beyond its findings. */
export type SessionState =
  /** Nothing the user typed here has been checked yet. */
  | 'unchecked'
  | 'checked'
  /** Longer than MAX_TYPED_LENGTH. */
  | 'too-long'
  /** The page changed the text without the user typing; it is checked again on the next edit. */
  | 'changed-by-page';

const EMPTY: TextSnapshot = { text: '', rangeAt: () => null };

/** A finished check: the text it read and what the core found, or that the text was too long to check. */
interface Outcome {
  snapshot: TextSnapshot;
  result: CheckResult;
  tooLong: boolean;
}

export class ComposeSession {
  findings: Finding[] = [];
  failures: RuleFailure[] = [];
  state: SessionState = 'unchecked';
  snapshot: TextSnapshot = EMPTY;
  /** Bumped whenever what the sidebar shows for this box changes; the controller skips renders otherwise. */
  version = 0;
  private readonly reader: EditorReader;
  private readonly dismissed = new Set<string>();
  private readonly abort = new AbortController();
  private readonly scheduler: CheckScheduler<Outcome>;
  /** On screen, and its size, as the IntersectionObserver last reported (null until it has). */
  private visible = false;
  private box: DOMRectReadOnly | null = null;
  private dirty = false;
  private replyText = '';
  /** Performance-clock time of the first trusted edit not yet covered by a finished check. */
  private editSince = -1;

  private readonly user: UserInput;

  constructor(
    readonly root: HTMLElement,
    readonly editor: EditorKind,
    private readonly adapter: SiteAdapter,
    private readonly host: SessionHost,
    private readonly onUpdate: (session: ComposeSession) => void,
  ) {
    this.reader = readerFor(editor);
    this.user = host.user;
    this.scheduler = new CheckScheduler({ start: () => this.startCheck(), finish: (done, cost, slice, slowest) => this.finishCheck(done, cost, slice, slowest) });
  }

  start(): void {
    const { signal } = this.abort;
    // Editors re-render text nodes on every keystroke; observing the root catches typing, paste and undo alike.
    const mutations = new MutationObserver(() => this.changed());
    mutations.observe(this.root, { characterData: true, childList: true, subtree: true });
    signal.addEventListener('abort', () => mutations.disconnect());
    this.root.addEventListener('input', () => this.changed(), { signal, passive: true });
    // Boxes scrolled off screen do no work until they come back; a new box is first checked once the
    // observer has reported it (the next frame), which also gives its size without forcing a layout.
    const io = new IntersectionObserver((entries) => {
      const entry = entries.at(-1)!;
      this.visible = entry.isIntersecting;
      this.box = entry.boundingClientRect;
      if (this.visible && this.dirty) this.request();
    });
    io.observe(this.root);
    signal.addEventListener('abort', () => io.disconnect());
    // The user may have typed while the checker loaded, or typed the keystroke that created this session.
    if (this.user.editedSince(this.root, this.host.since)) {
      this.editSince = this.host.since;
      this.request();
    }
  }

  stop(): void {
    this.scheduler.stop();
    this.abort.abort();
  }

  get alive(): boolean {
    return this.root.isConnected && !this.abort.signal.aborted;
  }

  /** Settings changed: check again what the user typed, if the page has not rewritten it since. */
  recheck(): void {
    if (this.state === 'checked' || this.state === 'too-long') this.request();
  }

  /** The box's DOM changed. Only the user's own edits are checked; anything else only hides stale findings. */
  private changed(): void {
    if (this.abort.signal.aborted) return;
    const byUser = this.user.editedRecently(this.root) || (this.state !== 'unchecked' && this.user.actedRecently());
    if (byUser) {
      if (this.editSince < 0) this.editSince = this.user.lastEditAt;
      this.request();
    } else if (this.state !== 'unchecked' && !this.scheduler.busy) {
      this.pageChanged();
    }
  }

  private request(): void {
    if (!this.visible) {
      this.dirty = true;
      return;
    }
    this.dirty = false;
    this.scheduler.request();
  }

  /**
   * The page rewrote the text by script (posting clears the box; a site may restore a draft). Nothing is
   * checked, so the page learns nothing, but findings for the old text must not stay on the new one.
   */
  private pageChanged(): void {
    const text = this.reader.read(this.root).text;
    if (text === this.snapshot.text) return;
    this.snapshot = EMPTY;
    this.findings = [];
    this.failures = [];
    this.state = text.trim() ? 'changed-by-page' : 'unchecked';
    this.dismissed.clear();
    this.version++;
    this.onUpdate(this);
  }

  private startCheck(): Job<Outcome> | null {
    // An orphaned copy (extension updated or reloaded) would check with stale settings: it stands down instead.
    if (!this.host.extensionAlive()) return null;
    if (!this.alive || !isVisibleBox(this.root, this.box, this.visible)) return null;
    const snapshot = this.reader.read(this.root);
    const settings = this.host.settings();
    // An emptied box is a new post: forget what was dismissed for the old one.
    if (!snapshot.text.trim()) this.dismissed.clear();
    if (snapshot.text.length > MAX_TYPED_LENGTH) {
      const outcome: Outcome = { snapshot, result: { findings: [], failures: [] }, tooLong: true };
      return { next: () => ({ done: true, value: outcome }) };
    }
    const post = { text: snapshot.text, platform: this.adapter.platform, account: settings.account, replyTo: this.replyTo() };
    const steps = checkPostInSteps(post, settings);
    return {
      next() {
        const step = steps.next();
        return step.done ? { done: true, value: { snapshot, result: step.value, tooLong: false } } : step;
      },
    };
  }

  private finishCheck(done: Outcome, cost: number, longestSlice: number, slowest: { value: unknown; ms: number }): void {
    if (!this.alive) return;
    const { snapshot, result } = done;
    const state: SessionState = done.tooLong ? 'too-long' : 'checked';
    this.snapshot = snapshot;
    const findings = result.findings.filter((f) => !this.dismissed.has(this.keyOf(f)));
    // Unchanged findings keep their objects, so the sidebar is not redrawn and a selected finding stays selected.
    const same = state === this.state && sameFindings(findings, this.findings, snapshot.text, this.shownText) && sameFailures(result.failures, this.failures);
    if (!same) {
      this.findings = findings;
      this.failures = result.failures;
      this.state = state;
      this.version++;
    }
    this.shownText = snapshot.text;
    const t0 = performance.now();
    this.onUpdate(this);
    const now = performance.now();
    // Key to sidebar: from the first edit this check covers to the sidebar and underlines being up to date.
    if (this.editSince >= 0) recordCheck({ latency: now - this.editSince, cost, longestSlice, slowestStep: `${String(slowest.value)} ${slowest.ms.toFixed(1)} ms`, render: now - t0, length: snapshot.text.length });
    this.editSince = -1;
  }

  /** The text the current findings' words were read from. */
  private shownText = '';

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
    this.version++;
    this.onUpdate(this);
  }

  private keyOf(f: Finding): string {
    return `${f.rule}\u0000${this.snapshot.text.slice(f.start, f.end).toLowerCase()}`;
  }
}

function sameFindings(a: Finding[], b: Finding[], textA: string, textB: string): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i]!;
    return (
      f.rule === g.rule && f.start === g.start && f.end === g.end && f.severity === g.severity && f.message === g.message &&
      f.suggestion === g.suggestion && textA.slice(f.start, f.end) === textB.slice(g.start, g.end)
    );
  });
}

function sameFailures(a: RuleFailure[], b: RuleFailure[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rule === b[i]!.rule);
}
