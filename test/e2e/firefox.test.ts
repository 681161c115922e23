// The extension in Firefox ESR (Debian's /usr/bin/firefox-esr), as a reader uses it: the shortcut on a
// page served on loopback, the popup (read through the browser window: it is no BiDi context), the
// copy with the `c` key read back from the clipboard, the states that are not a summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  clickInPopup, closePopup, inPopup, langpackOf, launchFirefox, openExtensionPage, pressCopyShortcut, pressKeyInPopup, pressShortcut, readClipboard, settled,
  waitForPopup, type FirefoxSession,
} from './support/firefox';
import { servePages, SEED_SOURCE, type PageServer } from './support/serve-pages';
import { summaryOf } from './support/expected-summary';
import { expectCopiedMarkdown, expectPopupShowsSummary, expectSeedFields } from './support/article-checks';
import type { PopupView } from './support/read-popup';
import { toHtml, toMarkdown, toPlainText } from '../../src/format/format-summary';
import { shownSummary } from '../../src/format/clipboard-payload';
import type { Summary } from '../../src/analysis/types';
import { existsSync } from 'node:fs';
import { ENGLISH_SOURCE } from './support/serve-pages';
import { readableDay } from '../../src/format/format-date';
import { englishLeft, filled, formatLabelsOf, INTERFACE_LANGUAGES, messagesOf } from './support/interface-language';
import { WAIT_MS } from './support/patience';

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
  it('reads the copy in the background page, in one call: the popup loads no reading code of its own', async () => {
    // Every chunk the popup imports is announced in its document (Vite's <link rel=modulepreload>);
    // Firefox lists no moz-extension resource in Resource Timing.
    const loaded = await inPopup<string[]>(session, 'Array.from(content.document.querySelectorAll("script[src], link[href]")).map((e) => e.src || e.href)');
    expect(loaded!.some((url) => /\/popup\/mount-/.test(url)), 'the interface chunk is listed').toBe(true);
    expect(loaded!.filter((url) => /\/popup\/(reading|analyze)-/.test(url))).toEqual([]);
  });

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

describe('Firefox, the summary cache, the copy command, showing text in the page, settings', () => {
  let extPage: Page;
  beforeAll(async () => {
    extPage = await openExtensionPage(session);
    await page.bringToFront();
  });
  afterAll(async () => { await extPage?.evaluate(() => (globalThis as any).browser.storage.sync.clear()); await extPage?.close(); });

  it('reopening the popup shows the cached summary; a reload summarises afresh', async () => {
    await page.goto(server.url('/article'));
    await pressShortcut(session, page);
    const first = await waitForPopup(session, settled);
    expect(first.cached).toBe(false);
    await closePopup(session);
    await pressShortcut(session, page);
    const second = await waitForPopup(session, settled);
    expect(second.cached, 'the same document: from the cache').toBe(true);
    expect({ ...second, cached: false }).toEqual(first);
    await closePopup(session);
    await page.reload();
    await pressShortcut(session, page);
    expect((await waitForPopup(session, settled)).cached, 'after a reload').toBe(false);
    await closePopup(session);
  });

  it('the copy-summary command (Alt+Shift+K) copies what the copy button copies, without the popup, and shows ✓ on the badge', async () => {
    const expected = summaryOf(SEED_SOURCE, server.url('/article'));
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await pressCopyShortcut(session, page);
    const badge = await extPage.waitForFunction(async () => {
      const b = (globalThis as any).browser;
      const [tab] = await b.tabs.query({ active: true, currentWindow: true });
      return (await b.action.getBadgeText({ tabId: tab.id })) || false;
    }, { timeout: WAIT_MS, polling: 50 });
    expect(await badge.jsonValue()).toBe('✓');
    expect(await readClipboard(page)).toBe(toMarkdown(shownSummary(expected)));
    expect(await session.chrome(`!!document.querySelector('.webextension-popup-browser')`), 'no popup opened').toBe(false);
  });

  it('clicking a quote scrolls the page to it and highlights it (CSS Custom Highlight), leaving the DOM as it was', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    const before = await pageHtml();
    await pressShortcut(session, page);
    const view = await waitForPopup(session, settled);
    await clickInPopup(session, '.quotes li:last-child button.find');
    const painted = await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-find');
      return h ? [...h][0].toString() : false;
    }, { timeout: WAIT_MS, polling: 50 });
    expect((await painted.jsonValue() as string).replace(/\s+/g, ' ')).toBe(view.quotes.at(-1)!.text);
    await page.waitForFunction(() => scrollY > 0, { timeout: WAIT_MS, polling: 50 });
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede-find'), { timeout: WAIT_MS, polling: 100 });
    expect(await pageHtml()).toBe(before);
    await closePopup(session);
  });

  it('Escape closes the popup', async () => {
    await pressShortcut(session, page);
    await waitForPopup(session, settled);
    await pressKeyInPopup(session, 'Escape', 'Escape', 27);
    const end = Date.now() + WAIT_MS;
    while (await session.chrome(`!!document.querySelector('.webextension-popup-browser')`) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(await session.chrome(`!!document.querySelector('.webextension-popup-browser')`)).toBe(false);
  });

  it('follows the settings in storage.sync: a short summary, no quotes section, formatted text with plain text', async () => {
    await extPage.evaluate(() => (globalThis as any).browser.storage.sync.set({ settings: { length: 'short', copyFormat: 'html', sections: { quotes: false } } }));
    await page.bringToFront();
    const expected = shownSummary(summaryOf(SEED_SOURCE, server.url('/article'), 'short'));
    await pressShortcut(session, page);
    const view = await waitForPopup(session, (v) => v.view === 'summary');
    expect(view.summary).toBe(expected.summary.join(' '));
    expect(view.quotes).toEqual([]);
    await pressKeyInPopup(session, 'c', 'KeyC', 67);
    await waitForPopup(session, (v) => v.copyStatus === 'Copied to the clipboard as formatted text.');
    await closePopup(session);
    const sections = { summary: true, actors: true, quotes: false, removed: true };
    expect(await readClipboard(page)).toBe(toPlainText(expected, { sections }));
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item.types.includes('text/html') ? (await item.getType('text/html')).text() : null;
    });
    expect(html).toContain(toHtml(expected, { sections }));
  });
});

// Each interface language but English, on an English article. Firefox shows an extension in a language
// only with that language's pack installed (scripts/ensure-browsers.sh installs Debian's
// firefox-esr-l10n-de, -fr, -es-es, -it and -nl beside firefox-esr); without it the test is skipped.
describe.each(INTERFACE_LANGUAGES)('Firefox in $lang, on an English article', ({ lang, firefox }) => {
  const m = messagesOf(lang);
  let ui: FirefoxSession;
  let article: Page;
  let view: PopupView;
  let html: string | null;
  let expected: Summary;
  beforeAll(async () => {
    if (!existsSync(langpackOf(firefox))) return;
    ui = await launchFirefox({ locale: firefox });
    article = (await ui.browser.pages())[0];
    await article.goto(server.url('/english'));
    expected = summaryOf(ENGLISH_SOURCE, server.url('/english'));
    await pressShortcut(ui, article);
    view = await waitForPopup(ui, settled);
    html = await inPopup<string>(ui, 'content.document.documentElement.outerHTML');
  });
  afterAll(async () => { await ui?.close(); });

  it.skipIf(!existsSync(langpackOf(firefox)))('speaks the language in the popup, with dates for it; the article keeps its English', () => {
    expect(view.view).toBe('summary');
    expect(view.lang.split('-')[0], `the popup’s lang (${view.lang})`).toBe(lang);
    expect(view.headline).toBe(expected.headline);
    expect(view.buttons).toContain(m('copyButton'));
    expect(view.copyStatus, 'the hint beside the copy button').toBe(filled(m('orPress'), 'C'));
    expect(view.meta).toContain(readableDay(expected.published, view.lang));
  });

  it.skipIf(!existsSync(langpackOf(firefox)))('shows no English message, the settings menu and the removed noise included', () => {
    expect(html).toBeTruthy();
    expect(englishLeft(html!, lang)).toEqual([]);
  });

  it.skipIf(!existsSync(langpackOf(firefox)))('copies the summary with the language’s headings', async () => {
    await pressKeyInPopup(ui, 'c', 'KeyC', 67);
    await waitForPopup(ui, (v) => v.copyStatus === m('copiedMarkdown'));
    await closePopup(ui);
    expect(await readClipboard(article)).toBe(toMarkdown(shownSummary(expected), { labels: formatLabelsOf(lang) }));
  });

  it.skipIf(!existsSync(langpackOf(firefox)))('the options page speaks it too, with no English message', async () => {
    const options = await openExtensionPage(ui);
    await options.waitForSelector('kbd.shortcut', { timeout: WAIT_MS });
    expect(await options.evaluate(() => document.title)).toBe(m('optionsTitle'));
    expect(englishLeft(await options.evaluate(() => document.documentElement.outerHTML), lang)).toEqual([]);
    await options.close();
  });
});
