// The toolbar, in Chromium and Firefox: the popup's count and profile for the active box, pause on this site,
// the badge, the focus shortcut (into the sidebar and back; Escape returns), and rule pages from every card.

import { MARKING } from './support/check.ts';
import { clickEditor, focusIsIn } from './support/compose.ts';
import { draftText, highlighted, rulesShown } from './support/reads.ts';
import type { Tab } from './support/tab.ts';
import { clickUi, focusOwner, sidebarView } from './support/ui.ts';
import { expect, test } from './support/test.ts';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POPUP = 'src/ui/popup/index.html';

const popupText = (popup: Tab, what: string) =>
  popup.evaluate((w) => document.querySelector(`[data-popup="${w}"]`)?.textContent ?? null, what);

type Api = { tabs: { getCurrent(): Promise<{ id: number }>; query(q: object): Promise<{ id: number; url?: string; lastAccessed?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> }; action: { getBadgeText(d: object): Promise<string> } };

/** Run from an extension page (the pages' CSP forbids eval, so each question is its own function). */
const badgeOfX = (page: Tab) =>
  page.evaluate(async () => {
    const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as Api;
    // Without the tabs permission other sites' URLs are hidden: the X tab is the last one used before this page.
    const self = await api.tabs.getCurrent();
    const x = (await api.tabs.query({})).filter((t) => t.id !== self.id && !t.url?.includes('-extension://')).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]!;
    return api.action.getBadgeText({ tabId: x.id });
  }, null);
const focusShortcutToX = (page: Tab) =>
  page.evaluate(async () => {
    const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as Api;
    // Without the tabs permission other sites' URLs are hidden: the X tab is the last one used before this page.
    const self = await api.tabs.getCurrent();
    const x = (await api.tabs.query({})).filter((t) => t.id !== self.id && !t.url?.includes('-extension://')).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]!;
    await api.tabs.sendMessage(x.id, { type: 'civil-post-focus' });
  }, null);
const tabUrls = (page: Tab) =>
  page.evaluate(async () => {
    const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as Api;
    return (await api.tabs.query({})).map((t) => t.url ?? '');
  }, null);

test('popup: count and profile for the active box, badge, pause on this site and resume', async ({ ext }, info) => {
  const x = await ext.open('https://x.com/compose/post?handle=DfTgov', EDITOR);
  await clickEditor(x, EDITOR);
  await x.type(`Great day!!! ${MARKING} notes attached.`);
  await expect.poll(() => rulesShown(x)).toContain('classification-marking');
  const count = (await sidebarView(x))!.cards.length;

  const popup = await ext.openExtensionPage(POPUP, '[data-popup="pause"]');
  expect(await popupText(popup, 'count')).toBe(`${count} in the post you are writing`);
  expect(await popupText(popup, 'profile')).toBe('Checking as: Personal account (@DfTgov)');
  expect(await badgeOfX(popup)).toBe(String(count));
  // The focus shortcut is registered with the browser (commands API). Chromium leaves the chord of an unpacked
  // extension unassigned (empty) until the user sets it, Firefox assigns the suggested Alt+Shift+C.
  const command = await popup.evaluate(async () => {
    const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
    return (await api.commands.getAll()).find((c) => c.name === 'focus-sidebar') ?? null;
  }, null);
  expect(command).not.toBeNull();
  if (command?.shortcut) await expect.poll(() => popup.evaluate(() => document.querySelector('.hint')?.textContent ?? '', null)).toContain(`${command.shortcut} moves focus`);
  await popup.screenshot(info.outputPath('readme-popup.png'));

  await popup.click('[data-popup="pause"]');
  await expect.poll(() => sidebarView(x)).toBeNull();
  expect(await highlighted(x, 'civil-post-error')).toEqual([]);
  await expect.poll(() => popupText(popup, 'paused')).toContain('paused on x.com');
  await popup.click('[data-popup="pause"]');
  await x.front();
  await clickEditor(x, EDITOR);
  // The click lands mid-box, inside the text: carry on typing at its end.
  await x.press('End');
  await x.type(' ok');
  await expect.poll(() => draftText(x)).toBe(`Great day!!! ${MARKING} notes attached. ok`);
  await expect.poll(() => rulesShown(x)).toContain('classification-marking');
});

test('focus shortcut moves focus into the sidebar and back; Escape returns it; rule pages open from a card', async ({ ext }) => {
  const x = await ext.open('https://x.com/compose/post', EDITOR);
  await clickEditor(x, EDITOR);
  await x.type(`Notes ${MARKING} here`);
  await expect.poll(() => rulesShown(x)).toContain('classification-marking');

  // Neither driver can press a browser-level shortcut (headless Chromium does not route page key events to
  // extension commands; puppeteer#11828 for BiDi), so send what the background sends on the chord.
  const page = await ext.openExtensionPage(POPUP, '[data-popup="pause"]');
  await focusShortcutToX(page);
  await x.front();
  await expect.poll(() => focusOwner(x, EDITOR)).toBe('sidebar');
  // Keyboard only: the focused card opens with Enter, Tab reaches its actions, Escape goes back to the post.
  await x.press('Enter');
  await expect.poll(async () => (await sidebarView(x))!.cards.find((c) => c.rule === 'classification-marking')?.expanded).toBe(true);
  await x.press('Escape');
  await expect.poll(() => focusOwner(x, EDITOR)).toBe('editor');
  expect(await focusIsIn(x, EDITOR)).toBe(true);

  await clickUi(x, 'sidebar', 'li[data-rule="classification-marking"] [data-action="rule"]');
  await expect
    .poll(() => tabUrls(page))
    .toContainEqual(expect.stringMatching(/src\/ui\/rules\/index\.html#classification-marking$/));
});
