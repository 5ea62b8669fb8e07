// No oracle for the page, in Chromium and Firefox: text a page script writes (hidden boxes, synthetic events,
// execCommand) is never checked, so the page cannot test words against the user's codewords.

import { MARKING } from './support/check.ts';
import { allUnderlined, clickEditor } from './support/compose.ts';
import { findings, rulesShown } from './support/reads.ts';
import type { Tab } from './support/tab.ts';
import { expect, test } from './support/test.ts';

const CODEWORD = 'KESTREL';
// X's mobile composer, a plain <textarea>: the page can rewrite it by script without breaking it.
const EDITOR = '[data-testid="tweetTextarea_0"] textarea';

/** Everything of Civil Post's the page could read: the sidebar's findings, our highlights, any host element. */
const whatThePageSees = (tab: Tab) =>
  tab.evaluate(() => ({
    hosts: document.querySelectorAll('[data-civil-post]').length,
    highlights: [...CSS.highlights.keys()].filter((k) => String(k).startsWith('civil-post')),
  }), null);

/** Underline boxes drawn over the textarea from Civil Post's shadow root. */
const underlineBoxes = (tab: Tab) =>
  tab.evaluate(() => document.querySelector('[data-civil-post="textarea-underlines"]')?.shadowRoot?.querySelectorAll('.line').length ?? 0, null);

/** A hostile page script: hidden and off-screen editables, filled by every scripted means, plus synthetic events. */
const probe = (tab: Tab, words: string[]) =>
  tab.evaluate((list) => {
    const styles = ['opacity:0', 'position:fixed;left:-9999px', 'width:1px;height:1px;overflow:hidden', 'visibility:hidden', ''];
    for (const [i, style] of styles.entries()) {
      const box = document.createElement('div');
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('data-testid', `tweetTextarea_${9 - i}`);
      box.className = 'public-DraftEditor-content';
      box.style.cssText = style;
      document.body.append(box);
      box.focus();
      box.textContent = `${list.join(' ')} `;
      document.execCommand('insertText', false, `${list.join(' ')} `);
      for (const type of ['keydown', 'beforeinput', 'input', 'paste']) box.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: list[0] }));
    }
    const area = document.createElement('textarea');
    area.style.cssText = 'opacity:0';
    document.body.append(area);
    area.focus();
    area.value = list.join(' ');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, words);

test('a page that writes candidate words into editables gets no findings, sidebar or highlights back', async ({ ext }) => {
  const options = await ext.openOptions();
  await options.evaluate(async (word) => {
    const api = (globalThis as unknown as { browser?: any; chrome?: any }).browser ?? (globalThis as any).chrome;
    await api.storage.sync.set({ settings: { codewords: [word] } });
  }, CODEWORD);
  const tab = await ext.open('https://mobile.x.com/compose/post', EDITOR);
  await tab.front();
  await probe(tab, ['HERON', CODEWORD, 'OSPREY', MARKING]);
  // Long enough for several checks had any been scheduled (a check runs in the next task).
  await new Promise((r) => setTimeout(r, 1500));
  expect(await whatThePageSees(tab)).toEqual({ hosts: 0, highlights: [] });

  // The page also writes into the real compose box, by script only: still nothing.
  await tab.evaluate((sel) => {
    const box = document.querySelector<HTMLTextAreaElement>(sel)!;
    box.focus();
    document.execCommand('insertText', false, 'KESTREL OFFICIAL-SENSITIVE ');
    box.value += ' KESTREL';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, EDITOR);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await whatThePageSees(tab)).toEqual({ hosts: 0, highlights: [] });

  // The control: the user typing the same word in the visible box is checked, so the silence above is not vacuous.
  await tab.evaluate(() => document.querySelectorAll('body > [contenteditable], body > textarea').forEach((el) => el.remove()), null);
  await clickEditor(tab, EDITOR);
  await tab.press('End');
  await tab.type(` ${CODEWORD} today`);
  await expect.poll(() => rulesShown(tab)).toContain('codeword');
  expect(await underlineBoxes(tab)).toBeGreaterThan(0);

  // After the user's check, the page rewriting the box by script is not checked either: the findings go.
  await new Promise((r) => setTimeout(r, 1200));
  await tab.evaluate((sel) => {
    const box = document.querySelector<HTMLTextAreaElement>(sel)!;
    box.value += ' HERON OSPREY';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, EDITOR);
  await expect.poll(() => findings(tab)).toEqual([]);
  expect(await underlineBoxes(tab)).toBe(0);
  expect(await allUnderlined(tab)).toEqual([]);
});
