// Underlines for <textarea>s, where CSS highlights cannot paint: a hidden mirror of the field with the same
// text and box metrics gives each finding's rectangles, and positioned boxes are drawn over the field from
// the extension's own shadow root (nothing is added to the textarea or its parent).

import type { Severity } from '../core/index.ts';

export interface Underline {
  start: number;
  end: number;
  severity: Severity;
}

const COPIED = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant', 'line-height',
  'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'tab-size', 'direction', 'text-align',
] as const;

const CSS_TEXT = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483645; pointer-events: none; }
.mirror { position: fixed; visibility: hidden; white-space: pre-wrap; overflow-wrap: break-word; overflow: hidden; border-color: transparent; }
.clip { position: fixed; overflow: hidden; }
.line { position: absolute; height: 0; border-bottom: 2px solid; }
.line--error { border-color: #d4351c; border-bottom-width: 3px; }
.line--warning { border-color: #f47738; border-bottom-style: dashed; }
.line--info { border-color: #1d70b8; border-bottom-style: dotted; }
`;

export class TextareaOverlay {
  private readonly host = document.createElement('div');
  private readonly mirror = document.createElement('div');
  private readonly clip = document.createElement('div');
  private last: [HTMLTextAreaElement, Underline[]] | null = null;
  private frame = 0;
  // The boxes are fixed to the viewport: redraw when the page, the field or the window moves.
  private readonly follow = () => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      if (this.last) this.paint(...this.last);
    });
  };

  constructor() {
    this.host.setAttribute('data-civil-post', 'textarea-underlines');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    shadow.adoptedStyleSheets = [sheet];
    this.mirror.className = 'mirror';
    this.clip.className = 'clip';
    shadow.append(this.mirror, this.clip);
  }

  /** Draws one box per line fragment of each underline, clipped to the field's visible text area. */
  paint(area: HTMLTextAreaElement, underlines: Underline[]): void {
    this.last = [area, underlines];
    if (!this.host.isConnected) {
      document.body.append(this.host);
      window.addEventListener('scroll', this.follow, { capture: true, passive: true });
      window.addEventListener('resize', this.follow, { passive: true });
    }
    const style = getComputedStyle(area);
    for (const p of COPIED) this.mirror.style.setProperty(p, style.getPropertyValue(p));
    const box = area.getBoundingClientRect();
    Object.assign(this.mirror.style, { left: `${box.left}px`, top: `${box.top}px` });
    // A trailing newline needs a character after it to take up a line, as it does in the field.
    this.mirror.textContent = `${area.value}\u200b`;
    this.mirror.scrollTop = area.scrollTop;
    this.mirror.scrollLeft = area.scrollLeft;
    const inner = {
      left: box.left + area.clientLeft,
      top: box.top + area.clientTop,
      width: area.clientWidth,
      height: area.clientHeight,
    };
    Object.assign(this.clip.style, { left: `${inner.left}px`, top: `${inner.top}px`, width: `${inner.width}px`, height: `${inner.height}px` });
    const text = this.mirror.firstChild as Text;
    const shift = { x: area.scrollLeft - this.mirror.scrollLeft, y: area.scrollTop - this.mirror.scrollTop };
    const lines: HTMLElement[] = [];
    for (const u of underlines) {
      const range = document.createRange();
      range.setStart(text, Math.min(u.start, area.value.length));
      range.setEnd(text, Math.min(u.end, area.value.length));
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const line = document.createElement('div');
        line.className = `line line--${u.severity}`;
        line.dataset.start = String(u.start);
        line.dataset.end = String(u.end);
        Object.assign(line.style, { left: `${r.left - inner.left - shift.x}px`, top: `${r.bottom - inner.top - shift.y}px`, width: `${r.width}px` });
        lines.push(line);
      }
    }
    this.clip.replaceChildren(...lines);
  }

  clear(): void {
    this.last = null;
    window.removeEventListener('scroll', this.follow, { capture: true });
    window.removeEventListener('resize', this.follow);
    this.clip.replaceChildren();
    this.host.remove();
  }
}
