// The sidebar's styles, adopted into its shadow root so neither the page nor the sidebar restyles the other.

export const SIDEBAR_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0; width: 320px; display: block; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.panel { --bg: #ffffff; --fg: #0b0c0c; --muted: #505a5f; --line: #b1b4b6; --card: #f3f2f1; --focus: #ffdd00; --link: #1d70b8;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-top: 4px solid #00703c; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.18);
  max-height: var(--max-height, 70vh); display: flex; flex-direction: column; overflow: hidden; }
.panel--warning { border-top-color: #f47738; }
.panel--error { border-top-color: #d4351c; }
.theme-dark .panel { --bg: #15202b; --fg: #f3f2f1; --muted: #b1b4b6; --line: #38444d; --card: #1e2a35; --link: #8ab8e6; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; text-align: left; }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
.panel__toggle { width: 100%; padding: 10px 12px; display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.panel__title { font-weight: 700; }
.panel__summary { color: var(--muted); font-size: 13px; }
.panel__body { overflow-y: auto; padding: 0 12px 10px; }
.panel__notice { background: var(--card); border-left: 4px solid var(--link); padding: 6px 8px; margin: 0 0 8px; font-size: 13px; }
.panel__empty { margin: 4px 0 10px; color: var(--muted); }
.findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.finding { background: var(--card); border-radius: 6px; border-left: 4px solid var(--line); padding: 8px; position: relative; }
.finding--error { border-left-color: #d4351c; }
.finding--warning { border-left-color: #f47738; }
.finding--info { border-left-color: #1d70b8; }
.finding--selected { outline: 2px solid var(--focus); }
.finding__main { display: grid; gap: 4px; width: 100%; padding: 0 56px 0 0; }
.finding__meta { display: flex; gap: 6px; align-items: center; font-size: 12px; }
.badge { font-weight: 700; padding: 0 6px; border-radius: 3px; color: #fff; }
.badge--error { background: #d4351c; }
.badge--warning { background: #b14d00; }
.badge--info { background: #1d70b8; }
.finding__category { color: var(--muted); text-transform: capitalize; }
.finding__words { font-weight: 600; word-break: break-word; }
.finding__message { }
.finding__suggestion { color: var(--muted); font-size: 13px; }
.finding__guidance { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.finding__dismiss { position: absolute; top: 6px; right: 6px; font-size: 12px; color: var(--link); text-decoration: underline; padding: 2px 4px; }
.panel__footer { display: flex; justify-content: space-between; gap: 8px; margin-top: 10px; font-size: 12px; color: var(--muted); }
.link { color: var(--link); text-decoration: underline; font-size: 12px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
