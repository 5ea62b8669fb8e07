// Profiles per account, in Chromium and Firefox: the header says which profile applies, one click switches it
// for the signed-in handle, and the profile follows the handle the site shows.

import { clickEditor } from './support/compose.ts';
import { draftText, rulesShown, syncedSettings } from './support/reads.ts';
import { clickUi, sidebarView } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[data-testid="tweetTextarea_0"]';
// Personal opinion: advice on a personal account, a finding of its own on an official one.
const OPINION = 'Personally I think the new bus timetable is a disaster.';

test('one click makes @DfTgov official; the profile then follows the signed-in handle', async ({ ext }) => {
  const dft = await ext.open('https://x.com/compose/post?handle=DfTgov', EDITOR);
  await clickEditor(dft, EDITOR);
  await dft.type(OPINION);
  await expect.poll(() => draftText(dft)).toBe(OPINION);
  await expect.poll(async () => (await sidebarView(dft))?.profile ?? '').toContain('Personal account@DfTgov');
  expect(await rulesShown(dft)).not.toContain('official-personal-opinion');

  await clickUi(dft, 'sidebar', '[data-action="switch-profile"]');
  await expect.poll(async () => (await sidebarView(dft))!.profile).toContain('Official account@DfTgov');
  // Re-checked as an official account straight away: personal opinion is now a finding.
  await expect.poll(() => rulesShown(dft)).toContain('official-personal-opinion');
  const options = await ext.openOptions();
  await expect.poll(async () => (await syncedSettings(options)) as { profiles?: string[] }).toMatchObject({ profiles: ['@DfTgov = official'] });

  // Another account signed in on the same site: not in the list, so the default (personal) applies.
  const other = await ext.open('https://x.com/compose/post?handle=alex_example', EDITOR);
  await clickEditor(other, EDITOR);
  await other.type(OPINION);
  await expect.poll(async () => (await sidebarView(other))?.profile ?? '').toContain('Personal account@alex_example');
  expect(await rulesShown(other)).not.toContain('official-personal-opinion');

  // Back as @DfTgov: official again, from the handle alone.
  const again = await ext.open('https://x.com/compose/post?handle=DfTgov', EDITOR);
  await clickEditor(again, EDITOR);
  await again.type(OPINION);
  await expect.poll(async () => (await sidebarView(again))?.profile ?? '').toContain('Official account@DfTgov');
  await expect.poll(() => rulesShown(again)).toContain('official-personal-opinion');
});
