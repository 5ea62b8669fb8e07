// Never in the way, in Chromium and Firefox: at 1280, 900 and 400 px wide the sidebar (docked, sheet or badge)
// never covers the box or its Post button; it can be moved and collapsed to a small count badge.

import { MARKING } from './support/check.ts';
import { clickEditor } from './support/compose.ts';
import { rulesShown } from './support/reads.ts';
import { clickUi, overlaps, pageBox, sidebarView, type Box } from './support/ui.ts';
import type { Tab } from './support/tab.ts';
import { expect, test } from './support/test.ts';

const SITES = [
  { name: 'X compose dialog', url: 'https://x.com/compose/post', editor: '[data-testid="tweetTextarea_0"]', post: '[data-testid="tweetButtonInline"]' },
  { name: 'Facebook create-post dialog', url: 'https://www.facebook.com/', editor: '[role="dialog"] [data-lexical-editor]', post: '[role="dialog"] button.primary' },
  { name: 'LinkedIn share box', url: 'https://www.linkedin.com/feed/', editor: '.share-box .ql-editor', post: '.share-actions__primary-action' },
];

async function expectClear(tab: Tab, editor: string, post: string, width: number): Promise<Box> {
  const side = (await sidebarView(tab))!;
  const box = (await pageBox(tab, editor))!;
  const button = (await pageBox(tab, post))!;
  expect(overlaps(side.host, box), `sidebar over the box at ${width} px: ${JSON.stringify({ side: side.host, box })}`).toBe(false);
  expect(overlaps(side.host, button), `sidebar over the Post button at ${width} px`).toBe(false);
  expect(side.host.left).toBeGreaterThanOrEqual(0);
  expect(side.host.right).toBeLessThanOrEqual(width);
  return side.host;
}

for (const site of SITES) {
  test(`${site.name}: at 1280, 900 and 400 px the sidebar never covers the box or its Post button`, async ({ ext }, info) => {
    const tab = await ext.open(site.url, site.editor);
    await clickEditor(tab, site.editor);
    await tab.type(`Lovely news!!! but this is ${MARKING}, damn.`);
    await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
    for (const width of [1280, 900, 400]) {
      await tab.setViewport(width, 720);
      await expect.poll(async () => (await sidebarView(tab))?.host.right ?? 9999).toBeLessThanOrEqual(width);
      await new Promise((r) => setTimeout(r, 150));
      await expectClear(tab, site.editor, site.post, width);
      const mode = (await sidebarView(tab))!.mode;
      if (width === 1280) expect(mode).toBe('side');
      if (width === 400) {
        expect(['sheet', 'badge']).toContain(mode);
        if (site.name.startsWith('X')) await tab.screenshot(info.outputPath('readme-narrow.png'));
      }
    }
  });
}

test('moved below the box, and collapsed to a small count badge that opens again', async ({ ext }) => {
  const site = SITES[0]!;
  const tab = await ext.open(site.url, site.editor);
  await clickEditor(tab, site.editor);
  await tab.type(`Lovely news!!! but this is ${MARKING}, damn.`);
  await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
  expect((await sidebarView(tab))!.mode).toBe('side');
  // Move cycles the docking place: left (no room left of this box, so it stays beside it), then below.
  await clickUi(tab, 'sidebar', '[data-action="move"]');
  await clickUi(tab, 'sidebar', '[data-action="move"]');
  await expect.poll(async () => (await sidebarView(tab))!.mode).toBe('sheet');
  const box = (await pageBox(tab, '[role="dialog"]'))!;
  expect((await sidebarView(tab))!.host.top).toBeGreaterThanOrEqual(box.bottom);
  await expectClear(tab, site.editor, site.post, 1280);

  const shown = (await sidebarView(tab))!.cards.length;
  await clickUi(tab, 'sidebar', '[data-action="collapse"]');
  await expect.poll(async () => (await sidebarView(tab))!.mode).toBe('badge');
  const badge = (await sidebarView(tab))!;
  expect(badge.host.width).toBeLessThanOrEqual(48);
  expect(badge.host.height).toBeLessThanOrEqual(48);
  expect(badge.summary.startsWith(String(shown))).toBe(true);
  expect(badge.summary).toContain('Must fix 1');
  await expectClear(tab, site.editor, site.post, 1280);
  await clickUi(tab, 'sidebar', '.tab__button');
  await expect.poll(async () => (await sidebarView(tab))!.mode).not.toBe('badge');
});
