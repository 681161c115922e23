// Pages written to attack Lede, in Chromium and Firefox ESR: script and event-handler payloads in the
// headline, quotes, byline and meta tags; javascript: and data: links; text that looks like HTML or
// Markdown; a page that redefines DOM and built-in functions before anything runs; a page that rewrites
// itself while it is read. None may run code (every payload calls the test's server if it runs), nor
// change what the popup shows beyond the page's own text, nor leave anything behind in the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import * as chromium from './support/chromium';
import * as firefox from './support/firefox';
import type { PopupView } from './support/read-popup';
import { expectPopupShowsSummary } from './support/article-checks';
import { serveGenerated, summaryOfHtml, type GeneratedServer } from '../fixtures/hostile/serve-generated';
import { mutatingPage, payloadPage, pollutedPage, textPayloads, watchedPage } from '../fixtures/hostile/hostile-pages';
import { WAIT_MS } from './support/patience';

let server: GeneratedServer;
let beacon: string;
const pages: Record<string, string> = {};

beforeAll(async () => {
  server = await serveGenerated(pages);
  beacon = server.url('/beacon');
  Object.assign(pages, { '/payloads': payloadPage(beacon), '/polluted': pollutedPage(), '/mutating': mutatingPage(), '/watched': watchedPage() });
});
afterAll(async () => { await server?.close(); });

/** Requests to the beacon since a moment: a payload ran somewhere. */
const beaconHits = (since: number) => server.hits.filter((h) => h.at >= since && h.path.startsWith('/beacon')).map((h) => h.path);

/** Every URL-bearing attribute in what the popup shows (its body): only http(s) addresses may be there. */
const POPUP_URLS = `[...document.body.querySelectorAll('[href],[src],[action],[formaction],[xlink\\\\:href]')]
  .flatMap((e) => ['href', 'src', 'action', 'formaction'].map((a) => e.getAttribute(a)).filter((v) => v !== null))`;

function expectOnlyPageText(view: PopupView, url: string) {
  const t = textPayloads(beacon);
  const expected = summaryOfHtml(pages['/payloads'], url);
  // The payloads are the page's text: the analysis keeps them as such, and the popup shows exactly that.
  expect(expected.headline, 'the analysis keeps the headline’s payload as text').toContain('<img src=x onerror=');
  expectPopupShowsSummary(view, expected, url);
  expect(view.headline).toBe(t.headline);
  expect(view.quotes.map((q) => q.text).join(' '), 'the quote with its payload, verbatim').toContain('<svg onload=');
}

describe('Chromium, hostile pages', () => {
  let session: chromium.ChromiumSession;
  let page: Page;
  beforeAll(async () => {
    session = await chromium.launchChromium();
    page = await session.browser.newPage();
  });
  afterAll(async () => { await session?.close(); });

  it('the beacon works: a request from the page reaches the server (the check below can fail)', async () => {
    await page.goto(server.url('/payloads'));
    const since = Date.now();
    await page.evaluate(`fetch(${JSON.stringify(`${beacon}/control`)}).then(() => 0, () => 0)`);
    expect(beaconHits(since)).toEqual(['/beacon/control']);
  });

  it('payloads in headline, quotes, byline, meta tags and links stay text; nothing runs; links are http(s) only', async () => {
    await page.goto(server.url('/payloads'));
    await new Promise((r) => setTimeout(r, 200));
    const since = Date.now();
    expect(server.hits.filter((h) => h.path.startsWith('/beacon/') && h.path !== '/beacon/control'), 'the page alone runs no payload').toEqual([]);
    const { popup } = await chromium.openPopup(session, page);
    const view = await chromium.settledView(popup);
    expectOnlyPageText(view, server.url('/payloads'));
    const urls = await popup.evaluate(POPUP_URLS) as string[];
    expect(urls.length, 'the popup links to the page').toBeGreaterThan(0);
    for (const u of urls) expect(u, 'a link in the popup').toMatch(/^https?:\/\//);
    expect(await popup.evaluate('window.__ledePwned ?? null'), 'no payload ran in the popup').toBeNull();

    // The copy: escaped Markdown, no link but http(s).
    await popup.keyboard.press('c');
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.classList.contains('copied'), { polling: 'mutation', timeout: WAIT_MS });
    const copied = await chromium.readClipboard(session, page);
    expect(copied, 'the headline is copied').toContain('Strike talks');
    expect(copied, 'no javascript: link in the copy').not.toMatch(/\]\(\s*javascript:/i);
    expect(copied, 'no data: link in the copy').not.toMatch(/\]\(\s*data:/i);
    expect(copied, 'the page’s Markdown image stays text').not.toMatch(/(^|[^\\])!\[x\]\(/);
    expect(copied, 'the page’s Markdown link stays text').not.toMatch(/(^|[^\\])\[click here\]\(/);
    await new Promise((r) => setTimeout(r, 300));
    expect(beaconHits(since), 'no payload ran anywhere').toEqual([]);
    expect(await page.evaluate('window.__ledePwned ?? null'), 'no payload ran in the page').toBeNull();
  });

  it('a page that redefines Node, Element, Array, String, JSON and document.cloneNode first: same summary, none of its functions called', async () => {
    await page.goto(server.url('/polluted'));
    const expected = summaryOfHtml(pages['/polluted'], server.url('/polluted'));
    expect(expected.quotes.length, 'the article has quotes to find').toBeGreaterThan(0);
    const trapsBefore = await page.evaluate('window.__ledeTraps');
    const { popup } = await chromium.openPopup(session, page);
    const view = await chromium.settledView(popup);
    expectPopupShowsSummary(view, expected, server.url('/polluted'));
    expect(await page.evaluate('window.__ledeTraps'), 'the page’s replacements were never called').toBe(trapsBefore);
    await chromium.closePopup(popup);
  });

  it('a page that rewrites itself while it is read: a summary of one of its states, no error', async () => {
    await page.goto(server.url('/mutating'));
    await new Promise((r) => setTimeout(r, 100));
    const { popup } = await chromium.openPopup(session, page);
    const view = await chromium.settledView(popup);
    expect(view.view).toBe('summary');
    expect(view.headline).toMatch(/^Harbour strike, version \d+$/);
    expect(view.quotes.map((q) => q.speaker)).toContain('Maria Keller');
    await chromium.closePopup(popup);
  });

  it('leaves nothing behind in the page: no global, no event listener, no DOM change', async () => {
    await page.goto(server.url('/watched'));
    const cdp = await page.createCDPSession();
    const listeners = async () => {
      const out: string[] = [];
      for (const expr of ['window', 'document', 'document.body', 'document.documentElement']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
        const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: expr === 'document' ? -1 : 0, pierce: true });
        out.push(...l.map((x) => `${expr}:${x.type}:${x.scriptId}:${x.lineNumber}`));
      }
      return out.sort();
    };
    const globals = `Object.getOwnPropertyNames(window).sort().join(' ')`;
    const [globalsBefore, listenersBefore, htmlBefore] = [await page.evaluate(globals), await listeners(), await page.evaluate('document.documentElement.outerHTML')];
    await page.evaluate('window.__ledeWatch()');
    const { popup } = await chromium.openPopup(session, page);
    expect((await chromium.settledView(popup)).view).toBe('summary');
    await chromium.closePopup(popup);
    expect(await page.evaluate(globals), 'the page’s globals').toBe(globalsBefore);
    expect(await listeners(), 'event listeners on window and the document').toEqual(listenersBefore);
    expect(await page.evaluate('window.__ledeMutations'), 'DOM mutations the page observed').toBe(0);
    expect(await page.evaluate('document.documentElement.outerHTML')).toBe(htmlBefore);
    await cdp.detach();
  });
});

describe('Firefox ESR, hostile pages', () => {
  let session: firefox.FirefoxSession;
  let page: Page;
  beforeAll(async () => {
    session = await firefox.launchFirefox();
    page = (await session.browser.pages())[0];
  });
  afterAll(async () => { await session?.close(); });

  it('payloads stay text, nothing runs, links are http(s) only', async () => {
    await page.goto(server.url('/payloads'));
    const since = Date.now();
    await firefox.pressShortcut(session, page);
    const view = await firefox.waitForPopup(session, firefox.settled);
    expectOnlyPageText(view, server.url('/payloads'));
    await firefox.closePopup(session);
    await new Promise((r) => setTimeout(r, 300));
    expect(beaconHits(since), 'no payload ran anywhere').toEqual([]);
    expect(await page.evaluate('window.__ledePwned ?? null'), 'no payload ran in the page').toBeNull();
  });

  it('a page that redefines DOM and built-ins first: same summary, none of its functions called', async () => {
    await page.goto(server.url('/polluted'));
    const expected = summaryOfHtml(pages['/polluted'], server.url('/polluted'));
    const trapsBefore = await page.evaluate('window.__ledeTraps');
    await firefox.pressShortcut(session, page);
    const view = await firefox.waitForPopup(session, firefox.settled);
    expectPopupShowsSummary(view, expected, server.url('/polluted'));
    expect(await page.evaluate('window.__ledeTraps'), 'the page’s replacements were never called').toBe(trapsBefore);
    await firefox.closePopup(session);
  });

  it('a page that rewrites itself while it is read: a summary, no error; no global or DOM change left', async () => {
    await page.goto(server.url('/mutating'));
    await firefox.pressShortcut(session, page);
    const view = await firefox.waitForPopup(session, firefox.settled);
    expect(view.view).toBe('summary');
    expect(view.headline).toMatch(/^Harbour strike, version \d+$/);
    await firefox.closePopup(session);

    await page.goto(server.url('/watched'));
    const globals = `Object.getOwnPropertyNames(window).sort().join(' ')`;
    const globalsBefore = await page.evaluate(globals);
    await page.evaluate('window.__ledeWatch()');
    await firefox.pressShortcut(session, page);
    expect((await firefox.waitForPopup(session, firefox.settled)).view).toBe('summary');
    await firefox.closePopup(session);
    expect(await page.evaluate(globals), 'the page’s globals').toBe(globalsBefore);
    expect(await page.evaluate('window.__ledeMutations'), 'DOM mutations the page observed').toBe(0);
  });
});

