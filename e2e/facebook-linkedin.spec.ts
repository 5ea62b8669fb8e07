// Facebook's and LinkedIn's other boxes, in Chromium and Firefox: boxes opened after load, a reply, TipTap, a shadow-root composer.

import { expectMarkingFinding, MARKING, typeAndCheck } from './support/check.ts';
import { clickEditor, editorIsClean, focusIsIn, modelText } from './support/compose.ts';
import { findings, highlighted } from './support/reads.ts';
import { expect, test } from './support/test.ts';

test('Facebook: a comment box opened after load by a click is checked', async ({ ext }) => {
  const tab = await ext.open('https://www.facebook.com/', '#open-comment');
  await tab.click('#open-comment');
  await typeAndCheck(tab, '#comment-slot [data-lexical-editor]', 'comment');
});

test('Facebook: a reply to a comment is checked, with the comment as replyTo', async ({ ext }) => {
  const tab = await ext.open('https://www.facebook.com/', '#open-reply');
  await tab.click('#open-reply');
  await typeAndCheck(tab, '#reply-slot [data-lexical-editor]', 'reply');
  // The comment replied to is abusive: arguing back is an engagement finding (the engagement rules' job).
  await tab.type(' That is not true.');
  await expect.poll(async () => (await findings(tab)).filter((f) => f.category === 'engagement').map((f) => f.rule)).toContain('reply-to-abuse');
});

test('LinkedIn: the TipTap comment box joins paragraphs as getText() does', async ({ ext }) => {
  const editor = '.comments-comment-box .ProseMirror';
  const tab = await ext.open('https://www.linkedin.com/feed/', editor);
  await clickEditor(tab, editor);
  await tab.type('Great news 🎉');
  await tab.press('Enter');
  await tab.type(`Ours is ${MARKING} though`);
  const expected = `Great news 🎉\n\nOurs is ${MARKING} though`;
  await expect.poll(() => modelText(tab, 'comment')).toBe(expected);
  await expectMarkingFinding(tab, expected);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([MARKING]);
  expect(await editorIsClean(tab, editor)).toBe(true);
  expect(await focusIsIn(tab, editor)).toBe(true);
});

test('LinkedIn: a composer inside the open shadow root of #interop-outlet is found, underlined and cleaned up', async ({ ext }) => {
  const tab = await ext.open('https://www.linkedin.com/feed/', '.msg-form__contenteditable');
  await typeAndCheck(tab, '.msg-form__contenteditable', 'message');
  // The ::highlight rules were adopted into the shadow root, where the document's styles do not reach.
  const adopted = await tab.evaluate(() => {
    const root = document.getElementById('interop-outlet')!.shadowRoot!;
    return root.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('civil-post-error')));
  }, null);
  expect(adopted).toBe(true);
  // Closing the overlay (removed inside the shadow root only) drops the session.
  await tab.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.querySelector('.msg-overlay')!.remove(), null);
  await expect.poll(() => findings(tab)).toEqual([]);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([]);
});
