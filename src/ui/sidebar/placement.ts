// Where the sidebar goes: beside the compose box (right or left), as a sheet below or above it, or as a small
// count badge, always outside the rectangles it must never cover (the box, its dialog, its Post button).

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Dock = 'auto' | 'right' | 'left' | 'bottom';
export const DOCKS: readonly Dock[] = ['auto', 'right', 'left', 'bottom'];

export interface Placement {
  mode: 'side' | 'sheet' | 'badge';
  left: number;
  top: number;
  width: number;
  /** The most height the panel may take (it is shorter when it has less to show). */
  maxHeight: number;
  /** Collapsed by the user, or no room to open beside the box. */
  reason?: 'collapsed' | 'no-room';
}

export interface PlacementInput {
  viewport: { width: number; height: number };
  /** Never covered: the box and its Post button. */
  protect: readonly Rect[];
  /** Not covered where there is any other room: the dialog or card around the box. */
  avoid?: readonly Rect[];
  dock: Dock;
  collapsed: boolean;
  /** The user opened it from the badge although nothing fits: a sheet over the lower half, until they close it. */
  force?: boolean;
}

export const GAP = 12;
export const SIDE_WIDTH = 340;
const MIN_SIDE_WIDTH = 260;
const MIN_SHEET_HEIGHT = 160;
const MAX_SHEET_WIDTH = 560;
export const BADGE_SIZE = 44;

export function union(rects: readonly Rect[]): Rect {
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

export const intersects = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

type Candidate = Omit<Placement, 'reason'>;

/** The first placement in the user's preferred order that fits; the badge when none does or the user collapsed it. */
export function place(input: PlacementInput): Placement {
  const { viewport, protect, avoid = [], collapsed } = input;
  if (!collapsed) {
    // Beside the whole dialog first; beside the box itself when the dialog leaves no room.
    const found = firstFit(input, [...protect, ...avoid]) ?? (avoid.length ? firstFit(input, protect) : null);
    if (found) return found;
    if (input.force) {
      const top = Math.round(viewport.height / 2);
      return { mode: 'sheet', left: GAP, top, width: viewport.width - 2 * GAP, maxHeight: viewport.height - top - GAP };
    }
  }
  const around = union([...protect, ...avoid].length ? [...protect, ...avoid] : [{ left: viewport.width, top: GAP, right: viewport.width, bottom: GAP }]);
  const spot = badge(viewport, [...protect, ...avoid], around) ?? badge(viewport, protect, around) ?? corner(viewport);
  return { ...spot, reason: collapsed ? 'collapsed' : 'no-room' };
}

function firstFit({ viewport, dock }: PlacementInput, protect: readonly Rect[]): Placement | null {
  const vw = viewport.width;
  const vh = viewport.height;
  const around = protect.length ? union(protect) : { left: vw, top: GAP, right: vw, bottom: GAP };
  const top = clamp(around.top, GAP, Math.max(GAP, vh - MIN_SHEET_HEIGHT - GAP));
  const side = (left: number, width: number): Candidate => ({ mode: 'side', left, top, width, maxHeight: vh - top - GAP });
  const sheetWidth = Math.min(MAX_SHEET_WIDTH, vw - 2 * GAP);
  const sheetLeft = clamp(around.left, GAP, vw - GAP - sheetWidth);

  const right = (): Candidate | null => {
    const left = around.right + GAP;
    const width = Math.min(SIDE_WIDTH, vw - GAP - left);
    return width >= MIN_SIDE_WIDTH ? side(left, width) : null;
  };
  const left = (): Candidate | null => {
    const width = Math.min(SIDE_WIDTH, around.left - 2 * GAP);
    return width >= MIN_SIDE_WIDTH ? side(around.left - GAP - width, width) : null;
  };
  const below = (): Candidate | null => {
    const y = around.bottom + GAP;
    return vh - GAP - y >= MIN_SHEET_HEIGHT ? { mode: 'sheet', left: sheetLeft, top: y, width: sheetWidth, maxHeight: vh - GAP - y } : null;
  };
  const above = (): Candidate | null => {
    const room = around.top - 2 * GAP;
    return room >= MIN_SHEET_HEIGHT ? { mode: 'sheet', left: sheetLeft, top: GAP, width: sheetWidth, maxHeight: room } : null;
  };
  const order = { auto: [right, left, below, above], right: [right, left, below, above], left: [left, right, below, above], bottom: [below, above, right, left] }[dock];

  for (const candidate of order) {
    const c = candidate();
    if (c && !protect.some((p) => intersects(p, { left: c.left, top: c.top, right: c.left + c.width, bottom: c.top + c.maxHeight }))) return c;
  }
  return null;
}

/** A small badge beside the box's top corner, else in a free corner of the window. */
function badge(viewport: PlacementInput['viewport'], protect: readonly Rect[], around: Rect): Candidate | null {
  const s = BADGE_SIZE;
  const { width: vw, height: vh } = viewport;
  const spots: [number, number][] = [
    [around.right + GAP, around.top],
    [around.left - GAP - s, around.top],
    [around.right - s, around.bottom + GAP],
    [around.right - s, around.top - GAP - s],
    [vw - GAP - s, vh - GAP - s],
    [vw - GAP - s, GAP],
    [GAP, vh - GAP - s],
    [GAP, GAP],
  ];
  for (const [x, y] of spots) {
    const r = { left: x, top: y, right: x + s, bottom: y + s };
    const inside = r.left >= 0 && r.top >= 0 && r.right <= vw && r.bottom <= vh;
    if (inside && !protect.some((p) => intersects(r, p))) return { mode: 'badge', left: x, top: y, width: s, maxHeight: s };
  }
  return null;
}

function corner({ width, height }: PlacementInput['viewport']): Candidate {
  return { mode: 'badge', left: width - GAP - BADGE_SIZE, top: height - GAP - BADGE_SIZE, width: BADGE_SIZE, maxHeight: BADGE_SIZE };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);
