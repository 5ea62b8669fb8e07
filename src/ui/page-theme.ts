// Extension pages (popup, rule pages) follow the browser's light or dark scheme with the shared theme.

import { THEME_CSS } from './theme.ts';

export const PAGE_CSS = `
${THEME_CSS}
html, body { background: var(--bg); color: var(--fg); }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
a { color: var(--link); }
`;

/** Adopts the page's styles and keeps the theme class in step with the browser's colour scheme. */
export function applyPageTheme(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const set = () => {
    document.documentElement.classList.toggle('theme-dark', media.matches);
    document.documentElement.classList.toggle('theme-light', !media.matches);
  };
  set();
  media.addEventListener('change', set);
}
