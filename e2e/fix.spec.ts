// Applying a fix in each editor, in Chromium and Firefox: the editor's own model gets the new text, one undo
// brings the old text back, and no foreign node ever enters the editor.

import { clickEditor, editorIsClean, focusIsIn, modelText } from './support/compose.ts';
import { FIXABLE, FIXED } from './support/posts.ts';
import { rulesShown } from './support/reads.ts';
import { clickUi } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const BOXES = [
  { name: 'Draft.js (X reply)', url: 'https://x.com/i/reply', ready: '[data-testid="tweetTextarea_0"]', editor: '[data-testid="tweetTextarea_0"]', key: 'tweetTextarea_0' },
  { name: 'Lexical (Facebook post)', url: 'https://www.facebook.com/', ready: '[role="dialog"] [data-lexical-editor]', editor: '[role="dialog"] [data-lexical-editor]', key: 'post' },
  { name: 'Quill (LinkedIn share box)', url: 'https://www.linkedin.com/feed/', ready: '.share-box .ql-editor', editor: '.share-box .ql-editor', key: 'share' },
  { name: 'ProseMirror (LinkedIn TipTap comment)', url: 'https://www.linkedin.com/feed/', ready: '.comments-comment-box .ProseMirror', editor: '.comments-comment-box .ProseMirror', key: 'comment' },
  { name: 'textarea (X mobile)', url: 'https://mobile.x.com/compose/post', ready: '[data-testid="tweetTextarea_0"] textarea', editor: 'textarea', key: 'tweetTextarea_0' },
];

for (const box of BOXES) {
  test(`${box.name}: the fix goes through the editor, undo restores the text, nothing foreign is added`, async ({ ext }) => {
    const tab = await ext.open(box.url, box.ready);
    await clickEditor(tab, box.editor);
    await tab.type(FIXABLE);
    await expect.poll(() => modelText(tab, box.key)).toBe(FIXABLE);
    await expect.poll(() => rulesShown(tab)).toContain('words-to-avoid');
    // A person reads the card before accepting; Quill's history merges edits less than a second apart into one
    // undo step, so an instant click would undo the last typed word with the fix.
    await new Promise((r) => setTimeout(r, 1100));
    await clickUi(tab, 'sidebar', 'li[data-rule="words-to-avoid"] .card__summary');
    await clickUi(tab, 'sidebar', 'li[data-rule="words-to-avoid"] [data-action="apply"]');
    await expect.poll(() => modelText(tab, box.key)).toBe(FIXED);
    await expect.poll(() => rulesShown(tab)).not.toContain('words-to-avoid');
    expect(await editorIsClean(tab, box.editor)).toBe(true);
    expect(await focusIsIn(tab, box.editor)).toBe(true);
    // The editor recorded it as an edit of its own: one undo brings the old words back, and the finding with them.
    await tab.press('Control+z');
    await expect.poll(() => modelText(tab, box.key)).toBe(FIXABLE);
    await expect.poll(() => rulesShown(tab)).toContain('words-to-avoid');
    expect(await editorIsClean(tab, box.editor)).toBe(true);
  });
}
