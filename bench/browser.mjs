#!/usr/bin/env node
// Browser benchmark (`npm run bench:browser`): Chromium with the built extension on the X and LinkedIn fixtures,
// real key events. Prints key→sidebar p50/p95 at 280 and 3,000 characters, long tasks while typing (human
// cadence, a burst, after a pause with forced GCs) against the same run without the extension, content-script
// start-up, and heap after 2,000 keys against a run without the extension. Prints figures; fails nothing.

import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/chrome');
const FIXTURES = join(ROOT, 'e2e/.output/fixtures');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SITES = {
  x: { url: 'https://x.com/compose/post', page: 'x-compose.html', editor: '[data-testid="tweetTextarea_0"][role="textbox"]' },
  linkedin: { url: 'https://www.linkedin.com/feed/', page: 'linkedin.html', editor: '.share-box .ql-editor' },
};
const HUMAN_MS = 110; // about 100 words a minute
const BURST_MS = 8;
const SENTENCE = 'Great to visit the Leeds office today and meet the team who answer your calls. We have cut waiting times by a third this year, and there is more to do. ';
const quick = process.argv.includes('--quick');

for (const need of [DIST, FIXTURES]) if (!existsSync(need)) throw new Error(`${need} is missing: run "npm run build && npm run build:fixtures" first.`);

const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

async function launch(withExtension) {
  const profile = mkdtempSync(join(tmpdir(), 'civil-post-bench-'));
  const extension = withExtension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : [];
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, args: [...extension, ...ARGS] });
  await context.route(() => true, (route) => {
    const { hostname, pathname } = new URL(route.request().url());
    const site = Object.values(SITES).find((s) => new URL(s.url).hostname === hostname);
    if (!site) return route.abort();
    const asset = join(FIXTURES, pathname);
    const file = pathname !== '/' && asset.startsWith(FIXTURES) && existsSync(asset) && extname(asset) ? asset : join(FIXTURES, site.page);
    const type = { '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'text/html';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  if (withExtension) {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    // The first-install welcome tab.
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
  }
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

/** One tab on a fixture, with a long-task observer in the page and a handle on the content script's own world. */
async function openSite(context, site) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(site.url);
  await page.waitForSelector(site.editor);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const stats = async () => {
    const world = worlds.filter((w) => w.name === 'Civil Post').at(-1);
    if (!world) return null;
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis[Symbol.for("civil-post.stats")])', contextId: world.id, returnByValue: true });
    return result.value ? JSON.parse(result.value) : null;
  };
  const longTasksSince = async (t) => (await page.evaluate(() => window.__longTasks)).filter(([s]) => s >= t).map(([, d]) => Math.round(d));
  const now = () => page.evaluate(() => performance.now());
  const gc = async () => {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  };
  const heap = async () => {
    await gc();
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return { page, stats, longTasksSince, now, gc, heap };
}

async function typeText(page, text, delay) {
  for (const ch of text) await page.keyboard.type(ch, { delay: 0 }).then(() => delay && new Promise((r) => setTimeout(r, delay)));
}

/** Everything measured on one site, with or without the extension (then only long tasks and heap mean anything). */
async function runSite(name, withExtension) {
  const site = SITES[name];
  const { context, close } = await launch(withExtension);
  const tab = await openSite(context, site);
  const out = { site: name, withExtension };
  await tab.page.click(site.editor);
  // The checker loads on this focus and warms up in idle time: wait for the warm-up (at most 8 s), then 0.5 s more.
  let s0;
  for (let waited = 0; waited < 8000; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
    s0 = await tab.stats();
    if (!withExtension || (s0?.warmUp ?? -1) >= 0) break;
  }
  await new Promise((r) => setTimeout(r, 500));
  out.startup = s0?.startup;
  out.coreLoad = s0?.coreLoad;
  out.warmUp = s0?.warmUp;

  // 280 characters at a human cadence.
  let t = await tab.now();
  let before = (await tab.stats())?.checks.length ?? 0;
  await typeText(tab.page, SENTENCE.repeat(2).slice(0, quick ? 120 : 280), HUMAN_MS);
  await new Promise((r) => setTimeout(r, 500));
  out.human280 = { longTasks: await tab.longTasksSince(t), checks: ((await tab.stats())?.checks ?? []).slice(before) };

  // A burst: 150 keys as fast as the keyboard repeats.
  t = await tab.now();
  before = (await tab.stats())?.checks.length ?? 0;
  await typeText(tab.page, SENTENCE.slice(0, 150), BURST_MS);
  await new Promise((r) => setTimeout(r, 800));
  out.burst = { longTasks: await tab.longTasksSince(t), checks: ((await tab.stats())?.checks ?? []).slice(before) };

  // A pause with two forced major GCs (V8 drops compiled regular expressions), then typing again.
  await tab.gc();
  await new Promise((r) => setTimeout(r, 2000));
  t = await tab.now();
  before = (await tab.stats())?.checks.length ?? 0;
  await typeText(tab.page, ' And after the pause,', HUMAN_MS);
  await new Promise((r) => setTimeout(r, 500));
  out.afterGc = { longTasks: await tab.longTasksSince(t), checks: ((await tab.stats())?.checks ?? []).slice(before) };

  // 3,000 characters: the rest pasted in one go, then typed at a human cadence.
  const length = await tab.page.evaluate((sel) => document.querySelector(sel).textContent.length, site.editor);
  await tab.page.keyboard.press('Control+End');
  await tab.page.keyboard.insertText(SENTENCE.repeat(30).slice(0, 2900 - length));
  await new Promise((r) => setTimeout(r, 1500));
  t = await tab.now();
  before = (await tab.stats())?.checks.length ?? 0;
  await typeText(tab.page, SENTENCE.slice(0, quick ? 40 : 100), HUMAN_MS);
  await new Promise((r) => setTimeout(r, 800));
  out.human3000 = { longTasks: await tab.longTasksSince(t), checks: ((await tab.stats())?.checks ?? []).slice(before) };
  await close();
  return out;
}

/** Heap (V8, after two forced GCs) after 2,000 keys on the X fixture. */
async function heapRun(withExtension) {
  const { context, close } = await launch(withExtension);
  const tab = await openSite(context, SITES.x);
  await tab.page.click(SITES.x.editor);
  await new Promise((r) => setTimeout(r, 2500));
  const start = await tab.heap();
  const keys = quick ? 400 : 2000;
  for (let i = 0; i < keys; i++) {
    await tab.page.keyboard.type(SENTENCE[i % SENTENCE.length]);
    // Clear the box every 250 keys, as posts are sent, so the text stays post-sized.
    if (i % 250 === 249) {
      await tab.page.keyboard.press('Control+A');
      await tab.page.keyboard.press('Backspace');
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  const end = await tab.heap();
  await close();
  return { keys, start, end };
}

const line = (label, r) => {
  const lat = r.checks.map((c) => c.latency);
  const worst = r.checks.reduce((a, c) => (c.longestSlice > (a?.longestSlice ?? -1) ? c : a), null);
  return `  ${label.padEnd(26)} checks ${String(r.checks.length).padStart(4)}  key→sidebar p50 ${ms(pct(lat, 0.5)).padStart(6)} ms  p95 ${ms(pct(lat, 0.95)).padStart(6)} ms  max ${ms(Math.max(...lat)).padStart(6)} ms  longest slice ${ms(worst?.longestSlice)} ms (slowest step: ${worst?.slowestStep ?? '–'}), render p95 ${ms(pct(r.checks.map((c) => c.render), 0.95))} ms  long tasks ${JSON.stringify(r.longTasks)}`;
};

const probe = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
console.log(`bench:browser — Chromium ${probe.version()}, ${cpus().length} × ${cpus()[0]?.model}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}${quick ? ' (quick)' : ''}`);
await probe.close();
for (const name of Object.keys(SITES)) {
  const withExt = await runSite(name, true);
  const without = await runSite(name, false);
  console.log(`${name}: content-script start-up ${ms(withExt.startup)} ms, checker load on first focus ${ms(withExt.coreLoad)} ms, idle warm-up ${ms(withExt.warmUp)} ms (main thread, in idle slices)`);
  for (const [key, label] of [['human280', '280 chars, human cadence'], ['burst', 'burst (8 ms a key)'], ['afterGc', 'after pause + 2 GCs'], ['human3000', '3,000 chars, human']]) {
    console.log(line(label, withExt[key]));
    console.log(`  ${''.padEnd(26)} without the extension: long tasks ${JSON.stringify(without[key].longTasks)}`);
  }
}
const heapWith = await heapRun(true);
const heapWithout = await heapRun(false);
const mib = (b) => (b / 1048576).toFixed(1);
console.log(`heap after ${heapWith.keys} keys (X, after 2 forced GCs): with the extension ${mib(heapWith.end)} MiB (from ${mib(heapWith.start)}), without ${mib(heapWithout.end)} MiB (from ${mib(heapWithout.start)}); extension's share ${mib(heapWith.end - heapWithout.end)} MiB, growth over the run ${mib(heapWith.end - heapWith.start - (heapWithout.end - heapWithout.start))} MiB more than the page's`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
