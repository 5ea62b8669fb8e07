// User-facing strings by key: the browser's locale via the i18n API, with the bundled en_GB text as fallback outside the extension (tests).

import messages from '../../public/_locales/en_GB/messages.json' with { type: 'json' };

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/**
 * The content script reads its strings through the browser's i18n API only, so the catalogue is bundled only
 * outside the extension (tests, Node) and in the extension pages (page-strings.ts): 9 kB gzipped less on every matching page.
 */
let FALLBACK: Catalogue = import.meta.env.MODE === 'chrome' || import.meta.env.MODE === 'firefox' ? {} : (messages as Catalogue);

export function bundleCatalogue(catalogue: Catalogue): void {
  FALLBACK = catalogue;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}
const api = (globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } }).browser?.i18n ??
  (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;

/** The string for `key` with `$1`…`$9` (or named placeholders) filled in; the key itself if it is unknown, so a missing string shows rather than vanishes. */
export function t(key: string, substitutions: readonly string[] = []): string {
  let fromBrowser = '';
  try {
    fromBrowser = api?.getMessage(key, [...substitutions]) ?? '';
  } catch {
    // Outside an extension page (or in an orphaned content script) the API throws; the bundled text still works.
  }
  if (fromBrowser) return fromBrowser;
  const entry = FALLBACK[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), content);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}
