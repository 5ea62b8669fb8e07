#!/usr/bin/env node
// `npm run package`: versioned store archives from the builds in dist/, into artifacts/:
//   civil-post-chrome-<v>.zip        the Chrome build as built (with the manifest `key`, so unpacked and self-hosted installs keep the fixed id)
//   civil-post-chrome-store-<v>.zip  the same files, manifest without `key` (the Chrome Web Store and Edge Add-ons refuse it and assign their own id)
//   civil-post-firefox-<v>.zip       `web-ext build` of the Firefox build (for addons.mozilla.org or self-distribution)
// Every icon the manifests name must be in the build; the archives are checked after writing.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'artifacts');
// Chrome Web Store: 128; extensions page and toolbar: 16, 32, 48; Firefox add-ons: 48, 96 (64 for its HiDPI lists).
const STORE_ICON_SIZES = ['16', '32', '48', '64', '96', '128'];
// A fixed date for every entry, so the same build gives the same archive bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');

const files = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort();
const fail = (message) => {
  console.error(`package: ${message}`);
  process.exit(1);
};

function manifestOf(dir) {
  if (!existsSync(join(dir, 'manifest.json'))) fail(`${relative(ROOT, dir)} has no manifest.json: run "npm run build" first.`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  for (const size of STORE_ICON_SIZES) {
    const icon = manifest.icons?.[size];
    if (!icon || !existsSync(join(dir, icon))) fail(`${relative(ROOT, dir)}: the manifest has no ${size}px icon in the build.`);
  }
  if (!existsSync(join(dir, '_locales', manifest.default_locale ?? '', 'messages.json'))) fail(`${relative(ROOT, dir)}: no _locales/${manifest.default_locale}/messages.json.`);
  return manifest;
}

function zip(dir, name, transform = (path, bytes) => bytes) {
  const entries = Object.fromEntries(files(dir).map((f) => [f.split('\\').join('/'), [transform(f, readFileSync(join(dir, f))), { mtime: MTIME }]]));
  const bytes = zipSync(entries, { level: 9 });
  writeFileSync(join(OUT, name), bytes);
  return bytes;
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
mkdirSync(OUT, { recursive: true });
const chromeDir = join(ROOT, 'dist/chrome');
const firefoxDir = join(ROOT, 'dist/firefox');
const chrome = manifestOf(chromeDir);
const firefox = manifestOf(firefoxDir);
if (chrome.version !== firefox.version) fail(`dist/chrome is ${chrome.version} but dist/firefox is ${firefox.version}: rebuild both.`);
const v = chrome.version;
if (!chrome.key) fail('dist/chrome/manifest.json has no key, so its id would change with the install folder.');

const made = [];
made.push([`civil-post-chrome-${v}.zip`, zip(chromeDir, `civil-post-chrome-${v}.zip`)]);
made.push([
  `civil-post-chrome-store-${v}.zip`,
  zip(chromeDir, `civil-post-chrome-store-${v}.zip`, (path, bytes) => {
    if (path !== 'manifest.json') return bytes;
    const { key, ...rest } = JSON.parse(bytes.toString('utf8'));
    return Buffer.from(`${JSON.stringify(rest, null, 2)}\n`);
  }),
]);

const firefoxName = `civil-post-firefox-${v}.zip`;
const webExt = spawnSync(join(ROOT, 'node_modules/.bin/web-ext'), ['build', '--source-dir', firefoxDir, '--artifacts-dir', OUT, '--filename', firefoxName, '--overwrite-dest'], { encoding: 'utf8' });
if (webExt.status !== 0) fail(`web-ext build failed:\n${webExt.stdout}${webExt.stderr}`);
made.push([firefoxName, readFileSync(join(OUT, firefoxName))]);

// Read each archive back: the manifest is there and every file of the build is in it.
for (const [name, bytes] of made) {
  const entries = unzipSync(bytes);
  const dir = name.includes('firefox') ? firefoxDir : chromeDir;
  const missing = files(dir).map((f) => f.split('\\').join('/')).filter((f) => !(f in entries));
  if (missing.length) fail(`${name} lacks ${missing.slice(0, 5).join(', ')}`);
  const manifest = JSON.parse(Buffer.from(entries['manifest.json']).toString('utf8'));
  if (name.includes('store') && 'key' in manifest) fail(`${name} still has a manifest key`);
  console.log(`package: artifacts/${name}  ${(bytes.length / 1024).toFixed(1)} KiB  ${Object.keys(entries).length} files  sha256 ${sha(bytes)}…`);
}
