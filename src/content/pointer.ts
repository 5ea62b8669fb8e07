// Finds the underlined finding under the mouse or the caret in the active box, so its card can open beside the words.

export interface Target<T> {
  /** Stable across re-renders (items are rebuilt on every check), so "same finding" is a key comparison. */
  key: string;
  item: T;
  range: Range | null;
  start: number;
  end: number;
}

export interface PointerEvents<T> {
  hover(target: Target<T> | null, words: DOMRect | null): void;
  click(target: Target<T>, words: DOMRect): void;
  caret(target: Target<T> | null, words: DOMRect | null): void;
}

/** Underlines sit just below the text: count a few pixels under a line as on it. */
const SLOP = 3;

export class UnderlineTracker<T> {
  private readonly abort = new AbortController();
  private frame = 0;
  private last: { x: number; y: number } | null = null;
  private hovered: string | null = null;
  private caretKey: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly targets: () => readonly Target<T>[],
    private readonly on: PointerEvents<T>,
  ) {
    const { signal } = this.abort;
    root.addEventListener('pointermove', (e) => this.move(e), { signal, passive: true });
    root.addEventListener('pointerleave', () => this.leave(), { signal, passive: true });
    root.addEventListener('click', (e) => this.click(e), { signal, passive: true });
    // The caret moves on arrow keys, clicks and typing; selectionchange reports all of them (on the document,
    // and on the field itself for textareas).
    root.ownerDocument.addEventListener('selectionchange', () => this.caret(), { signal, passive: true });
    root.addEventListener('selectionchange', () => this.caret(), { signal, passive: true });
    root.addEventListener('keyup', () => this.caret(), { signal, passive: true });
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    this.abort.abort();
  }

  private move(e: PointerEvent): void {
    this.last = { x: e.clientX, y: e.clientY };
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.last) return;
      const hit = this.at(this.last.x, this.last.y);
      if ((hit?.target.key ?? null) === this.hovered) return;
      this.hovered = hit?.target.key ?? null;
      this.on.hover(hit?.target ?? null, hit?.rect ?? null);
    });
  }

  private leave(): void {
    this.last = null;
    if (this.hovered === null) return;
    this.hovered = null;
    this.on.hover(null, null);
  }

  private click(e: MouseEvent): void {
    const hit = this.at(e.clientX, e.clientY);
    if (hit) this.on.click(hit.target, hit.rect);
  }

  /** The target whose words contain the point, with the line box of the words under it. */
  private at(x: number, y: number): { target: Target<T>; rect: DOMRect } | null {
    for (const target of this.targets()) {
      if (!target.range) continue;
      for (const rect of target.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom + SLOP) return { target, rect };
      }
    }
    return null;
  }

  private caret(): void {
    const found = this.caretTarget();
    const key = found?.target.key ?? null;
    if (key === this.caretKey) return;
    this.caretKey = key;
    this.on.caret(found?.target ?? null, found?.rect ?? null);
  }

  /** Strictly inside the words: a caret at their edge is usually still typing them. */
  private caretTarget(): { target: Target<T>; rect: DOMRect } | null {
    if (this.root instanceof HTMLTextAreaElement) {
      const area = this.root;
      if (area.ownerDocument.activeElement !== area && area.getRootNode() === area.ownerDocument) return null;
      if (area.selectionStart !== area.selectionEnd) return null;
      const at = area.selectionStart;
      const target = this.targets().find((t) => at > t.start && at < t.end);
      return target ? { target, rect: area.getBoundingClientRect() } : null;
    }
    const selection = this.root.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
    const node = selection.anchorNode;
    if (!node || !this.root.contains(node)) return null;
    const offset = selection.anchorOffset;
    for (const target of this.targets()) {
      const r = target.range;
      if (!r) continue;
      try {
        if (r.comparePoint(node, offset) === 0 && !(node === r.startContainer && offset === r.startOffset) && !(node === r.endContainer && offset === r.endOffset)) {
          return { target, rect: r.getClientRects()[0] ?? r.getBoundingClientRect() };
        }
      } catch {
        // The editor re-rendered this text node since the check: no longer comparable, skip it.
      }
    }
    return null;
  }
}
