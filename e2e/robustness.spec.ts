// The page and the sidebar keep working, in Chromium and Firefox, when the page breaks on purpose and when a
// 25,000-character post is pasted (checked in slices: no task of ours over 50 ms).

import { expectMarkingFinding, MARKING, POST } from './support/check.ts';
import { clickEditor, modelText } from './support/compose.ts';
import { rulesShown } from './support/reads.ts';
import type { Tab } from './support/tab.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[contenteditable="true"]';

/** Starts a page-side watch for main-thread stalls (any task, the page's or ours): gaps between MessageChannel pings. */
const watchStalls = (tab: Tab) =>
  tab.evaluate(() => {
    const w = window as unknown as { __stalls: Array<[number, number]>; __stallStop: boolean };
    w.__stalls = [];
    w.__stallStop = false;
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 50) w.__stalls.push([last, now]);
      last = now;
      if (!w.__stallStop) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  }, null);

/**
 * Records when our sidebar last changed: every piece of our work after a check (the rendering, a re-placement) shows
 * there, and our check's slices all run before its findings do.
 */
const watchSidebar = (tab: Tab) =>
  tab.evaluate(() => {
    const w = window as unknown as { __sidebarAt: number };
    w.__sidebarAt = performance.now();
    const root = document.querySelector('[data-civil-post="sidebar"]')?.shadowRoot;
    if (!root) throw new Error('no sidebar');
    new MutationObserver(() => (w.__sidebarAt = performance.now())).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  }, null);

/**
 * Stalls that began while our work was in progress: after the editor applied the paste (its own rendering of 25,000
 * characters is the page's, not ours) and no later than the sidebar's last change. Firefox has stalls of its own
 * after such a paste with no extension at all (4 runs on an unmatched host: 32-55 ms, 0.6-1.9 s after the paste),
 * so stalls while we are idle say nothing about us.
 */
const stallsWhileWorking = (tab: Tab) =>
  tab.evaluate(() => {
    const w = window as unknown as { __stalls: Array<[number, number]>; __stallStop: boolean; __modelTextAt: number; __sidebarAt: number };
    w.__stallStop = true;
    const editorTask = w.__stalls.find(([s, e]) => s <= w.__modelTextAt && w.__modelTextAt <= e);
    const after = editorTask ? editorTask[1] : w.__modelTextAt;
    return w.__stalls.filter(([s]) => s >= after && s <= w.__sidebarAt).map(([s, e]) => Math.round(e - s));
  }, null);

test('a 25,000-character paste is checked without a long task, and the sidebar shows its findings', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/broken', '[data-testid="tweetTextarea_0"]');
  const paragraph = 'Thanks for getting in touch about your claim. We know waiting is frustrating and we are sorry for the delay. You can check progress online at gov.uk/check-claim. ';
  const text = `${MARKING} ${paragraph.repeat(Math.ceil(25_000 / paragraph.length))}`.slice(0, 25_000);
  await clickEditor(tab, '[data-testid="tweetTextarea_0"]');
  await tab.type('Hi ');
  await expect.poll(() => tab.evaluate(() => !!document.querySelector('[data-civil-post="sidebar"]'), null)).toBe(true);
  await watchStalls(tab);
  await watchSidebar(tab);
  await tab.paste(text);
  await expect.poll(() => modelText(tab, 'tweetTextarea_0'), { timeout: 20_000 }).toHaveLength(25_003);
  await expect.poll(() => rulesShown(tab), { timeout: 20_000 }).toEqual(expect.arrayContaining(['classification-marking', 'platform-length']));
  // A few more checks' worth of time (any later work of ours moves the sidebar's last change on), then no stall may
  // have started while we were working.
  await new Promise((r) => setTimeout(r, 1000));
  expect(await stallsWhileWorking(tab)).toEqual([]);
  // Typing goes on at once after the paste.
  await tab.press('Control+End');
  await tab.type(' ok');
  await expect.poll(() => modelText(tab, 'tweetTextarea_0')).toHaveLength(25_006);
});

test('a page that strips its attributes, throws, and replaces its editor while typing keeps working, and so does the sidebar', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/broken', '[data-testid="tweetTextarea_0"]');
  await clickEditor(tab, EDITOR);
  await tab.type('Notes 😀 ');
  await tab.evaluate(() => window.__break.stripAttributes(), null);
  await tab.evaluate(() => window.__break.throwFromPage(), null);
  await tab.type(`${MARKING} for the team`);
  // The box lost every mark the X adapter knows; the same session goes on checking it.
  await expect.poll(() => modelText(tab, 'tweetTextarea_0')).toBe(POST);
  await expectMarkingFinding(tab, POST);

  // Mid-post, the site throws the editor away and renders a new one.
  await tab.type(' and');
  await tab.evaluate(() => window.__break.replaceEditor(), null);
  await expect.poll(() => rulesShown(tab)).toEqual([]);
  await clickEditor(tab, EDITOR);
  await tab.type(POST);
  await expect.poll(() => modelText(tab, 'tweetTextarea_0')).toBe(POST);
  await expectMarkingFinding(tab, POST);
  expect(await tab.evaluate(() => document.querySelectorAll('[data-civil-post="sidebar"]').length, null)).toBe(1);
});
