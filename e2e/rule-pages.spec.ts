// The rule pages, in Chromium and Firefox: generated from each rule's metadata and test table, with the guidance and links to its sources.

import { expect, test } from './support/test.ts';

test('a rule page says what it catches, why, with sources, and examples flagged and not; the index lists every rule', async ({ ext }) => {
  const page = await ext.openExtensionPage('src/ui/rules/index.html#words-to-avoid', 'h1');
  const read = () =>
    page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent,
      flagged: [...document.querySelectorAll('[data-examples="flagged"] li')].map((li) => [li.textContent, [...li.querySelectorAll('mark')].map((m) => m.textContent)]),
      fine: [...document.querySelectorAll('[data-examples="fine"] li')].map((li) => li.textContent),
      guidance: [...document.querySelectorAll('.guidance > li > strong')].map((s) => s.textContent),
      links: [...document.querySelectorAll<HTMLAnchorElement>('.sources a')].map((a) => a.href),
    }), null);
  await expect.poll(async () => (await read()).h1).toBe('Words to avoid');
  const r = await read();
  expect(r.flagged.length).toBeGreaterThanOrEqual(3);
  expect(r.flagged[0]![1]).toEqual(['deliver', 'robust', 'going forward']);
  expect(r.fine.length).toBeGreaterThanOrEqual(3);
  expect(r.guidance).toEqual(['G30', 'G17']);
  expect(r.links.length).toBeGreaterThanOrEqual(2);
  for (const href of r.links) expect(href).toMatch(/^https:\/\/[a-z.]+\.(gov|org)\.uk\//);

  await page.evaluate(() => {
    location.hash = '';
  }, null);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('.rules a').length, null)).toBeGreaterThanOrEqual(40);
});
