// Ignore, in Chromium and Firefox: once (this post only) and always (the words join the allow-list, with an undo).

import { clickEditor } from './support/compose.ts';
import { draftText, rulesShown, storedItems } from './support/reads.ts';
import { clickUi } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[data-testid="tweetTextarea_0"]';

test('ignore once hides it for this post; always allow adds the words to the allow-list, and undo takes them off', async ({ ext }) => {
  const x = await ext.open('https://x.com/compose/post', EDITOR);
  await clickEditor(x, EDITOR);
  await x.type('Great news!!! We will leverage the hub.');
  await expect.poll(() => rulesShown(x)).toEqual(expect.arrayContaining(['shouting', 'words-to-avoid']));

  await clickUi(x, 'sidebar', 'li[data-rule="shouting"] .card__summary');
  await clickUi(x, 'sidebar', 'li[data-rule="shouting"] [data-action="ignore"]');
  await expect.poll(() => rulesShown(x)).not.toContain('shouting');

  await clickUi(x, 'sidebar', 'li[data-rule="words-to-avoid"] .card__summary');
  await clickUi(x, 'sidebar', 'li[data-rule="words-to-avoid"] [data-action="ignore-always"]');
  await expect.poll(() => rulesShown(x)).not.toContain('words-to-avoid');
  const options = await ext.openOptions();
  // The allow-list is one of the long lists kept in storage.local.
  const allowlist = async () => (await storedItems(options)).local.allowlist;
  await expect.poll(allowlist).toEqual(['leverage']);
  // Still allowed in a new post, which "ignore once" would not do.
  await x.front();
  await clickEditor(x, EDITOR);
  await x.press('End');
  await x.type(' And leverage it again.');
  await expect.poll(() => draftText(x)).toContain('again.');
  expect(await rulesShown(x)).not.toContain('words-to-avoid');

  await clickUi(x, 'sidebar', '[data-notice="allow"] button');
  await expect.poll(allowlist).toEqual([]);
  await expect.poll(() => rulesShown(x)).toContain('words-to-avoid');
});
