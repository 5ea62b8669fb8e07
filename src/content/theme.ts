// The site's own theme (X's "Lights out", Facebook's dark mode), read once per box and again only when the page says it changed.

export function isDarkPage(): boolean {
  for (const el of [document.body, document.documentElement]) {
    if (!el) continue;
    const rgb = getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g)?.map(Number);
    if (rgb && rgb.length >= 3 && (rgb[3] ?? 1) > 0) return 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]! < 110;
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Calls back when the system scheme flips or the page restyles its root (sites switch themes by class or style). */
export function watchTheme(onChange: () => void, signal: AbortSignal): void {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', onChange, { signal });
  const observer = new MutationObserver(onChange);
  for (const el of [document.documentElement, document.body]) {
    if (el) observer.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode'] });
  }
  signal.addEventListener('abort', () => observer.disconnect());
}
