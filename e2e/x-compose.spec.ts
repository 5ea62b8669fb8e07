// Civil Post on X's Draft.js composer, in Chromium and in Firefox: typed findings, underlines, edits and live settings.

import { COMPOSER } from './support/browsers.ts';
import { documentMark, draftText, findings, foreignElements, highlighted, markDocument, rulesShown, sidebarParent, syncedSettings } from './support/reads.ts';
import { expect, test } from './support/test.ts';

const MARKING = 'OFFICIAL-SENSITIVE';
const INTRO = 'Great visit to the Leeds office today. ';
// A second rule's finding shows when the re-typed text has been checked, so "no marking finding" is not vacuous.
const SWEAR = ' what a shit day';
const TOGGLE = 'input[type=checkbox][data-rule-toggle="classification-marking"]';
const isChecked = (sel: string) => document.querySelector<HTMLInputElement>(sel)?.checked ?? null;

test('the fixture is a working Draft.js editor: typed text, model and DOM agree', async ({ ext }) => {
  const x = await ext.openX();
  await x.click(COMPOSER);
  await x.type('First line');
  await x.press('Enter');
  await x.type('Second line');
  await expect.poll(() => draftText(x)).toBe('First line\nSecond line');
  expect(await x.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.innerText.trim(), COMPOSER)).toBe('First line\nSecond line');
  expect(await x.evaluate(() => document.querySelectorAll('[data-contents] > [data-block]').length, null)).toBe(2);
});

test('flags a classification marking as it is typed, drops it when deleted, and obeys the options page live', async ({ ext }) => {
  const x = await ext.openX();

  await test.step('typing a marking shows an error finding and underlines exactly the marking', async () => {
    await x.click(COMPOSER);
    await x.type(INTRO + MARKING);
    await expect.poll(() => draftText(x)).toBe(INTRO + MARKING);
    await expect.poll(() => rulesShown(x)).toContain('classification-marking');
    const finding = (await findings(x)).find((f) => f.rule === 'classification-marking')!;
    expect(finding).toMatchObject({ category: 'confidentiality', severity: 'error' });
    expect((INTRO + MARKING).slice(finding.start, finding.end)).toBe(MARKING);
    expect(await highlighted(x, 'civil-post-error')).toEqual([MARKING]);
    expect(await sidebarParent(x)).toBe('BODY');
    expect(await foreignElements(x, COMPOSER)).toEqual([]);
  });

  await test.step('selecting the marking and deleting it removes the finding and the underline', async () => {
    await x.press('Shift+ArrowLeft', MARKING.length);
    await x.press('Backspace');
    await expect.poll(() => draftText(x)).toBe(INTRO);
    await expect.poll(() => rulesShown(x)).not.toContain('classification-marking');
    expect(await highlighted(x, 'civil-post-error')).toEqual([]);
    expect(await foreignElements(x, COMPOSER)).toEqual([]);
  });

  await markDocument(x, 'same-document');

  await test.step('switching the rule off on the options page saves it to storage.sync', async () => {
    const options = await ext.openOptions();
    expect(await options.evaluate(isChecked, TOGGLE)).toBe(true);
    await options.click(TOGGLE);
    await expect.poll(() => options.evaluate(isChecked, TOGGLE)).toBe(false);
    await expect.poll(async () => JSON.stringify(await syncedSettings(options))).toContain('classification-marking');
  });

  await test.step('back on X, without a reload, the marking is no longer flagged', async () => {
    await x.front();
    await x.click(COMPOSER);
    await x.press('End');
    await x.type(MARKING + SWEAR);
    await expect.poll(() => draftText(x)).toBe(INTRO + MARKING + SWEAR);
    await expect.poll(() => rulesShown(x)).toContain('profanity');
    expect(await rulesShown(x)).not.toContain('classification-marking');
    expect(await highlighted(x, 'civil-post-error')).toEqual([]);
    expect(await documentMark(x)).toBe('same-document');
    expect(await foreignElements(x, COMPOSER)).toEqual([]);
  });
});
