// Draws underlines with the CSS Custom Highlight API: no element is ever added inside the host's editor.

import type { Severity } from '../core/index.ts';

export const HIGHLIGHT_NAMES = {
  error: 'civil-post-error',
  warning: 'civil-post-warning',
  info: 'civil-post-info',
  focus: 'civil-post-focus',
} as const;

// Severities differ by line style as well as colour (wavy, dashed, dotted), so colour is never the only cue.
const CSS_TEXT = `
::highlight(civil-post-error) { text-decoration: underline wavy #d4351c; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(civil-post-warning) { text-decoration: underline dashed #f47738; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(civil-post-info) { text-decoration: underline dotted #1d70b8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(civil-post-focus) { background-color: rgba(255, 221, 0, 0.55); color: inherit; }
@media (forced-colors: active) {
  ::highlight(civil-post-error), ::highlight(civil-post-warning), ::highlight(civil-post-info) { text-decoration-color: LinkText; }
  ::highlight(civil-post-focus) { background-color: Highlight; color: HighlightText; }
}
`;

export const highlightsSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

let sheet: CSSStyleSheet | undefined;

/** Keeps our ::highlight rules in the page's adopted sheets (a page that reassigns them drops ours). */
function ensureStyles(ranges: Range[]): void {
  const css = (sheet ??= (() => {
    const s = new CSSStyleSheet();
    s.replaceSync(CSS_TEXT);
    return s;
  })());
  // A document's styles stop at shadow boundaries, so text in a shadow root (LinkedIn's #interop-outlet)
  // is only painted by ::highlight rules adopted into that shadow root.
  const trees = new Set<Document | ShadowRoot>([document]);
  for (const r of ranges) {
    const tree = r.startContainer.getRootNode();
    if (tree instanceof ShadowRoot) trees.add(tree);
  }
  for (const tree of trees) if (!tree.adoptedStyleSheets.includes(css)) tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, css];
}

export type RangesBySeverity = Record<Severity, Range[]>;

/** Replaces every underline with these ranges (one set of ranges for the whole page). */
export function paint(ranges: RangesBySeverity, focus: Range | null): void {
  if (!highlightsSupported()) return;
  ensureStyles([...ranges.error, ...ranges.warning, ...ranges.info]);
  for (const severity of ['error', 'warning', 'info'] as const) {
    setHighlight(HIGHLIGHT_NAMES[severity], ranges[severity]);
  }
  setHighlight(HIGHLIGHT_NAMES.focus, focus ? [focus] : []);
}

function setHighlight(name: string, ranges: Range[]): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  // Errors above warnings above advice where ranges overlap.
  highlight.priority = name === HIGHLIGHT_NAMES.error ? 3 : name === HIGHLIGHT_NAMES.warning ? 2 : 1;
  CSS.highlights.set(name, highlight);
}

export function clearAll(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
