// X's other compose boxes, in Chromium and Firefox: a two-box thread, the mobile textarea, single-page navigation, a strict CSP.

import { expectMarkingFinding, MARKING, POST, typeAndCheck } from './support/check.ts';
import { clickEditor, focusIsIn, modelText } from './support/compose.ts';
import { documentMark, findings, highlighted, markDocument, rulesShown } from './support/reads.ts';
import { expect, test } from './support/test.ts';

test('X thread: each box tweetTextarea_N is checked on its own', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/thread', '[data-testid="tweetTextarea_1"]');
  await clickEditor(tab, '[data-testid="tweetTextarea_0"]');
  await tab.type('A plain first post.');
  await typeAndCheck(tab, '[data-testid="tweetTextarea_1"]', 'tweetTextarea_1');
  expect(await modelText(tab, 'tweetTextarea_0')).toBe('A plain first post.');
  // Back in the first box, the sidebar shows that box's (empty) findings and no underline remains.
  await clickEditor(tab, '[data-testid="tweetTextarea_0"]');
  await expect.poll(() => rulesShown(tab)).toEqual([]);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([]);
});

test('X textarea variant (mobile web): flagged in the sidebar, value untouched', async ({ ext }) => {
  const tab = await ext.open('https://mobile.x.com/compose/post', '[data-testid="tweetTextarea_0"] textarea');
  await clickEditor(tab, 'textarea');
  await tab.type(POST);
  await expect.poll(() => modelText(tab, 'tweetTextarea_0')).toBe(POST);
  await expectMarkingFinding(tab, POST);
  expect(await focusIsIn(tab, 'textarea')).toBe(true);
  // Highlights cannot paint in a textarea, so positioned boxes are drawn over it from Civil Post's shadow root.
  const lines = await tab.evaluate(() => {
    const area = document.querySelector('textarea')!.getBoundingClientRect();
    const host = document.querySelector('[data-civil-post="textarea-underlines"]');
    return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.line') ?? [])].map((l) => {
      const r = l.getBoundingClientRect();
      return { start: Number(l.dataset.start), end: Number(l.dataset.end), inside: r.left >= area.left && r.right <= area.right && r.top >= area.top && r.bottom <= area.bottom, width: r.width };
    });
  }, null);
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) {
    expect(POST.slice(l.start, l.end)).toBe(MARKING);
    expect(l.inside).toBe(true);
  }
  // The boxes span the marking's width as the field lays it out (measured with a canvas in the field's font).
  const expected = await tab.evaluate((word) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const cs = getComputedStyle(document.querySelector('textarea')!);
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return ctx.measureText(word).width;
  }, MARKING);
  expect(Math.abs(lines.reduce((sum, l) => sum + l.width, 0) - expected)).toBeLessThan(3);
  expect(await tab.evaluate(() => document.querySelector('textarea')!.parentElement!.querySelector('[data-civil-post]'), null)).toBeNull();
});

test('X under a strict Content-Security-Policy: sidebar styled, underline painted', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/csp', '[data-testid="tweetTextarea_0"]');
  await typeAndCheck(tab, '[data-testid="tweetTextarea_0"]', 'tweetTextarea_0');
  // The adopted stylesheet applied despite style-src 'self': the panel has its coloured top border.
  const border = await tab.evaluate(() => getComputedStyle(document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.panel')!).borderTopWidth, null);
  expect(border).toBe('4px');
});

test('X single-page navigation: a replaced box is dropped, the new one (generic fallback) is checked, no reload', async ({ ext }) => {
  const tab = await ext.open('https://x.com/home', '[data-testid="tweetTextarea_0"]');
  await typeAndCheck(tab, '[data-testid="tweetTextarea_0"]', 'tweetTextarea_0');
  await markDocument(tab, 'spa');
  await tab.click('[data-testid="nav-messages"]');
  await expect.poll(() => tab.evaluate(() => location.pathname, null)).toBe('/messages');
  // The old box is gone: the sidebar hides and the underline goes with it.
  await expect.poll(() => findings(tab)).toEqual([]);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([]);
  await typeAndCheck(tab, '[data-testid="dmComposerTextInput"]', 'dm');
  expect(await documentMark(tab)).toBe('spa');
});
