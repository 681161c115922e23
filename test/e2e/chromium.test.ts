// The extension in Chromium (Debian's /usr/bin/chromium), as a reader uses it: the shortcut on a page
// served on loopback, the popup, the copy, the states that are not a summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { closePopup, launchChromium, openPopup, readClipboard, settledView, type ChromiumSession } from './support/chromium';
import { servePages, SEED_SOURCE, type PageServer } from './support/serve-pages';
import { summaryOf } from './support/expected-summary';
import { expectCopiedMarkdown, expectPopupShowsSummary, expectSeedFields } from './support/article-checks';
import type { PopupView } from './support/read-popup';
import { toMarkdown } from '../../src/format/format-summary';
import type { Summary } from '../../src/analysis/types';

let session: ChromiumSession;
let server: PageServer;
let page: Page;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), servePages()]);
  page = await session.browser.newPage();
});
afterAll(async () => { await session?.close(); await server?.close(); });

const pageHtml = () => page.evaluate(() => document.documentElement.outerHTML);

describe('Chromium, on the seed article', () => {
  let expected: Summary;
  let view: PopupView;
  let before: string;
  let after: string;
  let paints: { firstPaint: number | null; summaryShown: number | null };

  beforeAll(async () => {
    await page.goto(server.url('/article'));
    expected = summaryOf(SEED_SOURCE, server.url('/article'));
    before = await pageHtml();
    const { popup } = await openPopup(session, page);
    view = await settledView(popup);
    paints = await popup.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      summaryShown: performance.getEntriesByName('lede:summary')[0]?.startTime ?? null,
    }));
    after = await pageHtml();
    await closePopup(popup);
  });

  it('shows a loading state first, then the summary in its place', () => {
    expect(paints.summaryShown, 'the summary was shown').not.toBeNull();
    expect(paints.firstPaint, 'something (the loading state) was painted before the summary').not.toBeNull();
    expect(paints.firstPaint!).toBeLessThan(paints.summaryShown!);
  });
  it('shows exactly what the analysis makes of the page, as text', () => expectPopupShowsSummary(view, expected, server.url('/article')));
  it('leaves the page’s DOM exactly as it was', () => expect(after).toBe(before));
  it('shows the fields the seed page expects (analysis)', () => expectSeedFields(view));

  it('copies the summary as Markdown with the `c` key, and says so', async () => {
    const { popup } = await openPopup(session, page);
    await settledView(popup);
    await popup.keyboard.press('c');
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.classList.contains('copied'), { polling: 'mutation', timeout: 5000 });
    expect(await popup.$eval('.copy', (b) => b.textContent)).toBe('Copied ✓');
    expectCopiedMarkdown(await readClipboard(session, page), toMarkdown(expected), view);
  });

  it('copies with the button too', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    const { popup } = await openPopup(session, page);
    await settledView(popup);
    await popup.click('button.copy');
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.classList.contains('copied'), { polling: 'mutation', timeout: 5000 });
    expect(await readClipboard(session, page)).toBe(toMarkdown(expected));
  });
});

describe('Chromium, page text that looks like markup', () => {
  it('is shown as the characters it is, never as elements', async () => {
    await page.goto(server.url('/markup-in-text'));
    const { popup } = await openPopup(session, page);
    const shown = await settledView(popup);
    expect(shown.view).toBe('summary');
    expect(shown.headline).toBe('Flaw let attackers post <img src=x onerror=alert(1)> into comments');
    expect(shown.tags).not.toContain('img');
    expect(shown.tags).not.toContain('script');
    expect(shown.tags).not.toContain('b');
    const quote = shown.quotes.find((q) => q.text.includes('<b onmouseover=alert(1)>hello</b>'));
    expect(quote, 'the quote with markup in it, as text').toBeTruthy();
    await closePopup(popup);
  });
});

describe('Chromium, the states that are not a summary', () => {
  it('says a page is not an article and offers to summarise it anyway', async () => {
    await page.goto(server.url('/not-an-article'));
    const { popup } = await openPopup(session, page);
    const first = await settledView(popup);
    expect(first.view).toBe('not-article');
    expect(first.title).toBe('This page does not look like an article');
    expect(first.buttons).toEqual(['Summarise anyway']);
    await popup.click('button.anyway');
    await popup.waitForFunction(() => document.body.dataset.view === 'summary', { polling: 'mutation', timeout: 5000 });
    const shown = await settledView(popup);
    const expected = summaryOf(`${process.cwd()}/test/e2e/pages/not-an-article.html`, server.url('/not-an-article'));
    expect(shown.headline).toBe(expected.headline);
    // An index page has no quotes: the section says so instead of vanishing.
    expect(shown.quotes).toEqual([]);
    expect(shown.empty).toContain('No direct quotes in this article.');
    await closePopup(popup);
  });

  it('says what failed when the page cannot be read (the tab shows the browser’s error page)', async () => {
    await page.goto(server.deadUrl).catch(() => { /* net::ERR_CONNECTION_REFUSED: the error page is the point */ });
    await page.waitForFunction(() => location.protocol === 'chrome-error:' && document.readyState === 'complete', { timeout: 10_000 });
    const { popup } = await openPopup(session, page);
    const shown = await settledView(popup);
    expect(shown.view).toBe('failed');
    expect(shown.title).toBe('The page could not be read');
    expect(shown.status).toMatch(/error page/i);
    await closePopup(popup);
  });

  it('says extensions cannot run on a browser page', async () => {
    await page.goto('chrome://version');
    const { popup } = await openPopup(session, page);
    const shown = await settledView(popup);
    expect(shown.view).toBe('closed');
    expect(shown.title).toBe('Lede cannot run on this tab');
    await closePopup(popup);
  });
});

describe('Chromium, the options page', () => {
  it('shows the key that opens Lede', async () => {
    const options = await session.browser.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/popup/options.html`);
    await options.waitForSelector('kbd.shortcut', { timeout: 5000 });
    expect(await options.$eval('kbd.shortcut', (k) => k.textContent)).toBe('Alt+Shift+S');
    await options.close();
  });
});
