// Underlines you can act on, in Chromium and Firefox: hovering, clicking or moving the caret into the words opens
// a small card beside them; the card and the sidebar are linked both ways; whole-post findings are a note, not an underline.

import { allUnderlined, clickEditor, editorIsClean, focusIsIn } from './support/compose.ts';
import { ONE_LONG_SENTENCE } from './support/posts.ts';
import { draftText, highlighted } from './support/reads.ts';
import { clickUi, hoverCard, sidebarView, uiPoint, underlinePoint } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = 'Please utilise the form. It is OFFICIAL-SENSITIVE now';

test('hover, click and caret open the card beside the words; sidebar and underline are linked both ways', async ({ ext }, info) => {
  const tab = await ext.open('https://x.com/compose/post', EDITOR);
  await clickEditor(tab, EDITOR);
  await tab.type(POST);
  await expect.poll(() => highlighted(tab, 'civil-post-info')).toContain('utilise');
  await expect.poll(() => highlighted(tab, 'civil-post-error')).toEqual(['OFFICIAL-SENSITIVE']);

  await test.step('hovering an underline opens its card and marks its sidebar card', async () => {
    const at = (await underlinePoint(tab, 'civil-post-info', 'utilise'))!;
    await tab.moveMouse(at.x, at.y);
    await expect.poll(async () => (await hoverCard(tab))?.rule).toBe('words-to-avoid');
    await expect.poll(async () => (await sidebarView(tab))!.cards.find((c) => c.linked)?.rule).toBe('words-to-avoid');
    const card = (await hoverCard(tab))!;
    // Beside the words: just below the line the pointer is on.
    expect(card.box.top).toBeGreaterThan(at.y);
    expect(card.box.top - at.y).toBeLessThan(40);
    expect(card.text).toContain('use');
    await tab.moveMouse(900, 650);
    await expect.poll(() => hoverCard(tab)).toBeNull();
  });

  await test.step('clicking the words pins the card; focus and caret stay in the editor; Escape closes it', async () => {
    const at = (await underlinePoint(tab, 'civil-post-error', 'OFFICIAL-SENSITIVE'))!;
    await tab.clickAt(at.x, at.y);
    await expect.poll(async () => (await hoverCard(tab))?.rule).toBe('classification-marking');
    expect(await focusIsIn(tab, EDITOR)).toBe(true);
    await tab.moveMouse(900, 650);
    await new Promise((r) => setTimeout(r, 600));
    expect((await hoverCard(tab))?.rule).toBe('classification-marking');
    await tab.screenshot(info.outputPath('readme-hover-card.png'));
    await tab.press('Escape');
    await expect.poll(() => hoverCard(tab)).toBeNull();
  });

  await test.step('moving the caret into the words with the keyboard opens their card', async () => {
    await tab.press('Control+Home');
    await tab.press('ArrowRight', 9);
    await expect.poll(async () => (await hoverCard(tab))?.rule).toBe('words-to-avoid');
  });

  await test.step('the card applies the fix through the editor', async () => {
    await clickUi(tab, 'card', '[data-action="apply"]');
    await expect.poll(() => draftText(tab)).toBe(POST.replace('utilise', 'use'));
    expect(await editorIsClean(tab, EDITOR)).toBe(true);
    expect(await focusIsIn(tab, EDITOR)).toBe(true);
    await expect.poll(() => highlighted(tab, 'civil-post-info')).not.toContain('utilise');
  });

  await test.step('hovering a sidebar card marks its words in the post', async () => {
    const at = (await uiPoint(tab, 'sidebar', 'li[data-rule="classification-marking"] .card__summary'))!;
    await tab.moveMouse(at.x, at.y);
    await expect.poll(() => highlighted(tab, 'civil-post-focus')).toEqual(['OFFICIAL-SENSITIVE']);
  });
});

test('a finding over the whole post is a note, not an underline over every word; expanded cards survive typing', async ({ ext }) => {
  const tab = await ext.open('https://x.com/compose/post', EDITOR);
  await clickEditor(tab, EDITOR);
  await tab.type(`${ONE_LONG_SENTENCE} Wow!!!`);
  await expect.poll(async () => (await sidebarView(tab))?.notes ?? []).toContain('long-sentence');
  const underlined = await allUnderlined(tab);
  expect(underlined).toContain('!!!');
  expect(underlined.some((u) => u.length > 40)).toBe(false);

  // Expand the shouting card, then type before its words: it is the same card (same key), still open.
  await clickUi(tab, 'sidebar', 'li[data-rule="shouting"] .card__summary');
  await expect.poll(async () => (await sidebarView(tab))!.cards.find((c) => c.rule === 'shouting')?.expanded).toBe(true);
  const key = (await sidebarView(tab))!.cards.find((c) => c.rule === 'shouting')!.key;
  await tab.press('Control+Home');
  await tab.type('Hello. ');
  await expect.poll(() => draftText(tab)).toMatch(/^Hello\. We are/);
  await expect.poll(async () => (await sidebarView(tab))!.cards.find((c) => c.rule === 'shouting')).toMatchObject({ key, expanded: true });
  // The expanded card shows the message, the suggestion and the guidance, and the way to the rule's page.
  const details = await tab.evaluate(() => document.querySelector('[data-civil-post="sidebar"]')!.shadowRoot!.querySelector('li[data-rule="shouting"] .card__details')!.textContent, null);
  expect(details).toMatch(/Try:/);
  expect(details).not.toMatch(/Try: Try:/);
  expect(details).toMatch(/G2/);
  expect(details).toMatch(/About this rule/);
});
