// The extension updated or reloaded while a tab is open, in Chromium and Firefox: the old copy's sidebar and
// underlines go, the page keeps working, and the new copy takes over on the next focus.

import { MARKING, POST, typeAndCheck } from './support/check.ts';
import { allUnderlined, clickEditor, modelText } from './support/compose.ts';
import { documentMark, markDocument, rulesShown } from './support/reads.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[data-testid="tweetTextarea_0"]';

test('after a reload the old sidebar and underlines are gone, the page still types, and the new copy checks again', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/broken', '[data-testid="tweetTextarea_0"]');
  await typeAndCheck(tab, EDITOR, 'tweetTextarea_0');
  await markDocument(tab, 'before-reload');

  await ext.reloadExtension();
  await expect.poll(() => tab.evaluate(() => document.querySelectorAll('[data-civil-post]').length, null)).toBe(0);
  expect(await allUnderlined(tab)).toEqual([]);

  // The page itself is untouched: same document, and typing still reaches the editor.
  await clickEditor(tab, EDITOR);
  await tab.type(' and more');
  await expect.poll(() => modelText(tab, 'tweetTextarea_0')).toContain(' and more');
  expect((await modelText(tab, 'tweetTextarea_0')).length).toBe(POST.length + ' and more'.length);
  expect(await documentMark(tab)).toBe('before-reload');

  // The new copy (injected into the open tab) checks what is typed next; one sidebar, not two.
  await tab.type(` ${MARKING}`);
  await expect.poll(() => rulesShown(tab), { timeout: 15_000 }).toContain('classification-marking');
  expect(await tab.evaluate(() => document.querySelectorAll('[data-civil-post="sidebar"]').length, null)).toBe(1);
});
