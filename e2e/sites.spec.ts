// Every main compose box on X, Facebook and LinkedIn, typed into as a person would, in Chromium and Firefox:
// the finding is listed, the underline covers exactly the offending characters, the editor's model is untouched.

import { allUnderlined, clickEditor, editorIsClean, focusIsIn, modelText } from './support/compose.ts';
import { expectMarkingFinding, MARKING } from './support/check.ts';
import { findings, highlighted } from './support/reads.ts';
import type { Tab } from './support/tab.ts';
import { expect, test } from './support/test.ts';

interface Box {
  name: string;
  url: string;
  /** The editable element. */
  editor: string;
  /** Key of the model text the fixture puts on window.__modelTexts. */
  key: string;
  /** What the editor's own model joins paragraphs with. */
  separator: string;
}

const BOXES: Box[] = [
  { name: 'X reply dialog (Draft.js)', url: 'https://x.com/i/reply', editor: '[data-testid="tweetTextarea_0"]', key: 'tweetTextarea_0', separator: '\n' },
  { name: 'Facebook create-post dialog (Lexical)', url: 'https://www.facebook.com/', editor: '[role="dialog"] [data-lexical-editor]', key: 'post', separator: '\n\n' },
  { name: 'LinkedIn share box (Quill)', url: 'https://www.linkedin.com/feed/', editor: '.share-box .ql-editor', key: 'share', separator: '\n' },
];

/** Two paragraphs with astral characters (emoji, a skin-tone sequence, a maths letter) before the marking. */
async function typeTwoParagraphs(tab: Tab): Promise<void> {
  await tab.type('Busy week 👋🏽 with the 𝒳 team 😀');
  await tab.press('Enter');
  await tab.type(`Draft note ${MARKING} for later`);
}

for (const box of BOXES) {
  test(`${box.name}: marking flagged and underlined exactly, model text intact`, async ({ ext }) => {
    const tab = await ext.open(box.url, box.editor);
    await clickEditor(tab, box.editor);
    await typeTwoParagraphs(tab);
    const expected = `Busy week 👋🏽 with the 𝒳 team 😀${box.separator}Draft note ${MARKING} for later`;
    await expect.poll(() => modelText(tab, box.key)).toBe(expected);
    // The offsets the extension reports are offsets into the editor's own model text.
    await expectMarkingFinding(tab, expected);
    expect(await highlighted(tab, 'civil-post-error')).toEqual([MARKING]);
    expect(await allUnderlined(tab)).not.toContain('');
    expect(await editorIsClean(tab, box.editor)).toBe(true);
    expect(await focusIsIn(tab, box.editor)).toBe(true);
  });
}

test('X reply: the post replied to is passed as replyTo, so arguing with abuse raises an engagement finding', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/reply', '[data-testid="tweetTextarea_0"]');
  await clickEditor(tab, '[data-testid="tweetTextarea_0"]');
  await tab.type('That is not true.');
  await expect.poll(() => modelText(tab, 'tweetTextarea_0')).toBe('That is not true.');
  await expect.poll(async () => (await findings(tab)).filter((f) => f.category === 'engagement').map((f) => f.rule)).toContain('reply-to-abuse');
});
