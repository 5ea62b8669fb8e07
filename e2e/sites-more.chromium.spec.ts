// The other compose boxes and the sidebar's behaviour, in Chromium: thread boxes, the textarea variant, boxes
// opened later, a shadow-root composer, single-page navigation, a strict CSP, and the README screenshots.

import { allUnderlined, clickEditor, editorIsClean, findingBox, focusIsIn, modelText } from './support/compose.ts';
import { documentMark, findings, highlighted, markDocument, rulesShown } from './support/reads.ts';
import type { Tab } from './support/tab.ts';
import { expect, test } from './support/test.ts';

const MARKING = 'OFFICIAL-SENSITIVE';
const POST = `Notes 😀 ${MARKING} for the team`;

/** Types the post into a box and checks the finding, the exact underline, the model text and a clean editor. */
async function typeAndCheck(tab: Tab, editor: string, key: string): Promise<void> {
  await clickEditor(tab, editor);
  await tab.type(POST);
  await expect.poll(() => modelText(tab, key)).toBe(POST);
  await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
  const f = (await findings(tab)).find((x) => x.rule === 'classification-marking')!;
  expect(POST.slice(f.start, f.end)).toBe(MARKING);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([MARKING]);
  expect(await editorIsClean(tab, editor)).toBe(true);
  expect(await focusIsIn(tab, editor)).toBe(true);
}

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

test('X thread: each box tweetTextarea_N is checked on its own', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/thread', '[data-testid="tweetTextarea_1"]');
  await clickEditor(tab, '[data-testid="tweetTextarea_0"]');
  await tab.type('A plain first post.');
  await typeAndCheck(tab, '[data-testid="tweetTextarea_1"]', 'tweetTextarea_1');
  expect(await modelText(tab, 'tweetTextarea_0')).toBe('A plain first post.');
  // Back in the first box, the sidebar shows that box's (empty) findings and no underline remains.
  await clickEditor(tab, '[data-testid="tweetTextarea_0"]');
  await expect.poll(() => rulesShown(tab)).toEqual([]);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([]);
});

test('X textarea variant (mobile web): flagged in the sidebar, value untouched', async ({ ext }) => {
  const tab = await ext.open('https://mobile.x.com/compose/post', '[data-testid="tweetTextarea_0"] textarea');
  await clickEditor(tab, 'textarea');
  await tab.type(POST);
  await expect.poll(() => modelText(tab, 'tweetTextarea_0')).toBe(POST);
  await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
  const f = (await findings(tab)).find((x) => x.rule === 'classification-marking')!;
  expect(POST.slice(f.start, f.end)).toBe(MARKING);
  expect(await focusIsIn(tab, 'textarea')).toBe(true);
  // Highlights cannot paint in a textarea, so positioned boxes are drawn over it from Civil Post's shadow root.
  const lines = await tab.evaluate(() => {
    const area = document.querySelector('textarea')!.getBoundingClientRect();
    const host = document.querySelector('[data-civil-post="textarea-underlines"]');
    return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.line') ?? [])].map((l) => {
      const r = l.getBoundingClientRect();
      return { start: Number(l.dataset.start), end: Number(l.dataset.end), inside: r.left >= area.left && r.right <= area.right && r.top >= area.top && r.bottom <= area.bottom, width: r.width };
    });
  }, null);
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) {
    expect(POST.slice(l.start, l.end)).toBe(MARKING);
    expect(l.inside).toBe(true);
  }
  // The boxes span the marking's width as the field lays it out (measured with a canvas in the field's font).
  const expected = await tab.evaluate((word) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const cs = getComputedStyle(document.querySelector('textarea')!);
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return ctx.measureText(word).width;
  }, MARKING);
  expect(Math.abs(lines.reduce((sum, l) => sum + l.width, 0) - expected)).toBeLessThan(3);
  expect(await tab.evaluate(() => document.querySelector('textarea')!.parentElement!.querySelector('[data-civil-post]'), null)).toBeNull();
});

test('X under a strict Content-Security-Policy: sidebar styled, underline painted', async ({ ext }) => {
  const tab = await ext.open('https://x.com/i/csp', '[data-testid="tweetTextarea_0"]');
  await typeAndCheck(tab, '[data-testid="tweetTextarea_0"]', 'tweetTextarea_0');
  // The adopted stylesheet applied despite style-src 'self': the panel has its coloured top border.
  const border = await tab.evaluate(() => getComputedStyle(document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.panel')!).borderTopWidth, null);
  expect(border).toBe('4px');
});

test('X single-page navigation: a replaced box is dropped, the new one (generic fallback) is checked, no reload', async ({ ext }) => {
  const tab = await ext.open('https://x.com/home', '[data-testid="tweetTextarea_0"]');
  await typeAndCheck(tab, '[data-testid="tweetTextarea_0"]', 'tweetTextarea_0');
  await markDocument(tab, 'spa');
  await tab.click('[data-testid="nav-messages"]');
  await expect.poll(() => tab.evaluate(() => location.pathname, null)).toBe('/messages');
  // The old box is gone: the sidebar hides and the underline goes with it.
  await expect.poll(() => findings(tab)).toEqual([]);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([]);
  await typeAndCheck(tab, '[data-testid="dmComposerTextInput"]', 'dm');
  expect(await documentMark(tab)).toBe('spa');
});

test('Facebook: a comment box opened after load by a click is checked', async ({ ext }) => {
  const tab = await ext.open('https://www.facebook.com/', '#open-comment');
  await tab.click('#open-comment');
  await typeAndCheck(tab, '#comment-slot [data-lexical-editor]', 'comment');
});

test('Facebook: a reply to a comment is checked, with the comment as replyTo', async ({ ext }) => {
  const tab = await ext.open('https://www.facebook.com/', '#open-reply');
  await tab.click('#open-reply');
  await typeAndCheck(tab, '#reply-slot [data-lexical-editor]', 'reply');
  // The comment replied to is abusive: replying to it is an engagement finding (the engagement rules' job).
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
  await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
  const f = (await findings(tab)).find((x) => x.rule === 'classification-marking')!;
  expect(expected.slice(f.start, f.end)).toBe(MARKING);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([MARKING]);
  expect(await editorIsClean(tab, editor)).toBe(true);
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
  const dismiss = await tab.evaluate(() => {
    const b = document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('li[data-rule="classification-marking"] .finding__dismiss')!.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, null);
  await tab.clickAt(dismiss.x, dismiss.y);
  await expect.poll(() => rulesShown(tab)).not.toContain('classification-marking');
  expect(await rulesShown(tab)).toContain('profanity');
  expect(await focusIsIn(tab, editor)).toBe(true);
  const live = await tab.evaluate(() => document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent, null);
  expect(live).toMatch(/warning/);

  // Collapsing keeps the summary and hides the list.
  const toggle = await tab.evaluate(() => {
    const b = document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.panel__toggle')!.getBoundingClientRect();
    return { x: b.left + 10, y: b.top + b.height / 2 };
  }, null);
  await tab.clickAt(toggle.x, toggle.y);
  await expect.poll(() => tab.evaluate(() => document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.panel__toggle')!.getAttribute('aria-expanded'), null)).toBe('false');
  expect(await allUnderlined(tab)).toContain('shit');
  expect(await focusIsIn(tab, editor)).toBe(true);
});

const SHOTS = [
  { site: 'x', url: 'https://x.com/i/reply', editor: '[data-testid="tweetTextarea_0"]' },
  { site: 'facebook', url: 'https://www.facebook.com/', editor: '[role="dialog"] [data-lexical-editor]' },
  { site: 'linkedin', url: 'https://www.linkedin.com/feed/', editor: '.share-box .ql-editor' },
];

for (const { site, url, editor } of SHOTS) {
  test(`screenshots of the sidebar on ${site}, light and dark`, async ({ ext }) => {
    for (const theme of ['light', 'dark']) {
      const tab = await ext.open(`${url}?theme=${theme}`, editor);
      await clickEditor(tab, editor);
      await tab.type(`Lovely day at the office 😀 but this is ${MARKING}, damn.`);
      await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
      const dark = await tab.evaluate(() => document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('.theme-dark') !== null, null);
      expect(dark).toBe(theme === 'dark');
      await tab.screenshot(`docs/screenshots/${site}-${theme}.png`);
    }
  });
}
