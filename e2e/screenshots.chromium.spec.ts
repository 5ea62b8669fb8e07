// README screenshots of the sidebar on each site, light and dark, taken in Chromium only (one browser's pictures suffice);
// written under e2e/.output, and copied into docs/screenshots/ by `npm run screenshots`.

import { MARKING } from './support/check.ts';
import { clickEditor } from './support/compose.ts';
import { rulesShown } from './support/reads.ts';
import { expect, test } from './support/test.ts';

const SHOTS = [
  { site: 'x', url: 'https://x.com/i/reply', editor: '[data-testid="tweetTextarea_0"]' },
  { site: 'facebook', url: 'https://www.facebook.com/', editor: '[role="dialog"] [data-lexical-editor]' },
  { site: 'linkedin', url: 'https://www.linkedin.com/feed/', editor: '.share-box .ql-editor' },
];

for (const { site, url, editor } of SHOTS) {
  test(`screenshots of the sidebar on ${site}, light and dark`, async ({ ext }, info) => {
    for (const theme of ['light', 'dark']) {
      const tab = await ext.open(`${url}?theme=${theme}`, editor);
      await clickEditor(tab, editor);
      await tab.type(`Lovely day at the office 😀 but this is ${MARKING}, damn.`);
      await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
      const dark = await tab.evaluate(() => document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.theme-dark') !== null, null);
      expect(dark).toBe(theme === 'dark');
      await tab.screenshot(info.outputPath(`readme-${site}-${theme}.png`));
    }
  });
}
