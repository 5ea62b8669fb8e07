#!/usr/bin/env node
// Shows Civil Post working: Chromium with the built extension on the X fixture (served as https://x.com); with no display, a screenshot instead.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXTENSION = join(ROOT, 'dist/chrome');
const FIXTURES = join(ROOT, 'e2e/.output/fixtures');
const SCREENSHOT = join(ROOT, 'docs/screenshots/sidebar-x.png');
const URL_X = 'https://x.com/compose/post';
const POST = 'OFFICIAL-SENSITIVE draft: honestly the minister is an idiot and this policy is shit. Vote Labour on Thursday!';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

for (const need of [join(EXTENSION, 'manifest.json'), join(FIXTURES, 'x-compose.html')]) {
  if (!existsSync(need)) throw new Error(`${need} is missing: run "npm run build && npm run build:fixtures" first.`);
}

const headed = Boolean(process.env.DISPLAY);
if (!headed) console.log(`No display ($DISPLAY is unset), so no window can open: writing a screenshot to ${SCREENSHOT} instead.`);

const profile = mkdtempSync(join(tmpdir(), 'civil-post-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: !headed,
  viewport: { width: 1100, height: 760 },
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// The fixture answers for x.com itself, so the extension's real match patterns apply; nothing reaches the network.
await context.route('https://x.com/**', (route) => {
  const { pathname } = new URL(route.request().url());
  const asset = join(FIXTURES, normalize(pathname));
  const file = asset.startsWith(FIXTURES) && existsSync(asset) && statSync(asset).isFile() ? asset : join(FIXTURES, 'x-compose.html');
  return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
});

// The first install opens the options page; let it, then show the compose page in its own tab.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
await new Promise((r) => setTimeout(r, 1000));
const page = await context.newPage();
await page.goto(URL_X);
await page.bringToFront();

if (headed) {
  console.log(`Chromium is open on ${URL_X} (a local stand-in for X's compose box). Type a post to see Civil Post's findings.`);
  console.log(`Settings: chrome-extension://${extensionId}/src/options/index.html. Close the browser window to finish.`);
  // Ctrl+C closes the browser too, so its temporary profile can be removed below.
  process.once('SIGINT', () => void context.close());
  await new Promise((r) => context.on('close', r));
} else {
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.type(POST, { delay: 10 });
  // Wait for the checked result in the sidebar rather than for a fixed time.
  await page.waitForFunction(() => (document.querySelector('[data-civil-post="sidebar"]')?.shadowRoot?.querySelectorAll('[data-rule]').length ?? 0) >= 3, null, { timeout: 15_000 });
  await page.waitForTimeout(300);
  mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  const rules = await page.evaluate(() => [...(document.querySelector('[data-civil-post="sidebar"]')?.shadowRoot?.querySelectorAll('[data-rule]') ?? [])].map((el) => el.getAttribute('data-rule')));
  console.log(`Wrote ${SCREENSHOT}: the sidebar lists ${rules.length} findings (${rules.join(', ')}).`);
  await context.close();
}
rmSync(profile, { recursive: true, force: true });
