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
import { WAIT_MS } from './patience';

// The extension's chrome.* API, in functions that run inside the browser (never here).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** `lang`: the browser's interface language (--lang); English unless a test asks for another. */
export async function launchChromium(options: { headless?: boolean; lang?: string; args?: string[] } = {}): Promise<ChromiumSession> {
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
      `--lang=${options.lang ?? 'en-US'}`, '--window-size=1200,900', ...(options.args ?? []),
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), { timeout: WAIT_MS });
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
    && t.url() === `chrome-extension://${session.extensionId}/popup/index.html`, { timeout: WAIT_MS });
  const pressedAt = await pressShortcut(page);
  const popup = await (await opened).asPage();
  return { popup, pressedAt };
}

/** Waits until the popup has left its loading state, then reads what it shows. */
export async function settledView(popup: Page, timeout = WAIT_MS): Promise<PopupView> {
  await popup.waitForFunction(() => !!document.body.dataset.view && document.body.dataset.view !== 'loading', { timeout, polling: 'mutation' });
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
  // Chromium reads the clipboard only for a focused document, and on a busy machine the focus may arrive after
  // bringToFront returns ("NotAllowedError: Document is not focused"): wait for it, as a reader's click would.
  await page.waitForFunction(() => document.hasFocus(), { timeout: WAIT_MS, polling: 50 }).catch(() => undefined);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Closes the popup if it is still open (it closes by itself when the page takes the focus). */
export async function closePopup(popup: Page): Promise<void> {
  if (popup.isClosed()) return;
  await popup.close().catch(() => { /* already gone with the focus change */ });
}

/** Runs a function in the extension's service worker (chrome.* available), retrying while it starts. */
export async function inWorker<T, A extends unknown[]>(session: ChromiumSession, fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`));
  const worker = (await target.worker())!;
  for (let attempt = 0; ; attempt++) {
    try {
      return await worker.evaluate(fn as never, ...args) as T;
    } catch (error) {
      // A worker that is (re)starting has no `chrome` yet.
      if (attempt > 50 || !/chrome is not defined|context|of undefined \(reading/i.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The copy-summary command's key (Alt+Shift+K), as the keyboard sends it. */
export async function pressCopyShortcut(page: Page): Promise<number> {
  await page.bringToFront();
  const cdp = await page.createCDPSession();
  const key = { key: 'K', code: 'KeyK', windowsVirtualKeyCode: 75, nativeVirtualKeyCode: 75, modifiers: 1 | 8 };
  const pressedAt = Date.now();
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await cdp.detach();
  return pressedAt;
}

/** The tab id of a page, as the extension knows it. */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  const url = page.url();
  return inWorker(session, async (u: string) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)!.id!, url);
}

/** Waits until the toolbar badge of a tab shows text, and returns it with the button's title. */
export async function waitForBadge(session: ChromiumSession, tabId: number, timeout = WAIT_MS): Promise<{ text: string; title: string }> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const badge = await inWorker(session, async (id: number) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
    if (badge.text) return badge;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no badge appeared');
}

/**
 * The popup page opened as a background tab of the window: it summarises the window's active tab (the
 * article, whose activeTab grant from an earlier shortcut press still holds) exactly as the popup does,
 * and unlike the popup it can be given any viewport, zoom or colour scheme.
 */
export async function openPopupAsTab(session: ChromiumSession, page: Page): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}/popup/index.html`;
  const earlier = new Set(session.browser.targets());
  const opened = session.browser.waitForTarget((t) => !earlier.has(t) && t.url() === url && t.type() === 'page');
  const cdp = await page.createCDPSession();
  await cdp.send('Target.createTarget', { url, background: true });
  await cdp.detach();
  return (await (await opened).asPage())!;
}

/** axe-core's violations on a page (its source injected through CDP, which the page's CSP does not stop). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  const { source } = await import('axe-core');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}
