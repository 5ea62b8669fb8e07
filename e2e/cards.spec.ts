// The sidebar at scale, in Chromium and Firefox: a long post's findings grouped most severe first with counts,
// compact cards that expand, whole-post notes, the header's profile and settings, and keys that survive typing.

import { clickEditor } from './support/compose.ts';
import { draftText } from './support/reads.ts';
import { LONG_POST, ONE_LONG_SENTENCE } from './support/posts.ts';
import { allUnderlined } from './support/compose.ts';
import { clickUi, sidebarView } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[data-testid="tweetTextarea_0"]';

test('a long post: must fix first, groups with counts, compact cards, header always visible', async ({ ext }, info) => {
  const tab = await ext.open('https://x.com/compose/post', EDITOR);
  await clickEditor(tab, EDITOR);
  await tab.type(LONG_POST);
  await expect.poll(() => draftText(tab)).toBe(LONG_POST);
  await expect.poll(async () => (await sidebarView(tab))?.cards.length ?? 0).toBeGreaterThanOrEqual(20);
  const view = (await sidebarView(tab))!;
  expect(view.groups.map((g) => g.title)).toEqual([expect.stringMatching(/^Must fix \(\d+\)$/), expect.stringMatching(/^Warnings \(\d+\)$/), expect.stringMatching(/^Advice \(\d+\)$/)]);
  const severities = view.cards.map((c) => c.severity);
  expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  for (const g of view.groups) expect(g.title).toContain(`(${g.rules.length})`);
  // Each card is a compact line or two, with its severity as text, not colour alone.
  for (const c of view.cards) {
    expect(c.height).toBeLessThan(70);
    expect(c.label).toMatch(/^(Must fix|Warning|Advice)$/);
  }
  expect(view.summary).toMatch(/Must fix \d+ · Warning \d+ · Advice \d+/);
  expect(view.profile).toContain('Personal account');
  // The panel fits the window, and the header (settings, profile) is at its top whatever the scroll.
  expect(view.host.bottom).toBeLessThanOrEqual(720);
  await tab.screenshot(info.outputPath('readme-long-post.png'));
});
