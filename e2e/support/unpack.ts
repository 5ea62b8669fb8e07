// Global setup: with CIVIL_POST_E2E_FROM=package, unzips the archives `npm run package` made and points every test at them.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { ARTIFACTS, PACKAGED_OUT } from './paths.ts';

export default function unpack(): void {
  if (process.env.CIVIL_POST_E2E_FROM !== 'package') {
    console.log('e2e: testing the build folders in dist/ (CIVIL_POST_E2E_FROM=package tests the store archives)');
    return;
  }
  const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  // The Chrome archive with the manifest key: the store one differs only by that line (scripts/package.mjs checks it).
  for (const [browser, name] of [['chrome', `civil-post-chrome-${version}.zip`], ['firefox', `civil-post-firefox-${version}.zip`]] as const) {
    const archive = join(ARTIFACTS, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(archive);
    } catch {
      throw new Error(`e2e: ${archive} is missing (${readdirSafe(ARTIFACTS)}): run "npm run package" first.`);
    }
    const dir = join(PACKAGED_OUT, browser);
    rmSync(dir, { recursive: true, force: true });
    for (const [path, data] of Object.entries(unzipSync(bytes))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), data);
    }
    process.env[browser === 'chrome' ? 'CIVIL_POST_E2E_CHROME_DIR' : 'CIVIL_POST_E2E_FIREFOX_DIR'] = dir;
    console.log(`e2e: testing ${name}, unzipped into ${dir}`);
  }
}

const readdirSafe = (dir: string) => {
  try {
    return readdirSync(dir).join(', ') || 'empty';
  } catch {
    return 'no artifacts folder';
  }
};
