#!/usr/bin/env node
// `npm run screenshots`: runs the end-to-end tests that take the README's pictures (Chromium) and copies them into
// docs/screenshots/. The tests themselves only write under e2e/.output, so running them leaves git status clean.

import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const OUT = 'e2e/.output/test-results';
const SPECS = ['screenshots.chromium.spec.ts', 'cards.spec.ts', 'underlines.spec.ts', 'layout.spec.ts', 'toolbar.spec.ts'];
const run = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--project', 'chromium', ...SPECS], { stdio: 'inherit' });
if (run.status !== 0) {
  console.error('screenshots: the tests failed, so docs/screenshots/ was left as it was.');
  process.exit(run.status ?? 1);
}
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
let copied = 0;
for (const file of walk(OUT).filter((f) => basename(f).startsWith('readme-') && f.endsWith('.png'))) {
  const target = join('docs/screenshots', basename(file).replace(/^readme-/, ''));
  copyFileSync(file, target);
  console.log(`screenshots: ${target}`);
  copied++;
}
console.log(`screenshots: ${copied} pictures refreshed`);
