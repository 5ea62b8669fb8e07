// A real administrator policy: the samples from docs/policies written where each browser reads machine policy (Chromium's
// managed policy folder, Firefox's policies.json; removed afterwards), then locked values enforced and shown locked, and a hashed codeword caught on X.

import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { extensionIdFromKey } from '../scripts/extension-id.mjs';
import { COMPOSER } from './support/browsers.ts';
import type { Engine } from './support/browsers.ts';
import { DIST_CHROME, DIST_FIREFOX } from './support/paths.ts';
import { draftText, findings } from './support/reads.ts';
import { expect, test } from './support/test.ts';

interface Target {
  /** The folders the browser reads machine policy from, outermost first; the test creates those missing and removes them after. */
  dirs: string[];
  file: string;
  sample: URL;
  /** The id the sample names for the extension under test. */
  id: string;
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { key?: string; browser_specific_settings?: { gecko?: { id?: string } } };
const TARGETS: Record<Engine, () => Target> = {
  // Debian's Chromium reads machine policy here (Google Chrome: /etc/opt/chrome/policies/managed).
  chromium: () => ({
    dirs: ['/etc/chromium/policies', '/etc/chromium/policies/managed'],
    file: '/etc/chromium/policies/managed/civil-post-e2e.json',
    sample: new URL('../docs/policies/chrome-linux-settings.json', import.meta.url),
    id: extensionIdFromKey(manifestOf(DIST_CHROME).key ?? ''),
  }),
  // Firefox on Linux reads /etc/firefox/policies/policies.json (an installation's distribution/policies.json wins over it).
  firefox: () => ({
    dirs: ['/etc/firefox', '/etc/firefox/policies'],
    file: '/etc/firefox/policies/policies.json',
    sample: new URL('../docs/policies/firefox-policies.json', import.meta.url),
    id: manifestOf(DIST_FIREFOX).browser_specific_settings?.gecko?.id ?? '',
  }),
};
let target: Target;
const created: string[] = [];

test.beforeAll(({ engine }) => {
  target = TARGETS[engine]();
  // The sample names the extension's fixed id; the extension under test must have it, or the policy would miss it.
  expect(readFileSync(target.sample, 'utf8')).toContain(target.id);
  expect(existsSync(target.file), `${target.file} exists already: not overwriting someone's policy`).toBe(false);
  for (const dir of target.dirs) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.unshift(dir);
    }
  }
  const policy = JSON.parse(readFileSync(target.sample, 'utf8')) as { policies?: { ExtensionSettings?: unknown } };
  // Force-install would make Firefox fetch the add-on from its store; the test installs the package itself.
  if (policy.policies) delete policy.policies.ExtensionSettings;
  writeFileSync(target.file, JSON.stringify(policy));
});

test.afterAll(() => {
  if (target) rmSync(target.file, { force: true });
  for (const dir of created.splice(0)) rmdirSync(dir);
});

test('policy values are enforced and shown locked, and codewords given as hashes are caught but never shown', async ({ ext, engine }) => {
  const options = await ext.openOptions();
  if (engine === 'chromium') expect(await options.evaluate(() => location.host, null)).toBe(target.id);

  await test.step('the options page shows the policy values, read-only, with the reason', async () => {
    await expect.poll(() => options.evaluate(() => document.querySelector('[data-managed]')?.textContent ?? '', null)).toContain('Your administrator manages');
    const department = await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[data-setting="department"]')!;
      return { value: input.value, disabled: input.disabled, locked: input.closest('[data-field]')?.getAttribute('data-locked'), reason: input.closest('[data-field]')?.textContent ?? '' };
    }, null);
    expect(department).toMatchObject({ value: 'Department for Transport', disabled: true, locked: 'true' });
    expect(department.reason).toContain('Set by your administrator’s policy; you cannot change it here.');
    const account = await options.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[data-setting="account"]')].map((r) => [r.value, r.checked, r.disabled]), null);
    expect(account).toEqual([['official', true, true], ['personal', false, true]]);
    // "locked": ["disabledRules", ...] locks the switches though the policy sets none; severities are set, so locked too.
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[data-rule-toggle="profanity"]')!.disabled, null)).toBe(true);
    expect(await options.evaluate(() => document.querySelector<HTMLSelectElement>('select[data-rule-severity="political-evaluation"]')!.value, null)).toBe('error');
    // Allowed terms are not locked: the user keeps that control.
    expect(await options.evaluate(() => document.querySelector<HTMLTextAreaElement>('textarea[data-setting="allowlist"]')!.disabled, null)).toBe(false);
    expect(await options.evaluate(() => document.querySelector('[data-hash-count]')?.getAttribute('data-hash-count'), null)).toBe('2');
  });

  await test.step('a value written behind the page’s back does not beat the policy', async () => {
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: any; chrome?: any }).browser ?? (globalThis as any).chrome;
      await api.storage.sync.set({ department: 'Written by hand', account: 'personal' });
    }, null);
    await options.evaluate(() => new Promise((r) => setTimeout(r, 300)), null);
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[data-setting="department"]')!.value, null)).toBe('Department for Transport');
  });

  await test.step('on X, a codeword known only by its hash is flagged as an error', async () => {
    const x = await ext.openX();
    const post = 'Great to see the Operation Tidewater team today';
    await x.click(COMPOSER);
    await x.type(post);
    await expect.poll(() => draftText(x)).toBe(post);
    await expect.poll(async () => (await findings(x)).find((f) => f.rule === 'codeword')).toMatchObject({ severity: 'error', category: 'confidentiality' });
    const hit = (await findings(x)).find((f) => f.rule === 'codeword')!;
    expect(post.slice(hit.start, hit.end)).toBe('Operation Tidewater');
  });

  await test.step('the plain codewords appear nowhere on the options page', async () => {
    const page = await options.evaluate(() => document.documentElement.outerHTML + [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((e) => e.value).join(' '), null);
    expect(page).not.toMatch(/tidewater|kestrel/i);
  });
});
