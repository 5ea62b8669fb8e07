// The check every compose-box test ends with: type a post with a marking, then read the sidebar, underline, model and editor.

import { expect } from '@playwright/test';
import { clickEditor, editorIsClean, focusIsIn, modelText } from './compose.ts';
import { findings, highlighted, rulesShown } from './reads.ts';
import type { Tab } from './tab.ts';

export const MARKING = 'OFFICIAL-SENSITIVE';
export const POST = `Notes 😀 ${MARKING} for the team`;

/** Types the post into a box and checks the finding, the exact underline, the model text and a clean editor. */
export async function typeAndCheck(tab: Tab, editor: string, key: string): Promise<void> {
  await clickEditor(tab, editor);
  await tab.type(POST);
  await expect.poll(() => modelText(tab, key)).toBe(POST);
  await expectMarkingFinding(tab, POST);
  expect(await highlighted(tab, 'civil-post-error')).toEqual([MARKING]);
  expect(await editorIsClean(tab, editor)).toBe(true);
  expect(await focusIsIn(tab, editor)).toBe(true);
}

/** Waits for the marking's finding in the sidebar: an error of the confidentiality category whose offsets pick out the marking in `text`. */
export async function expectMarkingFinding(tab: Tab, text: string): Promise<void> {
  await expect.poll(() => rulesShown(tab)).toContain('classification-marking');
  const f = (await findings(tab)).find((x) => x.rule === 'classification-marking')!;
  expect(f).toMatchObject({ category: 'confidentiality', severity: 'error' });
  expect(text.slice(f.start, f.end)).toBe(MARKING);
}
