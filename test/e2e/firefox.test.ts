// The extension in Firefox ESR (Debian's /usr/bin/firefox-esr), as a reader uses it: the shortcut on a
// page served on loopback, the popup (read through the browser window: it is no BiDi context), the
// copy with the `c` key read back from the clipboard, the states that are not a summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  closePopup, launchFirefox, pressKeyInPopup, pressShortcut, readClipboard, settled, waitForPopup, type FirefoxSession,
} from './support/firefox';
import { servePages, SEED_SOURCE, type PageServer } from './support/serve-pages';
import { summaryOf } from './support/expected-summary';
import { expectCopiedMarkdown, expectPopupShowsSummary, expectSeedFields } from './support/article-checks';
import type { PopupView } from './support/read-popup';
import { toMarkdown } from '../../src/format/format-summary';
import { shownSummary } from '../../src/format/clipboard-payload';
import type { Summary } from '../../src/analysis/types';

let session: FirefoxSession;
let server: PageServer;
let page: Page;

beforeAll(async () => {
  [session, server] = await Promise.all([launchFirefox(), servePages()]);
  page = (await session.browser.pages())[0];
});
afterAll(async () => { await session?.close(); await server?.close(); });

const pageHtml = () => page.evaluate(() => document.documentElement.outerHTML);

describe('Firefox, on the seed article', () => {
  let expected: Summary;
  let view: PopupView;
  let before: string;
  let after: string;

  beforeAll(async () => {
    await page.goto(server.url('/article'));
    expected = summaryOf(SEED_SOURCE, server.url('/article'));
    // Something else on the clipboard first, so the copy test sees the popup's own write.
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    expect(await readClipboard(page)).toBe('before');
    before = await pageHtml();
    await pressShortcut(session, page);
    view = await waitForPopup(session, settled);
    after = await pageHtml();
  });

  it('shows exactly what the analysis makes of the page, as text', () => expectPopupShowsSummary(view, expected, server.url('/article')));
  it('leaves the page’s DOM exactly as it was', () => expect(after).toBe(before));
  it('shows the fields the seed page expects (analysis)', () => expectSeedFields(view));

  it('copies the summary as Markdown with the `c` key, and says so', async () => {
    // The popup opened in beforeAll is still open.
    await pressKeyInPopup(session, 'c', 'KeyC', 67);
    const confirmed = await waitForPopup(session, (v) => v.copyStatus === 'Copied to the clipboard as Markdown.');
    expect(confirmed.buttons).toContain('Copied ✓');
    await closePopup(session);
    expectCopiedMarkdown(await readClipboard(page), toMarkdown(shownSummary(expected)), view);
  });
});

describe('Firefox, the states that are not a summary', () => {
  it('says a page is not an article and offers to summarise it anyway', async () => {
    await page.goto(server.url('/not-an-article'));
    await pressShortcut(session, page);
    const first = await waitForPopup(session, settled);
    expect(first.view).toBe('not-article');
    expect(first.title).toBe('This page does not look like an article');
    expect(first.buttons).toEqual(['Summarise anyway']);
    // The button has the focus: Enter presses it, as a keyboard user would.
    await pressKeyInPopup(session, 'Enter', 'Enter', 13);
    const shown = await waitForPopup(session, (v) => v.view === 'summary');
    const expected = summaryOf(`${process.cwd()}/test/e2e/pages/not-an-article.html`, server.url('/not-an-article'));
    expect(shown.headline).toBe(expected.headline);
    expect(shown.quotes).toEqual([]);
    expect(shown.empty).toContain('No direct quotes in this article.');
    await closePopup(session);
  });

  it('says extensions cannot run on the browser’s error page', async () => {
    // Firefox refuses the script on its error page (Chromium reports it as a failed injection).
    await page.goto(server.deadUrl).catch(() => { /* NS_ERROR_CONNECTION_REFUSED: the error page is the point */ });
    await pressShortcut(session, page);
    const shown = await waitForPopup(session, settled);
    expect(shown.view).toBe('closed');
    expect(shown.title).toBe('Lede cannot run on this tab');
    await closePopup(session);
  });
});
