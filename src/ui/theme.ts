// Colours, focus ring and severity styles shared by the sidebar, the hover card, the popup and the rule pages
// (contrast checked by axe in light and dark; severities also differ by label and line style, not colour alone).

export const THEME_CSS = `
.theme-light, :root { --bg: #ffffff; --fg: #0b0c0c; --muted: #484f53; --line: #8a8f92; --card: #f3f2f1; --focus: #ffdd00;
  --link: #1459a0; --error: #b3261e; --warning: #8f3f00; --info: #1459a0; --ok: #00703c; --linked: #fff7bf; }
.theme-dark { --bg: #15202b; --fg: #f3f2f1; --muted: #c5c8ca; --line: #6f7c86; --card: #1f2c38; --focus: #ffdd00;
  --link: #9cc5ee; --error: #ff8f80; --warning: #ffb86b; --info: #9cc5ee; --ok: #6fd49a; --linked: #3a3520; }
.sev { display: inline-block; font-weight: 700; font-size: 12px; line-height: 18px; padding: 0 6px; border-radius: 3px; color: #ffffff; white-space: nowrap; }
.sev--error { background: #b3261e; }
.sev--warning { background: #8f3f00; }
.sev--info { background: #1459a0; }
button, a { font: inherit; color: inherit; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
@media (forced-colors: active) {
  .sev { forced-color-adjust: none; background: Canvas; color: CanvasText; border: 1px solid CanvasText; }
  button:focus-visible, a:focus-visible { outline-color: Highlight; }
}
`;
