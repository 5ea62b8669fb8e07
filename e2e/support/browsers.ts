// Starts Debian's Chromium (Playwright) or Firefox ESR (puppeteer-core over WebDriver BiDi) with the built extension.

import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { builtManifest, DIST_CHROME, DIST_FIREFOX, FIREFOX_UUID, optionsPath } from './paths.ts';
import { FIXTURE_PAGES, fixtureReply, X_COMPOSE_URL } from './serve.ts';
import { playwrightTab, puppeteerTab, type Tab } from './tab.ts';

export type Engine = 'chromium' | 'firefox';

export interface ExtensionSession {
  /** Opens a new tab on the X fixture (served as https://x.com) and waits for its compose box. */
  openX(url?: string): Promise<Tab>;
  /** Opens a new tab on any fixture host (x.com, mobile.x.com, www.facebook.com, www.linkedin.com) and waits for `ready`. */
  open(url: string, ready: string): Promise<Tab>;
  /** Opens the extension's options page in a new tab and waits for it to render. */
  openOptions(): Promise<Tab>;
  /** Opens any extension page (the popup, a rule page) by its path in the build and waits for `ready`. */
  openExtensionPage(path: string, ready: string): Promise<Tab>;
  /** Updates the extension in place from its build folder, as a browser does on an update or a developer's reload. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export const COMPOSER = '[data-testid^="tweetTextarea_"][role="textbox"]';
const OPTIONS_READY = 'input[data-rule-toggle]';

/** The flags node.md lists: Chromium otherwise keeps dialling out on this machine's closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LaunchOptions {
  /** The browser's colour scheme, which the extension's own pages follow. */
  colorScheme?: 'light' | 'dark';
}

export function launch(engine: Engine, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return engine === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'civil-post-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    // The unsafe-debugging switch lets the test reload the extension over CDP (Extensions.loadUnpacked).
    args: [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`, '--enable-unsafe-extension-debugging', ...CHROMIUM_ARGS],
  });
  await context.route((url) => fixtureHost(url.hostname), async (route) => {
    const reply = fixtureReply(route.request().url());
    if (reply) await route.fulfill(reply);
    else await route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await closeWelcomeTab(context, `chrome-extension://${extensionId}/`);
  return {
    async open(url, ready) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector(ready);
      return playwrightTab(page);
    },
    openX(url = X_COMPOSE_URL) {
      return (this as ExtensionSession).open(url, COMPOSER);
    },
    openOptions() {
      return (this as ExtensionSession).openExtensionPage(optionsPath(DIST_CHROME), OPTIONS_READY);
    },
    async openExtensionPage(path, ready) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector(ready);
      return playwrightTab(page);
    },
    async reloadExtension() {
      const cdp = await context.browser()!.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked' as never, { path: DIST_CHROME } as never);
      await cdp.detach();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A first install opens the options page. In Chromium that navigation can land in the tab a test has
 * just opened ("interrupted by another navigation"), so wait for it and close it before any test starts.
 */
async function closeWelcomeTab(context: BrowserContext, prefix: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((p) => p.url().startsWith(prefix));
    if (welcome) {
      if (context.pages().length === 1) await context.newPage();
      await welcome.close();
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const geckoId = builtManifest(DIST_FIREFOX).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('dist/firefox/manifest.json has no gecko id');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    // Playwright's default window, so both browsers lay the fixtures out alike (puppeteer's own is 800x600).
    defaultViewport: { width: 1280, height: 720 },
    // Firefox 153+ refuses WebDriver navigation to moz-extension:// pages without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // 0 dark, 1 light: what pages see as prefers-color-scheme (WebDriver BiDi cannot emulate it here).
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
    },
  });
  let extensionId = await browser.installExtension(DIST_FIREFOX);
  return {
    async open(url, ready) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const reply = fixtureReply(request.url());
        void (reply ? request.respond(reply) : request.continue());
      });
      await page.goto(url);
      // Selectors may sit in open shadow roots (LinkedIn's #interop-outlet): pierce them.
      await page.waitForSelector(`pierce/${ready}`);
      return puppeteerTab(page);
    },
    openX(url = X_COMPOSE_URL) {
      return (this as ExtensionSession).open(url, COMPOSER);
    },
    openOptions() {
      return (this as ExtensionSession).openExtensionPage(optionsPath(DIST_FIREFOX), OPTIONS_READY);
    },
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      // WebDriver never hears that a moz-extension:// page finished loading, though it does load: so
      // start the navigation, let it "time out", and wait for the page's own content instead.
      await page.goto(`moz-extension://${FIREFOX_UUID}/${path}`, { timeout: 1500 }).catch(() => {});
      await page.waitForFunction((sel: string) => document.querySelector(sel) !== null, { timeout: 15_000 }, ready);
      return puppeteerTab(page);
    },
    async reloadExtension() {
      await browser.uninstallExtension(extensionId);
      extensionId = await browser.installExtension(DIST_FIREFOX);
    },
    close: () => browser.close(),
  };
}

const fixtureHost = (hostname: string): boolean => hostname in FIXTURE_PAGES;
