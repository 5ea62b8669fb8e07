// End-to-end tests: the built extension in Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core, BiDi).

import { defineConfig } from '@playwright/test';
import type { Engine } from './support/browsers.ts';

export default defineConfig<{ engine: Engine }>({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '.output/test-results',
  globalSetup: './support/unpack.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  // On CI one retry: a browser that drops its connection mid-navigation (seen once on Firefox ESR under load) is
  // not the extension's fault. A test that fails twice still fails, and a pass on retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  // Two cores: one browser at a time keeps timings honest and typing unhurried.
  workers: 1,
  reporter: [['list'], ['./support/summary-reporter.ts']],
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    // Every compose-box and sidebar test runs in both; *.chromium.spec.ts (the README screenshots) in Chromium only.
    { name: 'firefox', use: { engine: 'firefox' }, testIgnore: '*.chromium.spec.ts' },
  ],
});
