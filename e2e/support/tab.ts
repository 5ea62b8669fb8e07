// One browser tab, whichever library drives it, so a scenario reads the same in Chromium and Firefox.

import type { Page } from '@playwright/test';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';

export interface Tab {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** Types character by character, as a person at a keyboard. */
  type(text: string): Promise<void>;
  /** Presses a key such as "Backspace" or "Shift+ArrowLeft", `times` times. */
  press(combo: string, times?: number): Promise<void>;
  front(): Promise<void>;
  /** A real mouse click at viewport coordinates (reaches into shadow roots, as a person's click does). */
  clickAt(x: number, y: number): Promise<void>;
  /** Moves the mouse to viewport coordinates (hover), as a person's pointer would. */
  moveMouse(x: number, y: number): Promise<void>;
  /** Resizes the viewport, as a narrower window would. */
  setViewport(width: number, height: number): Promise<void>;
  /** Saves a screenshot of the viewport. */
  screenshot(path: string): Promise<void>;
  /** The driver's own page, for tools made for one driver (axe's Playwright builder). */
  readonly raw: { kind: 'playwright'; page: Page } | { kind: 'puppeteer'; page: PuppeteerPage };
  /**
   * Pastes `text` as a person does: the page's own clipboard write (allowed by the click just made in
   * the page), then Ctrl+V, so the browser fires a trusted paste into the focused box.
   */
  paste(text: string): Promise<void>;
}

async function copyToClipboard(evaluate: Tab['evaluate'], text: string): Promise<void> {
  await evaluate((t) => navigator.clipboard.writeText(t), text);
}

export function playwrightTab(page: Page): Tab {
  return {
    // Our arguments are plain JSON, so Playwright's handle-unboxing types add nothing here.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text, { delay: 20 }),
    async press(combo, times = 1) {
      for (let i = 0; i < times; i++) await page.keyboard.press(combo);
    },
    front: () => page.bringToFront(),
    clickAt: (x, y) => page.mouse.click(x, y),
    moveMouse: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    raw: { kind: 'playwright', page },
    async paste(text) {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await copyToClipboard(this.evaluate, text);
      await page.keyboard.press('Control+V');
    },
  };
}

export function puppeteerTab(page: PuppeteerPage): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text, { delay: 20 }),
    async press(combo, times = 1) {
      const keys = combo.split('+') as KeyInput[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    front: async () => {
      await page.bringToFront();
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    moveMouse: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    setViewport: (width, height) => page.setViewport({ width, height }),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    raw: { kind: 'puppeteer', page },
    async paste(text) {
      await copyToClipboard(this.evaluate, text);
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
    },
  };
}
