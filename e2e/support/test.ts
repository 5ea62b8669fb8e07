// The Playwright test runner with an `ext` fixture: a browser with Civil Post installed, Chromium or Firefox by project.

import { test as base } from '@playwright/test';
import { launch, type Engine, type ExtensionSession } from './browsers.ts';

export const test = base.extend<{ ext: ExtensionSession; scheme: 'light' | 'dark' }, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  // test.use({ scheme: 'dark' }) starts the browser in dark mode (the extension's pages follow it).
  scheme: ['light', { option: true }],
  ext: async ({ engine, scheme }, use) => {
    const session = await launch(engine, { colorScheme: scheme });
    await use(session);
    await session.close();
  },
});

export { expect } from '@playwright/test';
