// Tells edits the user made from text the page wrote by script: only trusted editing events count, and
// only in a box the user can see, so a page cannot use Civil Post to test words against the user's settings.

/**
 * Events only a person can cause. The browser marks them trusted; a page's dispatchEvent() cannot, and
 * execCommand() fires no beforeinput. Keys and clipboard cover editors that cancel beforeinput themselves.
 */
const EDIT_EVENTS = ['beforeinput', 'keydown', 'paste', 'drop', 'cut', 'compositionend'] as const;
/** A click or tap (choosing a mention from a list, say) lets the site rewrite the box the user is editing. */
const GESTURE_EVENTS = ['pointerdown', 'keydown'] as const;
/** Editors apply a keystroke within a frame or two; a paste of a long post can take a few hundred ms. */
export const EDIT_WINDOW_MS = 1000;

interface Edit {
  at: number;
  path: readonly EventTarget[];
}

/** How many recent edits (in different boxes) are remembered, for boxes typed in while the checker loaded. */
const REMEMBERED = 8;

export class UserInput {
  private lastEdit: Edit = { at: -Infinity, path: [] };
  /** The latest edit in each of the last few boxes edited, newest first. */
  private recent: Edit[] = [];
  private lastGesture = -Infinity;

  constructor(signal: AbortSignal, private readonly now: () => number = () => performance.now()) {
    const onEdit = (e: Event) => {
      // The event's own time stamp (same clock as performance.now()) is when the key was pressed.
      if (!e.isTrusted) return;
      const edit = { at: e.timeStamp || this.now(), path: e.composedPath() };
      if (this.lastEdit.path[0] !== edit.path[0]) this.recent = [this.lastEdit, ...this.recent.filter((r) => r.path[0] !== edit.path[0])].slice(0, REMEMBERED - 1);
      this.lastEdit = edit;
    };
    const onGesture = (e: Event) => {
      if (e.isTrusted) this.lastGesture = this.now();
    };
    // Capture on the window: seen before the page's own handlers can stop the event.
    for (const type of EDIT_EVENTS) window.addEventListener(type, onEdit, { capture: true, passive: true, signal });
    for (const type of GESTURE_EVENTS) window.addEventListener(type, onGesture, { capture: true, passive: true, signal });
  }

  /** Did the user edit inside `root` (typing, pasting, dropping, cutting, IME) within the last EDIT_WINDOW_MS? */
  editedRecently(root: Element): boolean {
    return this.now() - this.lastEdit.at <= EDIT_WINDOW_MS && this.lastEdit.path.includes(root);
  }

  /** Did the user edit inside `root` at or after `since`? (Boxes typed in while the checker was loading.) */
  editedSince(root: Element, since: number): boolean {
    return [this.lastEdit, ...this.recent].some((e) => e.at >= since && e.path.includes(root));
  }

  /** When the user last edited anywhere (performance clock). */
  get lastEditAt(): number {
    return this.lastEdit.at;
  }

  /** Did the user press a key or click anywhere within the last EDIT_WINDOW_MS? */
  actedRecently(): boolean {
    return this.now() - Math.max(this.lastGesture, this.lastEdit.at) <= EDIT_WINDOW_MS;
  }
}

/** Smaller than this in either direction, a box cannot be read by the person typing in it. */
const MIN_SIDE_PX = 8;

/**
 * Whether a person can see the box: rendered, not transparent or hidden, of a readable size and at least
 * partly on screen. `box` is the box's rectangle as the last IntersectionObserver entry gave it, so no
 * layout is forced in the page (after a long paste, that layout alone can take longer than a frame).
 * A page can still hide a box in ways this misses; the trusted-edit rule is the guard.
 */
export function isVisibleBox(el: Element, box: { width: number; height: number } | null, onScreen: boolean): boolean {
  if (!el.isConnected || !box || !onScreen) return false;
  if (box.width < MIN_SIDE_PX || box.height < MIN_SIDE_PX) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return !check || check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
}
