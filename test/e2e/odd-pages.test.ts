// Odd pages in Chromium: no article at all (a login form, search results), the article in a frame or a
// shadow root, right-to-left text, CJK text without spaces, emoji and zero-width characters, a page
// still loading, a page that sent itself to an address that does not answer (the browser's error page),
// a page that goes to another address while Lede reads it, the tab closed while the popup waits. Each
// ends in a clear state: never a blank popup, never one stuck loading, never the browser's own words as
// the message, never an uncaught error. The same pages in Firefox ESR (all but the closed tab: there,
// closing the tab closes its popup with it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as firefox from './support/firefox';
import type { Page } from 'puppeteer-core';
import { closePopup, launchChromium, openPopup, openPopupAsTab, settledView, viewOf, type ChromiumSession } from './support/chromium';
import { expectPopupShowsSummary } from './support/article-checks';
import type { PopupView } from './support/read-popup';
import { WAIT_MS } from './support/patience';
import { serveGenerated, summaryOfHtml, type GeneratedServer } from '../fixtures/hostile/serve-generated';
import {
  arabicPage, chinesePage, deadAddress, emojiPage, framedPage, loginPage, movingPage, movedArticle, plainArticle, searchResultsPage,
  sendsItselfTo, shadowPage, stillLoading,
} from '../fixtures/hostile/odd-pages';

const pages: Record<string, string> = {
  '/login': loginPage(), '/search': searchResultsPage(), '/framed': framedPage(), '/plain-article': plainArticle(),
  '/shadow': shadowPage(), '/arabic': arabicPage(), '/chinese': chinesePage(), '/emoji': emojiPage(),
};
/** How long a test waits for the popup to leave its loading state: long, as the tests assert what the
 *  popup ends in, never how fast (a popup still loading after this is stuck). */
const ANSWER_MS = WAIT_MS;

let session: ChromiumSession;
let server: GeneratedServer;
const errors: string[] = [];

let dead: string;
beforeAll(async () => {
  dead = await deadAddress();
  Object.assign(pages, { '/sends-itself-away': sendsItselfTo(dead), '/moving': movingPage(), '/moved': movedArticle() });
  [session, server] = await Promise.all([launchChromium(), serveGenerated({ ...pages, '/loading': stillLoading(20_000) })]);
});
afterAll(async () => { await session?.close(); await server?.close(); });

/** The popup's answer on a page, with any uncaught error or console error of the popup recorded. */
async function answer(path: string, stillLoading = false): Promise<{ view: PopupView; page: Page; popup: Page }> {
  const page = await session.browser.newPage();
  await goto(page, path, stillLoading);
  const { popup } = await openPopup(session, page);
  popup.on('pageerror', (e) => errors.push(`${path}: ${(e as Error).message}`));
  await popup.waitForFunction(() => !!document.body.dataset.view && document.body.dataset.view !== 'loading', { timeout: ANSWER_MS, polling: 'mutation' })
    .catch(() => { /* asserted below: the view is still 'loading' */ });
  return { view: await viewOf(popup), page, popup };
}

/** Opens a page; one still loading never fires its load events, so only its headline is waited for. */
async function goto(page: Page, path: string, stillLoading: boolean) {
  if (!stillLoading) { await page.goto(server.url(path)); return; }
  void page.goto(server.url(path)).catch(() => { /* never loads while the test runs */ });
  await page.waitForSelector('h1');
}

/** A clear state: not loading, and words on screen that say something (a title, or a summary). */
function expectClearState(view: PopupView) {
  expect(view.view, 'the popup left its loading state').not.toBe('loading');
  expect(['summary', 'not-article', 'failed', 'closed'], 'a known state').toContain(view.view);
  if (view.view === 'summary') expect(view.headline ?? view.summary, 'a summary with words').toBeTruthy();
  else expect(view.title, 'a message title').toBeTruthy();
}

async function done(p: { page: Page; popup: Page }) { await closePopup(p.popup); await p.page.close(); }

/** What the browser says when it refuses a script (Chromium's and Firefox's words): never the message. */
const RAW = /frame with id|showing error page|cannot access|missing host permission|extension manifest|no tab with id|cannot be scripted|undefined/i;
function expectNoRawMessage(view: PopupView) {
  expect(view.status ?? '', 'Lede’s own words, not the browser’s').not.toMatch(RAW);
}

/** After a navigation during the read: the summary of the page it went to (or of the one it left, if
 *  the read finished first), or Lede's message that the page moved on. Never loading, never raw. */
function expectMovedOrRead(view: PopupView) {
  expect(view.view, 'the popup left its loading state').not.toBe('loading');
  console.log('after a navigation during the read:', JSON.stringify({ view: view.view, title: view.title, status: view.status, headline: view.headline }));
  if (view.view === 'summary') {
    expect(['The strike is over: dockworkers accept the new contract', 'Harbour strike enters its second week']).toContain(view.headline);
  } else {
    expect(view.view).toBe('failed');
    expect(view.title).toBe('The page moved on while Lede read it');
    expect(view.status).toBe('It went to another address before Lede had finished reading it.');
  }
  expectNoRawMessage(view);
}

describe('Chromium, pages with no article', () => {
  it.each([['/login', 'a login form'], ['/search', 'a search results page']])('%s (%s): says it is not an article', async (path) => {
    const r = await answer(path);
    expect(r.view.view).toBe('not-article');
    expectClearState(r.view);
    expect(r.view.buttons.join(' '), 'offers to summarise anyway').toMatch(/anyway/i);
    await done(r);
  });
});

describe('Chromium, frames and shadow DOM', () => {
  it('the article only inside a frame: a clear state', async () => {
    const r = await answer('/framed');
    expectClearState(r.view);
    await done(r);
  });
  it('the article only inside a shadow root: a clear state', async () => {
    const r = await answer('/shadow');
    expectClearState(r.view);
    await done(r);
  });
});

describe('Chromium, scripts and characters', () => {
  it('right-to-left (Arabic): the summary, shown right to left', async () => {
    const r = await answer('/arabic');
    expectPopupShowsSummary(r.view, summaryOfHtml(pages['/arabic'], server.url('/arabic')), server.url('/arabic'));
    expect(r.view.headline).toBe('إضراب الميناء يدخل أسبوعه الثاني');
    const directions = await r.popup.evaluate(() => ['.headline', 'p.summary'].map((s) => getComputedStyle(document.querySelector(s)!).direction));
    expect(directions, 'the headline and the summary run right to left').toEqual(['rtl', 'rtl']);
    await done(r);
  });
  it('CJK without spaces (Chinese): the summary the analysis makes, with sentences', async () => {
    const r = await answer('/chinese');
    const expected = summaryOfHtml(pages['/chinese'], server.url('/chinese'));
    expect(expected.summary.join('').length, 'the analysis finds a lead in Chinese text').toBeGreaterThan(10);
    expectPopupShowsSummary(r.view, expected, server.url('/chinese'));
    await done(r);
  });
  it('emoji and zero-width characters: shown exactly as the analysis has them', async () => {
    const r = await answer('/emoji');
    const expected = summaryOfHtml(pages['/emoji'], server.url('/emoji'));
    expectPopupShowsSummary(r.view, expected, server.url('/emoji'));
    expect(r.view.headline).toContain('🚢⚓');
    await done(r);
  });
});

describe('Chromium, timing of the page and the tab', () => {
  it('a page still loading: a clear state (what has arrived, or a message)', async () => {
    const r = await answer('/loading', true);
    expect(await r.page.evaluate(() => document.readyState), 'the page is still loading').toBe('loading');
    expectClearState(r.view);
    await done(r);
  });

  it('the tab closed while the popup waits: the popup says so instead of waiting forever', async () => {
    const page = await session.browser.newPage();
    await goto(page, '/loading', true);
    // The shortcut grants access to the tab; the popup page, opened beside it, summarises it and waits.
    await closePopup((await openPopup(session, page)).popup);
    const waiting = await openPopupAsTab(session, page);
    waiting.on('pageerror', (e) => errors.push(`closed tab: ${(e as Error).message}`));
    await new Promise((r) => setTimeout(r, 300));
    await page.close();
    await waiting.waitForFunction(() => !!document.body.dataset.view && document.body.dataset.view !== 'loading', { timeout: ANSWER_MS, polling: 'mutation' })
      .catch(() => { /* asserted below */ });
    expectClearState(await viewOf(waiting));
    await waiting.close();
  });

  it('a page that sent itself to an address that does not answer: Lede’s own message for the browser’s error page', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/sends-itself-away')).catch(() => { /* it leaves at once */ });
    await page.waitForFunction(() => location.protocol === 'chrome-error:' && document.readyState === 'complete', { timeout: WAIT_MS });
    const { popup } = await openPopup(session, page);
    popup.on('pageerror', (e) => errors.push(`error page: ${(e as Error).message}`));
    const view = await settledView(popup);
    expect(view.view).toBe('closed');
    expect(view.title).toBe('Lede cannot run on this tab');
    expect(view.status).toBe('This tab shows the browser’s error page: the page did not load, so there is no article to read.');
    expectNoRawMessage(view);
    await done({ page, popup });
  });

  it('a page that goes to another address while Lede reads it: read again at the new address, or a clear message', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/moving'));
    const { popup } = await openPopup(session, page);
    popup.on('pageerror', (e) => errors.push(`moving page: ${(e as Error).message}`));
    // The page leaves as soon as the popup is there, while the popup reads it.
    await page.evaluate(() => { location.href = '/moved'; });
    const view = await settledView(popup);
    expectMovedOrRead(view);
    await done({ page, popup });
  });

  it('no uncaught error in any popup above', () => expect(errors).toEqual([]));
});


describe('Firefox ESR, odd pages', () => {
  let ff: firefox.FirefoxSession;
  let page: Page;
  beforeAll(async () => {
    ff = await firefox.launchFirefox();
    page = (await ff.browser.pages())[0];
  });
  afterAll(async () => { await ff?.close(); });

  /** The popup's answer within ANSWER_MS of the shortcut (a popup still loading then fails the test). */
  async function ffAnswer(path: string, loading = false): Promise<PopupView> {
    if (loading) {
      void page.goto(server.url(path)).catch(() => { /* never loads while the test runs */ });
      await page.waitForSelector('h1');
    } else await page.goto(server.url(path));
    await firefox.pressShortcut(ff, page);
    return firefox.waitForPopup(ff, firefox.settled, ANSWER_MS);
  }

  it.each([['/login', 'a login form'], ['/search', 'a search results page']])('%s (%s): says it is not an article', async (path) => {
    const view = await ffAnswer(path);
    expect(view.view).toBe('not-article');
    expectClearState(view);
    expect(view.buttons.join(' '), 'offers to summarise anyway').toMatch(/anyway/i);
    await firefox.closePopup(ff);
  });

  it.each([['/framed', 'the article only inside a frame'], ['/shadow', 'the article only inside a shadow root']])('%s (%s): a clear state', async (path) => {
    expectClearState(await ffAnswer(path));
    await firefox.closePopup(ff);
  });

  it('right-to-left (Arabic): the summary, shown right to left', async () => {
    const view = await ffAnswer('/arabic');
    expectPopupShowsSummary(view, summaryOfHtml(pages['/arabic'], server.url('/arabic')), server.url('/arabic'));
    const directions = await firefox.inPopup<string[]>(ff, `['.headline', 'p.summary'].map((s) => content.getComputedStyle(content.document.querySelector(s)).direction)`);
    expect(directions, 'the headline and the summary run right to left').toEqual(['rtl', 'rtl']);
    await firefox.closePopup(ff);
  });

  it.each([['/chinese', 'CJK without spaces'], ['/emoji', 'emoji and zero-width characters']])('%s (%s): exactly what the analysis makes', async (path) => {
    const view = await ffAnswer(path);
    expectPopupShowsSummary(view, summaryOfHtml(pages[path], server.url(path)), server.url(path));
    await firefox.closePopup(ff);
  });

  it('a page that sent itself to an address that does not answer: Lede’s own message', async () => {
    // Not awaited: the page leaves before it has loaded, and Firefox's goto waits for a load that never comes.
    void page.goto(server.url('/sends-itself-away')).catch(() => { /* it leaves at once */ });
    // Firefox's error page for the address that does not answer.
    for (const end = Date.now() + WAIT_MS; !page.url().startsWith('about:neterror') && Date.now() < end;) await new Promise((r) => setTimeout(r, 50));
    expect(page.url(), 'the tab shows the browser’s error page').toMatch(/^about:neterror/);
    await firefox.pressShortcut(ff, page);
    const view = await firefox.waitForPopup(ff, firefox.settled, ANSWER_MS);
    expect(view.view).toBe('closed');
    expect(view.title).toBe('Lede cannot run on this tab');
    expectNoRawMessage(view);
    await firefox.closePopup(ff);
  });

  it('a page that goes to another address while Lede reads it: read again, or a clear message', async () => {
    await page.goto(server.url('/moving'));
    await firefox.pressShortcut(ff, page);
    await page.evaluate(() => { location.href = '/moved'; });
    expectMovedOrRead(await firefox.waitForPopup(ff, firefox.settled, ANSWER_MS));
    await firefox.closePopup(ff);
  });

  it('a page still loading: a clear state', async () => {
    const view = await ffAnswer('/loading', true);
    expect(await page.evaluate(() => document.readyState), 'the page is still loading').toBe('loading');
    expectClearState(view);
    await firefox.closePopup(ff);
    await page.goto('about:blank');
  });
});
