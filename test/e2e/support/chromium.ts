// Chromium from Debian (/usr/bin/chromium) with dist/ loaded, driven over CDP by puppeteer-core.
// See docs/browser-testing.md (shared): only the extension's own shortcut, sent as a raw key event,
// opens the popup WITH the activeTab grant a reader's click gives.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPopup, type PopupView } from './read-popup';
import { ensureFreshDist } from './fresh-dist';

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(options: { headless?: boolean } = {}): Promise<ChromiumSession> {
  await ensureFreshDist();
  const profile = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    userDataDir: profile,
    pipe: true,
    enableExtensions: true,
    args: [
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--lang=en-US', '--window-size=1200,900',
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), { timeout: 15_000 });
  return {
    browser,
    extensionId: new URL(worker.url()).host,
    async close() { await browser.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Alt+Shift+S, as the keyboard sends it: a raw key-down the browser matches against commands. */
export async function pressShortcut(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  const key = { key: 'S', code: 'KeyS', windowsVirtualKeyCode: 83, nativeVirtualKeyCode: 83, modifiers: 1 | 8 };
  const pressedAt = Date.now();
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await cdp.detach();
  return pressedAt;
}

/** Presses the shortcut on the page and returns the popup that opens. */
export async function openPopup(session: ChromiumSession, page: Page): Promise<{ popup: Page; pressedAt: number }> {
  await page.bringToFront();
  // Only a popup that opens after the press: a closing one from an earlier test may still be listed.
  const earlier = new Set(session.browser.targets());
  const opened = session.browser.waitForTarget((t) => !earlier.has(t) && t.type() === 'page'
    && t.url() === `chrome-extension://${session.extensionId}/popup/index.html`, { timeout: 10_000 });
  const pressedAt = await pressShortcut(page);
  const popup = await (await opened).asPage();
  return { popup, pressedAt };
}

/** Waits until the popup has left its loading state, then reads what it shows. */
export async function settledView(popup: Page): Promise<PopupView> {
  await popup.waitForFunction(() => !!document.body.dataset.view && document.body.dataset.view !== 'loading', { timeout: 15_000, polling: 'mutation' });
  return viewOf(popup);
}

export async function viewOf(popup: Page): Promise<PopupView> {
  return readPopup(await popup.evaluate(() => document.documentElement.outerHTML));
}

/** The clipboard's text, read from a page of the served origin (clipboard-read granted to it). */
export async function readClipboard(session: ChromiumSession, page: Page): Promise<string> {
  const origin = new URL(page.url()).origin;
  await session.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-sanitized-write']);
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Closes the popup if it is still open (it closes by itself when the page takes the focus). */
export async function closePopup(popup: Page): Promise<void> {
  if (popup.isClosed()) return;
  await popup.close().catch(() => { /* already gone with the focus change */ });
}
