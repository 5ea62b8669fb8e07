// The options page in Chromium and Firefox: text saved as typed, rule and severity changes reaching an open compose box, export/import round trip, broken imports refused.

import { COMPOSER } from './support/browsers.ts';
import { documentMark, draftText, findings, markDocument, rulesShown, storedItems } from './support/reads.ts';
import type { Tab } from './support/tab.ts';
import { expect, test } from './support/test.ts';

const DEPARTMENT = 'input[data-setting="department"]';
const fieldState = (tab: Tab, name: string) => tab.evaluate((n: string) => document.querySelector<HTMLElement>(`[data-field="${n}"] [data-save-state]`)?.dataset.saveState ?? null, name);
const statusText = (tab: Tab) => tab.evaluate(() => document.querySelector('[data-status]')?.textContent ?? '', null);

/** Picks an option the way the page hears it: the select's value changes and it fires `change`. */
const choose = (tab: Tab, selector: string, value: string) =>
  tab.evaluate(([sel, v]: [string, string]) => {
    const select = document.querySelector<HTMLSelectElement>(sel)!;
    select.value = v;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, [selector, value] as [string, string]);

/** Clicks Export and returns the file's text, caught from the Blob the page hands to the download link. */
const exportFile = (tab: Tab) =>
  tab.evaluate(async () => {
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      made.push(blob as Blob);
      return original.call(URL, blob);
    };
    // The download itself is the browser's; the test needs only the bytes it would save.
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {};
    try {
      document.querySelector<HTMLButtonElement>('[data-export]')!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    return made.length === 1 ? await made[0]!.text() : `(${made.length} files)`;
  }, null);

/** Chooses a file in the Import control, as a person picking it in the file dialog would. */
const importFile = (tab: Tab, name: string, text: string) =>
  tab.evaluate(([n, body]: [string, string]) => {
    const input = document.querySelector<HTMLInputElement>('input[data-import]')!;
    const files = new DataTransfer();
    files.items.add(new File([body], n, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [name, text] as [string, string]);

test('a text field is saved while the cursor is still in it, and the page says so only once it is', async ({ ext }) => {
  const options = await ext.openOptions();
  await options.click(DEPARTMENT);
  await options.type('Department for Transport');
  await expect.poll(() => fieldState(options, 'department')).toBe('saved');
  expect((await storedItems(options)).sync.department).toBe('Department for Transport');
  expect(await options.evaluate((sel) => document.activeElement === document.querySelector(sel), DEPARTMENT)).toBe(true);

  await options.type('!'.repeat(200));
  await expect.poll(() => fieldState(options, 'department')).toBe('refused');
  expect(await options.evaluate(() => document.querySelector('[data-field="department"] [data-save-state]')?.textContent ?? '', null)).toMatch(/Not saved: is 224 characters long; the limit is 200/);
  expect((await storedItems(options)).sync.department).toBe('Department for Transport');
});

test('a rule switched off and a severity changed reach an open compose box without a reload', async ({ ext }) => {
  const x = await ext.openX();
  const first = 'OFFICIAL-SENSITIVE notes, what a shit day';
  await x.click(COMPOSER);
  await x.type(first);
  await expect.poll(() => rulesShown(x)).toEqual(expect.arrayContaining(['classification-marking', 'profanity']));
  const before = (await findings(x)).find((f) => f.rule === 'profanity')!;
  expect(before.severity).not.toBe('info');
  await markDocument(x, 'no-reload');

  const options = await ext.openOptions();
  await options.click('input[data-rule-toggle="classification-marking"]');
  await choose(options, 'select[data-rule-severity="profanity"]', 'info');
  await expect.poll(async () => (await storedItems(options)).sync).toMatchObject({ 'disabledRules.classification-marking': true, 'severity.profanity': 'info' });

  await x.front();
  await x.click(COMPOSER);
  await x.press('End');
  await x.type(' again');
  await expect.poll(() => draftText(x)).toBe(`${first} again`);
  await expect.poll(async () => (await findings(x)).find((f) => f.rule === 'profanity')?.severity).toBe('info');
  expect(await rulesShown(x)).not.toContain('classification-marking');
  expect(await documentMark(x)).toBe('no-reload');
});

test('export then import gives back exactly the same settings', async ({ ext }) => {
  const options = await ext.openOptions();
  await options.click('input[type=radio][data-setting="account"][value="official"]');
  await options.click('textarea[data-setting="codewords"]');
  await options.type('KESTREL\nProject Nightjar');
  await options.click('input[data-rule-toggle="profanity"]');
  await choose(options, 'select[data-rule-severity="codeword"]', 'warning');
  await expect.poll(() => fieldState(options, 'codewords')).toBe('saved');
  await expect.poll(async () => (await storedItems(options)).sync['severity.codeword']).toBe('warning');

  const exported = await exportFile(options);
  const file = JSON.parse(exported) as { format: string; version: number; settings: Record<string, unknown> };
  expect(file).toMatchObject({ format: 'civil-post-settings', version: 2 });
  expect(file.settings).toMatchObject({ account: 'official', codewords: ['KESTREL', 'Project Nightjar'], disabledRules: ['profanity'], severity: { codeword: 'warning' } });

  await options.click('[data-reset]');
  await options.click('[data-reset-confirm]');
  await expect.poll(async () => (await storedItems(options)).local.codewords ?? null).toBeNull();
  expect(JSON.parse(await exportFile(options)).settings.account).toBe('personal');

  await importFile(options, 'mine.json', exported);
  await expect.poll(() => statusText(options)).toContain('Imported the settings in mine.json');
  await expect.poll(() => exportFile(options)).toBe(exported);
  expect(await options.evaluate(() => document.querySelector<HTMLTextAreaElement>('textarea[data-setting="codewords"]')?.value, null)).toBe('KESTREL\nProject Nightjar');
});

test('a broken import changes nothing and says why', async ({ ext }) => {
  const options = await ext.openOptions();
  await options.click(DEPARTMENT);
  await options.type('Home Office');
  await expect.poll(() => fieldState(options, 'department')).toBe('saved');
  const before = await storedItems(options);

  await importFile(options, 'half.json', '{"format": "civil-post-settings", "version": 2, "settings": {"department": "DfT", ');
  await expect.poll(() => statusText(options)).toMatch(/Nothing was changed: half\.json could not be imported\.The file is not valid JSON/);

  const wrong = { format: 'civil-post-settings', version: 2, settings: { department: 'DfT', account: 'team', codewords: ['KESTREL', 'kestrel'] } };
  await importFile(options, 'wrong.json', JSON.stringify(wrong));
  await expect.poll(() => statusText(options)).toContain('wrong.json could not be imported');
  const text = await statusText(options);
  expect(text).toContain('Account type: expected one of official, personal.');
  expect(text).toContain('Internal codewords: “kestrel” is listed twice.');

  expect(await storedItems(options)).toEqual(before);
  expect(await options.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)?.value, DEPARTMENT)).toBe('Home Office');
});
