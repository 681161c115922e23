// Huge and deep pages in Chromium: a 10 MB page of 50,000 paragraphs, a DOM nested 5,000 levels deep,
// one 300 KB paragraph, a page of nothing but tables. For each: the popup answers with a clear state (a
// summary, partial with a note where it had to stop), the page's own timer kept running while Lede read
// it, and the run leaves nothing behind in the page's heap. The same pages in Firefox ESR. How fast the
// answer comes and how long the page's timer was held up are measured, with their budgets, by `npm run
// bench` (bench/stall.ts, bench/huge-pages.ts): a test that asserts a time fails on a busy machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as firefox from './support/firefox';
import type { Page } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { serveGenerated, type GeneratedServer } from '../fixtures/hostile/serve-generated';
import { deepPage, giantParagraphPage, tablesOnlyPage, tenMegabytePage } from '../fixtures/hostile/huge-pages';
import { measuredRun, type MeasuredRun } from '../fixtures/hostile/measure-run';
import { measuredFirefoxRun } from '../fixtures/hostile/measure-run-firefox';
import { WAIT_MS } from './support/patience';

/** What a run may leave behind in the page's heap, after a garbage collection (MB): the copy is the
 *  isolated world's, and nothing of it may stay. */
const PAGE_HEAP_LEFT_MB = 8;

let session: ChromiumSession;
let server: GeneratedServer;
const pages = { '/ten-mb': tenMegabytePage(), '/deep': deepPage(), '/giant-paragraph': giantParagraphPage(), '/tables': tablesOnlyPage() };

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), serveGenerated(pages)]);
});
afterAll(async () => { await session?.close(); await server?.close(); });

const runs: Record<string, MeasuredRun> = {};
/** A tab of its own per page, so one page's slow run cannot hold up the next test's. */
async function run(path: keyof typeof pages, check?: (page: Page) => Promise<void>): Promise<MeasuredRun> {
  const page = await session.browser.newPage();
  await page.goto(server.url(path), { timeout: WAIT_MS });
  await check?.(page);
  runs[path] = await measuredRun(session, page, WAIT_MS);
  await page.close();
  console.log(`huge page ${path}: ${JSON.stringify({ ...runs[path], view: runs[path].view.view, headline: runs[path].view.headline })}`);
  return runs[path];
}

function expectBounded(r: MeasuredRun) {
  expect(Number.isFinite(r.answeredMs), 'the popup answered').toBe(true);
  expect(r.pageMaxGapMs, 'the page’s own timer kept running while Lede read it').not.toBeNull();
  expect(r.pageHeapAfterMB - r.pageHeapBeforeMB, 'what the run leaves in the page’s heap').toBeLessThan(PAGE_HEAP_LEFT_MB);
}

describe('Chromium, huge and deep pages', () => {
  it('a DOM nested 5,000 levels deep: the article at the bottom is summarised', async () => {
    const r = await run('/deep', async (page) => {
      const depth = await page.evaluate(() => { let n = 0; for (let e: Element | null = document.querySelector('h1'); e; e = e.parentElement) n++; return n; });
      expect(depth, 'the headline sits more than 5,000 elements deep').toBeGreaterThan(5000);
    });
    expect(r.view.view).toBe('summary');
    expect(r.view.headline).toBe('Harbour strike enters its second week');
    expect(r.view.quotes.map((q) => q.speaker), 'the quotes at the bottom of the nesting').toContain('Maria Keller');
    expectBounded(r);
  });

  it('a single 300 KB paragraph', async () => {
    const r = await run('/giant-paragraph');
    expect(r.view.view).toBe('summary');
    expect(r.view.headline).toBe('Harbour strike: one very long paragraph');
    expect(r.view.summary?.length ?? 0).toBeGreaterThan(40);
    expectBounded(r);
  });

  it('nothing but tables: says it is not an article', async () => {
    const r = await run('/tables');
    expect(r.view.view, 'a page of figures is no article').toBe('not-article');
    expect(r.view.title).toBeTruthy();
    expectBounded(r);
  });

  // Last: while a page this large is read, its renderer (shared by every tab of the site) is busy.
  it('a 10 MB page of 50,000 paragraphs: a partial summary with a note', async () => {
    expect(pages['/ten-mb'].length, 'the page is 10 MB').toBeGreaterThan(10_000_000);
    const r = await run('/ten-mb');
    expect(r.view.view).toBe('summary');
    expect(r.view.headline).toBe('Harbour strike: the longest report ever filed');
    expect(r.view.summary?.length ?? 0, 'a lead summary').toBeGreaterThan(40);
    expect(r.note, 'a note says where the reading stopped').toBeTruthy();
    expectBounded(r);
  });

});

describe('Firefox ESR, huge and deep pages', () => {
  let ff: firefox.FirefoxSession;
  beforeAll(async () => { ff = await firefox.launchFirefox(); });
  afterAll(async () => { await ff?.close(); });

  /** Shortcut -> the popup's first answer (its `lede:` mark), the page's longest stall, what it shows. */
  async function ffRun(path: keyof typeof pages) {
    const page = await ff.browser.newPage();
    await page.goto(server.url(path), { timeout: WAIT_MS });
    const r = await measuredFirefoxRun(ff, page, WAIT_MS);
    await page.close();
    console.log(`Firefox huge page ${path}: ${JSON.stringify({ ...r, view: r.view.view, headline: r.view.headline })}`);
    expect(Number.isFinite(r.answeredMs), 'the popup answered').toBe(true);
    expect(r.pageMaxGapMs, 'the page’s own timer kept running while Lede read it').not.toBeNull();
    return r;
  }

  it('a DOM nested 5,000 levels deep: the article at the bottom is summarised', async () => {
    const r = await ffRun('/deep');
    expect(r.view.view).toBe('summary');
    expect(r.view.headline).toBe('Harbour strike enters its second week');
  });

  it('a single 300 KB paragraph', async () => {
    const r = await ffRun('/giant-paragraph');
    expect(r.view.view).toBe('summary');
    expect(r.view.summary?.length ?? 0).toBeGreaterThan(40);
  });

  it('nothing but tables: says it is not an article', async () => {
    expect((await ffRun('/tables')).view.view).toBe('not-article');
  });

  it('a 10 MB page of 50,000 paragraphs: a partial summary with a note', async () => {
    const r = await ffRun('/ten-mb');
    expect(r.view.view).toBe('summary');
    expect(r.view.headline).toBe('Harbour strike: the longest report ever filed');
    expect(r.note, 'a note says where the reading stopped').toBeTruthy();
  });
});
