// Huge and deep pages in Firefox ESR (the fixtures of test/e2e/huge-pages.test.ts), the counterpart of
// bench/huge-pages.ts: how long the popup takes, what it shows, and how much memory the page's content
// process needs at its peak while Lede reads it, beside Readability.js alone on a fresh load of the page.
// Peak: VmHWM of the browser's web content processes (bench/process-memory.ts), the one that rose most.
// Only processes Firefox types as web content count: the spare ("preallocated") processes it forks ahead
// of need start small and grow while they initialise, and once rose more than the page did (measured:
// +50 MB from 20 MB). Firefox runs the popup and the background page in a content process of their own
// (type "extension"), which rises too while the popup renders: it is shown in a column of its own.
// Which process holds the tab is known from the browser window (the tab's window global's osPid); the
// table says whether the process picked is that one.
// Usage: npx tsx bench/huge-pages-firefox.ts   (builds dist/ first if it is stale)
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../test/e2e/support/firefox';
import { serveGenerated } from '../test/fixtures/hostile/serve-generated';
import { measuredFirefoxRun, type FirefoxRun } from '../test/fixtures/hostile/measure-run-firefox';
import { descendantsOf, largestRise, peakRises, type PeakRise } from './process-memory';
import { hugePages } from './huge-page-set';
import { readabilityAloneExpression } from './readability-alone';

/** Firefox's content processes (web pages, the extension, preallocated spares): `-contentproc ... tab`. */
const contentProcesses = (browserPid: number) => descendantsOf(browserPid, (cmd) => cmd.includes('-contentproc') && /\btab$/.test(cmd));

/** Each child process's type as Firefox names it (web, extension, preallocated, ...), by pid. */
async function processTypes(session: FirefoxSession): Promise<Map<number, string>> {
  const json = await session.chrome<string>(`ChromeUtils.requestProcInfo().then((i) => JSON.stringify(i.children.map((c) => [c.pid, c.type])))`);
  return new Map(JSON.parse(json) as [number, string][]);
}

/** The pid of the content process that holds the tab showing `url`. */
const tabProcess = (session: FirefoxSession, url: string) =>
  session.chrome<number>(`gBrowser.browsers.find((b) => b.currentURI.spec === ${JSON.stringify(url)}).browsingContext.currentWindowGlobal.osPid`);

/** Garbage collection and cache trimming in every process (about:memory's "Minimize memory usage"), so
 *  the RSS before a run is not inflated by an earlier load's garbage (the Chromium bench collects the
 *  page's garbage before Lede's run too). */
const minimizeMemory = (session: FirefoxSession) => session.chrome(`new Promise((resolve) =>
  Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager).minimizeMemoryUsage(() => resolve(true)))`);

interface Measured { page: PeakRise; extension: PeakRise; tabPid: number }

/** Runs `fn` with the peaks of the browser's content processes reset: the web process whose peak rose
 *  most, the extension's process, and the pid that holds the tab at `url`. */
async function peakRiseMB(session: FirefoxSession, url: string, fn: () => Promise<void>): Promise<Measured> {
  await minimizeMemory(session);
  const types = await processTypes(session);
  const tabPid = await tabProcess(session, url);
  const rises = await peakRises(contentProcesses(session.browser.process()!.pid!), fn);
  const isWeb = (r: PeakRise) => /^web/.test(types.get(r.pid) ?? '');
  const measured = { page: largestRise(rises.filter(isWeb)), extension: largestRise(rises.filter((r) => types.get(r.pid) === 'extension')), tabPid };
  if (measured.page.pid !== tabPid) {
    console.error(`huge-pages-firefox: ${url}: the web process that rose most (${measured.page.pid}) is not the tab's (${tabPid}); all: ${
      rises.map((r) => `${r.pid} ${types.get(r.pid)} ${r.beforeMB.toFixed(0)} -> ${r.peakMB.toFixed(0)}`).join(', ')}`);
  }
  return measured;
}

export interface FirefoxHugeRow {
  page: string; view: string; answeredMs: number; note: boolean; pageMaxGapMs: number | null;
  /** The page's content process: RSS before, and its peak's rise during Lede's run and Readability's (MB). */
  rssBeforeMB: number; ledePeakMB: number; readabilityPeakMB: number; readabilityMs: number;
  /** The extension's process (popup and background) during Lede's run: its peak's rise (MB). */
  extensionPeakMB: number;
  /** Whether the process picked in each run is the one that holds the tab. */
  pickedIsTab: boolean;
}

export async function measureHugePagesFirefox(): Promise<FirefoxHugeRow[]> {
  const pages = hugePages();
  const server = await serveGenerated(pages);
  const readabilityAlone = readabilityAloneExpression();
  const rows: FirefoxHugeRow[] = [];
  try {
    for (const path of Object.keys(pages)) {
      // A browser per page, so no earlier page's garbage or cached code counts here.
      const session = await launchFirefox();
      try {
        // A fresh tab first, then the others closed (closing a window's last tab would close the window).
        const open = async (): Promise<Page> => {
          const page = await session.browser.newPage();
          for (const p of await session.browser.pages()) if (p !== page) await p.close();
          await page.goto(server.url(path), { timeout: 30_000 });
          await page.bringToFront();
          return page;
        };
        let page = await open();
        let run!: FirefoxRun;
        const lede = await peakRiseMB(session, server.url(path), async () => { run = await measuredFirefoxRun(session, page); });
        // Readability alone, on a fresh load of the same page, in the page's own realm.
        page = await open();
        let readabilityMs = NaN;
        const rd = await peakRiseMB(session, server.url(path), async () => { readabilityMs = await page.evaluate(readabilityAlone) as number; });
        rows.push({
          page: path, view: run.view.view, answeredMs: run.answeredMs, note: !!run.note, pageMaxGapMs: run.pageMaxGapMs,
          rssBeforeMB: lede.page.beforeMB, ledePeakMB: lede.page.peakMB - lede.page.beforeMB,
          readabilityPeakMB: rd.page.peakMB - rd.page.beforeMB, readabilityMs,
          extensionPeakMB: lede.extension.peakMB - lede.extension.beforeMB,
          pickedIsTab: lede.page.pid === lede.tabPid && rd.page.pid === rd.tabPid,
        });
      } finally { await session.close(); }
    }
  } finally { await server.close(); }
  return rows;
}

export function firefoxHugeTable(rows: FirefoxHugeRow[]): string {
  const f = (n: number | null) => (n !== null && Number.isFinite(n) ? n.toFixed(0) : '-');
  return ['Huge and deep pages in Firefox ESR (time in ms; memory in MB: the page\'s content process\'s peak RSS above its RSS before the run)',
    '| page | popup answer (ms) | state | partial note | page\'s longest stall (ms) | Lede peak page memory | Readability alone: ms, peak page memory | page RSS before | extension process peak (popup, background) | measured process holds the tab |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.page} | ${f(r.answeredMs)} | ${r.view} | ${r.note ? 'yes' : 'no'} | ${f(r.pageMaxGapMs)} | +${f(r.ledePeakMB)} | ${f(r.readabilityMs)}, +${f(r.readabilityPeakMB)} | ${f(r.rssBeforeMB)} | +${f(r.extensionPeakMB)} | ${r.pickedIsTab ? 'yes' : 'NO'} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(firefoxHugeTable(await measureHugePagesFirefox()));
}
