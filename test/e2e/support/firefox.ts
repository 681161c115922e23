// Firefox ESR from Debian (/usr/bin/firefox-esr) with dist/ installed, driven over WebDriver BiDi by
// puppeteer-core. See docs/browser-testing.md (shared). Page key events never reach the browser's
// shortcuts, so the shortcut runs Firefox's own handler in the browser window (chrome scope), which
// opens the popup with the activeTab grant. The popup is no BiDi context: it is read and typed into
// from the browser window, through a frame script and the test input processor.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readPopup, type PopupView } from './read-popup';
import { DIST } from './chromium';
import { ensureFreshDist } from './fresh-dist';
import { WAIT_MS } from './patience';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'lede@lede.invalid';
/** Debian's language pack for Firefox ESR in a locale ("de", "es-ES"; package firefox-esr-l10n-de, -es-es):
 *  without it Firefox, and so the extension, speaks English whatever locale is asked for. */
export const langpackOf = (locale: string) => `/usr/lib/firefox-esr/browser/extensions/langpack-${locale}@firefox-esr.mozilla.org.xpi`;
/** Fixed by pref, so the extension's moz-extension:// address is known in advance. */
export const EXTENSION_UUID = '6f1c1d0e-1ede-4e2e-8e2e-00000000e2e0';

type BidiSend = (method: string, params: object) => Promise<{ result: any }>;

export interface FirefoxSession {
  browser: Browser;
  /** Runs an expression in the browser window (chrome scope) and returns its value. */
  chrome<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** `locale`: the interface language asked for (intl.locale.requested); it takes effect only where that
 *  language's pack is installed (Debian: firefox-esr-l10n-<lang>). */
/** `prefs`: more preferences (a proxy for the request recorder, for example). */
/** `extension`: the folder to install (dist/ unless a benchmark installs another with Lede's Gecko id). */
export async function launchFirefox(options: { locale?: string; prefs?: Record<string, unknown>; extension?: string } = {}): Promise<FirefoxSession> {
  if (!options.extension) await ensureFreshDist();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Lets a test page read the clipboard back without a paste prompt.
      'dom.events.testing.asyncClipboard': true,
      'intl.locale.requested': options.locale ?? 'en-US',
      ...options.prefs,
    },
  });
  await browser.installExtension(options.extension ?? DIST);
  const send = ((browser as unknown as { connection: { send: BidiSend } }).connection.send).bind((browser as any).connection) as BidiSend;
  const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' } as object);
  const top = tree.result.contexts[0].context as string;
  const chrome = async <T>(expression: string): Promise<T> => {
    const { result } = await send('script.evaluate', { expression, target: { context: top }, awaitPromise: true, serializationOptions: { maxObjectDepth: 0 } });
    if (result.type === 'exception') throw new Error(`chrome-scope script failed: ${result.exceptionDetails?.text}`);
    return result.result?.value as T;
  };
  return { browser, chrome, close: () => browser.close() };
}

const SHORTCUT = `document.querySelector('#ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')} key')`;
const POPUP_BROWSER = `document.querySelector('.webextension-popup-browser')`;

/** Runs Firefox's handler for the extension's shortcut (Alt+Shift+S), as the key press would. */
export async function pressShortcut(session: FirefoxSession, page: Page): Promise<number> {
  await page.bringToFront();
  const pressedAt = Date.now();
  const ok = await session.chrome<boolean>(`(() => { const k = ${SHORTCUT}; if (!k) return false; k.doCommand(); return true; })()`);
  if (!ok) throw new Error('the extension registered no shortcut key in the browser window');
  return pressedAt;
}

/** The popup page as HTML, or null while no popup page is loaded (a frame script reads it). */
async function popupBody(session: FirefoxSession): Promise<string | null> {
  return session.chrome<string | null>(`new Promise((resolve) => {
    const b = ${POPUP_BROWSER};
    if (!b || !b.messageManager || !String(b.currentURI?.spec).startsWith('moz-extension://${EXTENSION_UUID}/popup/')) return resolve(null);
    const name = 'lede-test:' + Math.random();
    const done = (m) => { b.messageManager.removeMessageListener(name, done); resolve(m.data); };
    b.messageManager.addMessageListener(name, done);
    b.messageManager.loadFrameScript('data:,' + encodeURIComponent(
      'sendAsyncMessage(' + JSON.stringify(name) + ', content.document.readyState === "complete" && content.document.body ? content.document.documentElement.outerHTML : null);'), false);
    setTimeout(() => resolve(null), 2000);
  })`);
}

/** An expression's value (JSON-serialisable), evaluated in a frame script of the open popup, where the
 *  popup's window is `content` (the popup's own CSP forbids eval); null without a popup. */
export async function inPopup<T>(session: FirefoxSession, expression: string): Promise<T | null> {
  const json = await session.chrome<string | null>(`new Promise((resolve) => {
    const b = ${POPUP_BROWSER};
    if (!b || !b.messageManager) return resolve(null);
    const name = 'lede-test-eval:' + Math.random();
    const done = (m) => { b.messageManager.removeMessageListener(name, done); resolve(m.data); };
    b.messageManager.addMessageListener(name, done);
    b.messageManager.loadFrameScript('data:,' + encodeURIComponent(
      'sendAsyncMessage(' + JSON.stringify(name) + ', JSON.stringify((() => (' + ${JSON.stringify(expression)} + '))()));'), false);
    setTimeout(() => resolve(null), 2000);
  })`);
  return json === null ? null : JSON.parse(json) as T;
}

/** Polls the popup (a round trip each 50 ms) until what it shows passes the check. */
export async function waitForPopup(session: FirefoxSession, check: (v: PopupView) => boolean, timeout = WAIT_MS): Promise<PopupView> {
  const end = Date.now() + timeout;
  let last: PopupView | null = null;
  while (Date.now() < end) {
    const html = await popupBody(session);
    if (html) { last = readPopup(html); if (check(last)) return last; }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the popup never showed what was expected; last seen: ${JSON.stringify(last)}`);
}

export const settled = (v: PopupView) => !!v.view && v.view !== 'loading';

/** A trusted key press in the popup, through the browser window's test input processor. */
export async function pressKeyInPopup(session: FirefoxSession, key: string, code: string, keyCode: number): Promise<void> {
  const sent = await session.chrome<string>(`(() => {
    const b = ${POPUP_BROWSER};
    if (!b) return 'no popup';
    b.focus();
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window, () => true)) return 'no input transaction';
    const e = new KeyboardEvent('', { key: ${JSON.stringify(key)}, code: ${JSON.stringify(code)}, keyCode: ${keyCode} });
    tip.keydown(e); tip.keyup(e);
    return 'ok';
  })()`);
  if (sent !== 'ok') throw new Error(`key ${key} not sent: ${sent}`);
}

/** Closes the popup panel if one is open. */
export async function closePopup(session: FirefoxSession): Promise<void> {
  await session.chrome(`(() => { const b = ${POPUP_BROWSER}; const panel = b && b.closest('panel'); if (panel) panel.hidePopup(); return true; })()`);
  await session.chrome(`new Promise((resolve) => { const t = Date.now(); (function check() {
    if (!${POPUP_BROWSER} || Date.now() - t > 3000) resolve(true); else setTimeout(check, 20); })(); })`);
}

/** The clipboard's text, read from a page (allowed by the testing pref). */
export async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

const KEYSET = `#ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}`;

/** Runs Firefox's handler for the copy-summary command (Alt+Shift+K), as the key press would. */
export async function pressCopyShortcut(session: FirefoxSession, page: Page): Promise<number> {
  await page.bringToFront();
  const pressedAt = Date.now();
  const ok = await session.chrome<boolean>(`(() => { const k = document.querySelector('${KEYSET} key[key="K"]'); if (!k) return false; k.doCommand(); return true; })()`);
  if (!ok) throw new Error('no Alt+Shift+K key registered for the extension');
  return pressedAt;
}

/** Clicks an element of the open popup (through a frame script: the popup is no BiDi context). */
export async function clickInPopup(session: FirefoxSession, selector: string): Promise<void> {
  const done = await session.chrome<string>(`new Promise((resolve) => {
    const b = ${POPUP_BROWSER};
    if (!b || !b.messageManager) return resolve('no popup');
    const name = 'lede-test-click:' + Math.random();
    const finish = (m) => { b.messageManager.removeMessageListener(name, finish); resolve(m.data); };
    b.messageManager.addMessageListener(name, finish);
    b.messageManager.loadFrameScript('data:,' + encodeURIComponent(
      'const el = content.document.querySelector(' + JSON.stringify(${JSON.stringify(selector)}) + '); if (el) el.click(); sendAsyncMessage(' + JSON.stringify(name) + ', el ? "ok" : "not found");'), false);
    setTimeout(() => resolve('timeout'), 2000);
  })`);
  if (done !== 'ok') throw new Error(`click on ${selector} in the popup: ${done}`);
}

/**
 * An extension page (the options page) open in a tab, to use the extension's own API from a test: the
 * badge of a tab, storage. Opening it needs --remote-allow-system-access, and its goto never resolves.
 */
export async function openExtensionPage(session: FirefoxSession, path = 'popup/options.html'): Promise<Page> {
  const tab = await session.browser.newPage();
  void tab.goto(`moz-extension://${EXTENSION_UUID}/${path}`).catch(() => { /* never resolves; waited for below */ });
  // Polled by hand: while the page swaps from about:blank to the extension's, an evaluation can fail
  // outright ("right-hand side of 'in' should be an object"), which would end a waitForFunction.
  for (const end = Date.now() + WAIT_MS; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const ready = await tab.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
    if (ready) return tab;
  }
  throw new Error(`the extension page ${path} did not open`);
}

/** Firefox's preferences that send every request through the loopback proxy at `port` (one that refuses other hosts). */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': port, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port, 'network.proxy.share_proxy_settings': true };
}
