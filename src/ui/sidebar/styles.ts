// The sidebar's styles, adopted into its shadow root so neither the page nor the sidebar restyles the other.

import { THEME_CSS } from '../theme.ts';

export const SIDEBAR_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0; display: block; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
${THEME_CSS}
.root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--fg); }
button { background: none; border: 0; cursor: pointer; text-align: left; padding: 0; }
.panel { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-top: 4px solid var(--ok); border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.22); max-height: var(--max-height, 70vh); display: flex; flex-direction: column; overflow: hidden;
  user-select: text; -webkit-user-select: text; }
.panel--warning { border-top-color: var(--warning); }
.panel--error { border-top-color: var(--error); }
.panel__header { padding: 8px 10px 6px; border-bottom: 1px solid var(--line); display: grid; gap: 6px; }
.panel__titlebar { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.panel__title { font-size: 15px; margin: 0; }
.panel__summary { margin: 0; color: var(--muted); font-size: 13px; }
.panel__tools { display: flex; flex-wrap: wrap; gap: 4px; }
.tool, .chip { min-height: 32px; min-width: 32px; padding: 4px 10px; border-radius: 16px; border: 1px solid var(--line); font-size: 13px; color: var(--fg); }
.tool:hover, .chip:hover { background: var(--card); }
.chip { font-weight: 700; display: inline-flex; gap: 6px; align-items: center; }
.chip--official { border: 2px solid var(--link); }
.chip__handle { font-weight: 400; color: var(--muted); }
.panel__body { overflow-y: auto; padding: 8px 10px 10px; overscroll-behavior: contain; }
.notice { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; background: var(--card); border-left: 4px solid var(--link); padding: 6px 8px; margin: 0 0 8px; font-size: 13px; }
.group { margin: 0 0 10px; }
.group__title { font-size: 13px; margin: 0 0 6px; text-transform: none; }
.group__count { color: var(--muted); font-weight: 400; }
.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.card { background: var(--card); border-radius: 6px; border-left: 4px solid var(--line); }
.card--error { border-left: 5px solid var(--error); }
.card--warning { border-left: 4px dashed var(--warning); }
.card--info { border-left: 4px dotted var(--info); }
.card--linked { background: var(--linked); outline: 2px solid var(--focus); }
.card__summary { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; align-items: baseline; width: 100%; min-height: 32px; padding: 6px 8px; }
.card__words { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.card--note .card__summary { grid-template-columns: auto; }
.card__line { grid-column: 1 / -1; color: var(--fg); font-size: 13px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.card__line--open { white-space: normal; }
.card__details { padding: 0 8px 8px; font-size: 13px; display: grid; gap: 6px; }
.card__details p { margin: 0; }
.card__guidance { margin: 0; padding: 0; list-style: none; color: var(--muted); font-size: 12px; display: grid; gap: 2px; }
.card__guidance strong { color: var(--fg); }
.card__actions { display: flex; flex-wrap: wrap; gap: 6px; }
.action { min-height: 32px; min-width: 32px; padding: 4px 10px; border-radius: 4px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); font-size: 13px; }
.action--primary { background: #00703c; color: #ffffff; border-color: #00703c; font-weight: 700; }
.action--link { border-color: transparent; background: transparent; color: var(--link); text-decoration: underline; }
.panel__empty { margin: 4px 0 10px; color: var(--muted); }
.panel__footer { margin: 8px 0 0; font-size: 12px; color: var(--muted); }
.tab__button { width: 44px; height: 44px; border-radius: 22px; background: var(--bg); color: var(--fg); border: 3px solid var(--ok);
  box-shadow: 0 2px 10px rgba(0,0,0,.25); font-weight: 700; font-size: 16px; text-align: center; }
.tab--warning .tab__button { border-color: var(--warning); border-style: dashed; }
.tab--error .tab__button { border-color: var(--error); border-width: 4px; }
@media (prefers-reduced-motion: no-preference) { .panel--sheet { animation: rise .12s ease-out; } @keyframes rise { from { transform: translateY(8px); opacity: .6; } } }
@media (forced-colors: active) {
  .panel, .card, .tab__button, .tool, .chip, .action { border-color: CanvasText; }
  .card--linked { outline-color: Highlight; }
  .action--primary { forced-color-adjust: auto; }
}
`;
