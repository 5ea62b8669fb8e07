// Placement never covers the protected rectangles, from 360 px windows up, and honours the user's dock.
import { describe, expect, it } from 'vitest';
import { intersects, place, type Dock, type Rect } from './placement.ts';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const box = (p: ReturnType<typeof place>): Rect => rect(p.left, p.top, p.left + p.width, p.top + Math.min(p.maxHeight, 400));

describe('place', () => {
  const dialog = rect(40, 40, 640, 320);
  const post = rect(560, 280, 630, 312);
  it('docks to the right of the box when there is room', () => {
    const p = place({ viewport: { width: 1280, height: 720 }, protect: [dialog, post], dock: 'auto', collapsed: false });
    expect(p).toMatchObject({ mode: 'side', left: 652, top: 40 });
  });
  it('goes left when asked and there is room', () => {
    const wide = rect(500, 40, 900, 300);
    const p = place({ viewport: { width: 1280, height: 720 }, protect: [wide], dock: 'left', collapsed: false });
    expect(p.mode).toBe('side');
    expect(p.left + p.width).toBeLessThanOrEqual(488);
  });
  it('becomes a sheet below the box when the window is narrow', () => {
    const narrow = rect(40, 40, 400, 320);
    const p = place({ viewport: { width: 400, height: 720 }, protect: [narrow], dock: 'auto', collapsed: false });
    expect(p).toMatchObject({ mode: 'sheet', top: 332 });
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + p.width).toBeLessThanOrEqual(400);
  });
  it('collapses to a badge outside the box and its button when a full-screen dialog leaves no room', () => {
    const full = rect(0, 0, 360, 720);
    const editor = rect(16, 60, 344, 400);
    const send = rect(270, 8, 344, 44);
    const p = place({ viewport: { width: 360, height: 720 }, protect: [editor, send], avoid: [full], dock: 'auto', collapsed: false });
    expect(p).toMatchObject({ mode: 'sheet' });
    expect(intersects(box(p), editor) || intersects(box(p), send)).toBe(false);
    const tall = rect(16, 60, 344, 690);
    const q = place({ viewport: { width: 360, height: 720 }, protect: [tall, send], avoid: [full], dock: 'auto', collapsed: false });
    expect(q).toMatchObject({ mode: 'badge', reason: 'no-room' });
    expect(intersects(box(q), tall) || intersects(box(q), send)).toBe(false);
  });
  for (const width of [360, 400, 700, 900, 1280]) {
    for (const dock of ['auto', 'right', 'left', 'bottom'] as Dock[]) {
      it(`never covers the box or the Post button at ${width} px, dock ${dock}`, () => {
        const d = rect(Math.min(40, width * 0.05), 40, Math.min(640, width - 10), 320);
        const b = rect(d.right - 80, 280, d.right - 10, 312);
        for (const collapsed of [false, true]) {
          const p = place({ viewport: { width, height: 720 }, protect: [d, b], dock, collapsed });
          const r = p.mode === 'badge' ? rect(p.left, p.top, p.left + p.width, p.top + p.width) : rect(p.left, p.top, p.left + p.width, p.top + p.maxHeight);
          expect(intersects(r, d) || intersects(r, b)).toBe(false);
          expect(r.left).toBeGreaterThanOrEqual(0);
          expect(r.right).toBeLessThanOrEqual(width);
        }
      });
    }
  }
});
