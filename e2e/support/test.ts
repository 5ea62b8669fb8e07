// The Playwright test runner with an `ext` fixture: a browser with Civil Post installed, Chromium or Firefox by project.

import { test as base } from '@playwright/test';
import { launch, type Engine, type ExtensionSession } from './browsers.ts';

export const test = base.extend<{ ext: ExtensionSession }, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  ext: async ({ engine }, use) => {
    const session = await launch(engine);
    await use(session);
    await session.close();
  },
});

export { expect } from '@playwright/test';
