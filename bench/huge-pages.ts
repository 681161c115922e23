// Huge and deep pages in Chromium (the fixtures of test/e2e/huge-pages.test.ts): how long the popup
// takes, and how much memory the page's renderer process needs at its peak while Lede reads it, beside
// Readability.js alone on the same page. Peak: the renderer's VmHWM (bench/process-memory.ts); it counts
// everything the page's process holds (the DOM clone in Blink's heap, the strings, the JS heap), which
// the JS heap figures alone (performance.memory, CDP JSHeapUsedSize) do not. The JS heap is printed beside it.
// Firefox: bench/huge-pages-firefox.ts.
// Usage: npx tsx bench/huge-pages.ts   (dist/ must be built: npm run bench does)
import { fileURLToPath } from 'node:url';
import { launchChromium, type ChromiumSession } from '../test/e2e/support/chromium';
import { serveGenerated } from '../test/fixtures/hostile/serve-generated';
import { measuredRun } from '../test/fixtures/hostile/measure-run';
import { descendantsOf, largestRise, peakRises } from './process-memory';
import { hugePages } from './huge-page-set';
import { readabilityAloneExpression } from './readability-alone';

/** The browser's web-page renderers (not the extension's, which carry --extension-process). */
const pageRenderers = (browserPid: number) =>
  descendantsOf(browserPid, (cmd) => cmd.includes('--type=renderer') && !cmd.includes('--extension-process'));

/** Runs `fn` with the high-water mark of every page renderer reset; the renderer whose peak rose most. */
const peakRiseMB = async (session: ChromiumSession, fn: () => Promise<void>) =>
  largestRise(await peakRises(pageRenderers(session.browser.process()!.pid!), fn));

export interface HugeRow {
  page: string; view: string; answeredMs: number; note: boolean;
  /** The page renderer's RSS before, and its peak during the run (MB). */
  rssBeforeMB: number; ledePeakMB: number; readabilityPeakMB: number; readabilityMs: number;
  /** The page's JS heap after a GC, before and after Lede's run; the popup's JS heap when it answered (MB). */
  heapBeforeMB: number; heapAfterMB: number; popupHeapMB: number;
}

export async function measureHugePages(): Promise<HugeRow[]> {
  const pages = hugePages();
  const server = await serveGenerated(pages);
  const readabilityAlone = readabilityAloneExpression();
  const rows: HugeRow[] = [];
  try {
    for (const path of Object.keys(pages)) {
      // A browser per page, so no earlier page's garbage or cached code counts here.
      const session = await launchChromium();
      try {
        const open = async () => {
          for (const p of await session.browser.pages()) await p.close();
          const page = await session.browser.newPage();
          await page.goto(server.url(path), { timeout: 30_000 });
          return page;
        };
        let page = await open();
        let run!: Awaited<ReturnType<typeof measuredRun>>;
        const lede = await peakRiseMB(session, async () => { run = await measuredRun(session, page); });
        // Readability alone, on a fresh load of the same page, as the injected script would run it.
        page = await open();
        let readabilityMs = NaN;
        const rd = await peakRiseMB(session, async () => {
          readabilityMs = await page.evaluate(readabilityAlone) as number;
        });
        rows.push({
          page: path, view: run.view.view, answeredMs: run.answeredMs, note: !!run.note,
          rssBeforeMB: lede.beforeMB, ledePeakMB: lede.peakMB - lede.beforeMB, readabilityPeakMB: rd.peakMB - rd.beforeMB, readabilityMs,
          heapBeforeMB: run.pageHeapBeforeMB, heapAfterMB: run.pageHeapAfterMB, popupHeapMB: run.popupHeapMB,
        });
      } finally { await session.close(); }
    }
  } finally { await server.close(); }
  return rows;
}

export function hugeTable(rows: HugeRow[]): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '-');
  return ['Huge and deep pages in Chromium (time in ms; memory in MB: the page renderer\'s peak RSS above its RSS before the run; JS heaps after a GC)',
    '| page | popup answer (ms) | state | partial note | Lede peak page memory | Readability alone: ms, peak page memory | page RSS before | page JS heap before -> after | popup JS heap |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.page} | ${f(r.answeredMs)} | ${r.view} | ${r.note ? 'yes' : 'no'} | +${f(r.ledePeakMB)} | ${f(r.readabilityMs)}, +${f(r.readabilityPeakMB)} | ${f(r.rssBeforeMB)} | ${r.heapBeforeMB.toFixed(1)} -> ${r.heapAfterMB.toFixed(1)} | ${r.popupHeapMB.toFixed(1)} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(hugeTable(await measureHugePages()));
}
