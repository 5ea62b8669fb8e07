// The sidebar's behaviour on Facebook's post dialog, in Chromium and Firefox: placement, scrolling, focus, click, ignore, collapse.

import { MARKING, typeAndCheck } from './support/check.ts';
import { allUnderlined, findingBox, focusIsIn } from './support/compose.ts';
import { highlighted, rulesShown } from './support/reads.ts';
import type { Tab } from './support/tab.ts';
import { clickUi } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const sidebarRect = (tab: Tab) =>
  tab.evaluate(() => {
    const r = document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }, null);

const rectOf = (tab: Tab, sel: string) =>
  tab.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }, sel);

test('sidebar: beside the box, follows scrolling, focus stays in the editor, click marks words, dismiss, collapse', async ({ ext }) => {
  const editor = '[role="dialog"] [data-lexical-editor]';
  const tab = await ext.open('https://www.facebook.com/', editor);
  await typeAndCheck(tab, editor, 'post');
  await tab.type(' damn it, shit');
  await expect.poll(() => rulesShown(tab)).toContain('profanity');
  expect(await focusIsIn(tab, editor)).toBe(true);

  // Beside the whole dialog (the box and the dialog's own buttons), never over it.
  const dialog = await rectOf(tab, '[role="dialog"]');
  const side = await sidebarRect(tab);
  expect(side.left >= dialog.right || side.right <= dialog.left, 'sidebar must not cover the dialog').toBe(true);
  expect(Math.round(side.top)).toBe(Math.round(dialog.top));

  // Scrolling moves the dialog; the sidebar follows on the next frame.
  await tab.evaluate(() => {
    document.body.style.minHeight = '3000px';
    window.scrollBy(0, 8);
  }, null);
  const moved = await rectOf(tab, '[role="dialog"]');
  expect(moved.top).toBeLessThan(dialog.top);
  await expect.poll(async () => Math.round((await sidebarRect(tab)).top)).toBe(Math.round(moved.top));

  // Clicking a finding marks its words and leaves focus (and the caret) in the editor.
  const at = (await findingBox(tab, 'classification-marking'))!;
  await tab.clickAt(at.x, at.y);
  await expect.poll(() => highlighted(tab, 'civil-post-focus')).toEqual([MARKING]);
  expect(await focusIsIn(tab, editor)).toBe(true);

  // Dismissing hides the finding for this post only; the live region announces the new summary.
  await clickUi(tab, 'sidebar', 'li[data-rule="classification-marking"] [data-action="ignore"]');
  await expect.poll(() => rulesShown(tab)).not.toContain('classification-marking');
  expect(await rulesShown(tab)).toContain('profanity');
  expect(await focusIsIn(tab, editor)).toBe(true);
  const live = await tab.evaluate(() => document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent, null);
  expect(live).toMatch(/Warning/);

  // Collapsing leaves a small count badge (collapsed, announced) and hides the list.
  await clickUi(tab, 'sidebar', '[data-action="collapse"]');
  await expect.poll(() => tab.evaluate(() => document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.tab__button')?.getAttribute('aria-expanded') ?? null, null)).toBe('false');
  expect(await allUnderlined(tab)).toContain('shit');
  expect(await focusIsIn(tab, editor)).toBe(true);
});
