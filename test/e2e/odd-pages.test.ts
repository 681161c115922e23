// Odd pages in Chromium: no article at all (a login form, search results), the article in a frame or a
// shadow root, right-to-left text, CJK text without spaces, emoji and zero-width characters, a page
// still loading, the tab closed while the popup waits. Each gets a clear state within a few seconds:
// never a blank popup, never one stuck loading, never an uncaught error. The same pages in Firefox ESR
// (all but the closed tab: there, closing the tab closes its popup with it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as firefox from './support/firefox';
import type { Page } from 'puppeteer-core';
import { closePopup, launchChromium, openPopup, openPopupAsTab, viewOf, type ChromiumSession } from './support/chromium';
import { expectPopupShowsSummary } from './support/article-checks';
import type { PopupView } from './support/read-popup';
import { serveGenerated, summaryOfHtml, type GeneratedServer } from '../fixtures/hostile/serve-generated';
import {
  arabicPage, chinesePage, emojiPage, framedPage, loginPage, plainArticle, searchResultsPage, shadowPage, stillLoading,
} from '../fixtures/hostile/odd-pages';

const pages: Record<string, string> = {
  '/login': loginPage(), '/search': searchResultsPage(), '/framed': framedPage(), '/plain-article': plainArticle(),
  '/shadow': shadowPage(), '/arabic': arabicPage(), '/chinese': chinesePage(), '/emoji': emojiPage(),
};
/** How long the popup may take to leave its loading state on these small pages. */
const ANSWER_MS = 3000;

let session: ChromiumSession;
let server: GeneratedServer;
const errors: string[] = [];

beforeAll(async () => {
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
  it('a page still loading: a clear state within 3 s (what has arrived, or a message)', async () => {
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

  it('a page still loading: a clear state within 3 s', async () => {
    const view = await ffAnswer('/loading', true);
    expect(await page.evaluate(() => document.readyState), 'the page is still loading').toBe('loading');
    expectClearState(view);
    await firefox.closePopup(ff);
    await page.goto('about:blank');
  });
});
