// axe-core finds no violations, light and dark, in Chromium and Firefox: the sidebar and hover card (inside their
// shadow roots, on a site), the popup, the options page and the rule pages. Results are printed in the output.

import { MARKING } from './support/check.ts';
import { axe } from './support/axe.ts';
import { clickEditor } from './support/compose.ts';
import { rulesShown } from './support/reads.ts';
import { clickUi, hoverCard, underlinePoint } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[data-testid="tweetTextarea_0"]';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}`, () => {
    test.use({ scheme });

    test(`axe: sidebar, hover card, popup, options page and rule pages (${scheme})`, async ({ ext }) => {
      const x = await ext.open(`https://x.com/i/reply?theme=${scheme}`, EDITOR);
      await clickEditor(x, EDITOR);
      await x.type(`Going forward!!! this is ${MARKING}. #mentalhealthawarenessweek`);
      await expect.poll(() => rulesShown(x)).toContain('classification-marking');
      await clickUi(x, 'sidebar', 'li[data-rule="classification-marking"] .card__summary');
      const at = (await underlinePoint(x, 'civil-post-error', MARKING))!;
      await x.clickAt(at.x, at.y);
      await expect.poll(async () => (await hoverCard(x))?.rule).toBe('classification-marking');
      expect(await axe(x, `sidebar and hover card (${scheme})`, ['[data-civil-post="sidebar"]', '[data-civil-post="card"]'])).toEqual([]);

      const popup = await ext.openExtensionPage('src/ui/popup/index.html', '[data-popup="pause"]');
      expect(await axe(popup, `popup (${scheme})`)).toEqual([]);
      const options = await ext.openOptions();
      expect(await axe(options, `options page (${scheme})`)).toEqual([]);
      const rule = await ext.openExtensionPage('src/ui/rules/index.html#classification-marking', '.examples');
      expect(await axe(rule, `rule page (${scheme})`)).toEqual([]);
      const index = await ext.openExtensionPage('src/ui/rules/index.html', '.rules');
      expect(await axe(index, `rule index (${scheme})`)).toEqual([]);
    });
  });
}
