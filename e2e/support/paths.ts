// Where the built extensions and fixture pages live, and the ids the tests pin.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

/** The extensions under test: the build folders, or the unzipped store archives when unpack.ts set these (CIVIL_POST_E2E_FROM=package). */
export const DIST_CHROME = process.env.CIVIL_POST_E2E_CHROME_DIR ?? root('dist/chrome');
export const DIST_FIREFOX = process.env.CIVIL_POST_E2E_FIREFOX_DIR ?? root('dist/firefox');
export const ARTIFACTS = root('artifacts');
export const PACKAGED_OUT = root('e2e/.output/packaged');
export const FIXTURES_OUT = root('e2e/.output/fixtures');

interface BuiltManifest {
  options_ui?: { page?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

export function builtManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as BuiltManifest;
}

/** Path of the options page inside the built extension, as the manifest names it. */
export const optionsPath = (dir: string): string => builtManifest(dir).options_ui?.page ?? 'src/options/index.html';

/** Firefox gives each install a random moz-extension:// host unless a pref pins it. */
export const FIREFOX_UUID = '6f0b5a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
