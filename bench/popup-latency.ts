// Speed and the page's stalls, in Chromium and in Firefox ESR, over 60 corpus pages: for Lede and for
// the floor (a popup that only prints the tab's title: bench/floor-extension.ts), each in a browser of
// its own with the same flags, side by side, page by page, the shortcut pressed as soon as the page has loaded, and again on a fresh
// load of the same page 250 ms after its load (both in the one run); for each press, the time to the
// answer on screen and the page's longest stall meanwhile (bench/press.ts; the floor's page watched as
// long as Lede's run on it took). Then the huge and deep pages
// (bench/huge-page-set.ts), pressed 250 ms after their load: the same two figures.
// Budgets (issue 14): Lede's median within 1.2x the floor's, its p95 under 1.5x the floor's, in each
// press timing; on every page, the page's longest stall during Lede's run within 50 ms of the floor's
// (a page over it on its first press is pressed twice more, Lede and floor in turn, and the medians count:
// STALL_PRESSES says why).
// Usage: npx tsx bench/popup-latency.ts [pages, default 60] [chromium|firefox]   (dist/ must be built)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from '../test/e2e/support/chromium';
import { serveGenerated } from '../test/fixtures/hostile/serve-generated';
import { decodeBytes } from '../src/cli/decode';
import { writeFloorExtension } from './floor-extension';
import { hugePages } from './huge-page-set';
import { chromiumDriver, deadPort, firefoxDriver, type Driver, type Press } from './press';
import { describe, type Stats } from './stats';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPORA = ['fundus', 'scrapinghub'].map((c) => join(root, '..', 'shared', 'corpus', c, 'html'));
/** The later press: a reader who presses the shortcut a moment after the page has loaded. */
export const SETTLE_MS = 250;
export const BUDGET = { medianRatio: 1.2, p95Ratio: 1.5, stallOverFloorMs: 50 };

/** An even spread over the corpora (every k-th file of each, sorted), so the set is the same each run. */
export function corpusPages(count: number): string[] {
  const per = Math.ceil(count / CORPORA.length);
  return CORPORA.flatMap((dir) => {
    const files = readdirSync(dir).filter((f) => /\.html(\.gz)?$/.test(f)).sort();
    const step = files.length / per;
    return Array.from({ length: Math.min(per, files.length) }, (_, i) => join(dir, files[Math.floor(i * step)]));
  }).slice(0, count);
}

export type BrowserName = 'chromium' | 'firefox';
type Timing = 'load' | 'settled';
interface PagePress {
  page: string; lede: Press; floor: Press;
  /** The stalls of the presses repeated on a page whose first press was over the budget (Lede and floor
   *  in turn, the same timing), the first press's included: the verdict takes each one's median. */
  stalls?: { lede: (number | null)[]; floor: (number | null)[] };
}

export interface SpeedResult {
  browser: BrowserName;
  pages: number;
  corpus: Record<Timing, PagePress[]>;
  huge: PagePress[];
}

/** How often a page over the stall budget on its first press is pressed in all (Lede and floor in turn).
 *  One press reads one 10 ms timer once, on a 2-core machine shared with other jobs: the floor's own
 *  longest stall on the same page moves by more than the budget from one press to the next (up to 116
 *  ms in a run of 7 December 2026), so one press over the budget says little about the page. */
export const STALL_PRESSES = 3;

/** A press that cannot take the whole bench down: one whose popup never opened, or whose browser got
 *  into trouble, or that has not come back after PRESS_LIMIT_MS, counts as unanswered (and is printed). */
const PRESS_LIMIT_MS = 60_000;
async function pressOnce(driver: Driver, settleMs: number, what: string, windowMs?: number): Promise<Press> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer after ${PRESS_LIMIT_MS} ms`)), PRESS_LIMIT_MS); });
  try {
    return await Promise.race([driver.press(settleMs, windowMs), limit]);
  } catch (error) {
    console.error(`bench: ${what}: ${(error as Error).message}`);
    return { ms: null, view: 'no popup', stallMs: null };
  } finally { clearTimeout(timer); }
}

export async function measureSpeedAndStall(browser: BrowserName, count = 60): Promise<SpeedResult> {
  const files = corpusPages(count);
  const routes: Record<string, string> = { ...hugePages() };
  files.forEach((f, i) => { routes[`/p/${i}`] = decodeBytes(readFileSync(f), f); });
  const server = await serveGenerated(routes);
  const proxy = await deadPort();
  const floorDir = writeFloorExtension();
  const presses: Record<'lede' | 'floor', { load: Press[]; settled: Press[]; huge: Press[] }> = {
    lede: { load: [], settled: [], huge: [] }, floor: { load: [], settled: [], huge: [] },
  };
  const repeats = { load: new Map<number, NonNullable<PagePress['stalls']>>(), settled: new Map<number, NonNullable<PagePress['stalls']>>(), huge: new Map<number, NonNullable<PagePress['stalls']>>() };
  try {
    // Lede and the floor in a browser each, with the same flags, open side by side and pressed in turn
    // on each page: a change in the machine's load (other jobs share its cores) then weighs on both.
    const launch = (dir: string) => (browser === 'chromium' ? chromiumDriver(dir, proxy) : firefoxDriver(dir, proxy));
    const drivers: Record<'lede' | 'floor', Driver> = { lede: await launch(DIST), floor: await launch(floorDir) };
    try {
      /** Lede, then the floor, on a fresh load of `url`; the floor's page watched as long as Lede's run took
       *  (Driver.press says why). */
      const pressBoth = async (url: string, settleMs: number, what = '') => {
        await drivers.lede.open(url);
        const lede = await pressOnce(drivers.lede, settleMs, `lede ${what}${url}`);
        await drivers.floor.open(url);
        const floor = await pressOnce(drivers.floor, settleMs, `floor ${what}${url}`, lede.ms ?? undefined);
        return { lede, floor };
      };
      const corpusUrls = files.map((_, i) => server.url(`/p/${i}`));
      const runs = { load: { urls: corpusUrls, settleMs: 0 }, settled: { urls: corpusUrls, settleMs: SETTLE_MS }, huge: { urls: Object.keys(hugePages()).map((p) => server.url(p)), settleMs: SETTLE_MS } };
      const both = async (into: 'load' | 'settled' | 'huge', i: number) => {
        const { lede, floor } = await pressBoth(runs[into].urls[i], runs[into].settleMs);
        presses.lede[into].push(lede);
        presses.floor[into].push(floor);
      };
      // A warm-up press each, not counted: the first popup of a browser pays for its process start.
      for (const which of ['lede', 'floor'] as const) { await drivers[which].open(server.url('/p/0')); await pressOnce(drivers[which], SETTLE_MS, `${which} warm-up`); }
      for (let i = 0; i < files.length; i++) {
        await both('load', i);
        // A fresh load of the page (a new document: no summary is cached for it).
        await both('settled', i);
      }
      for (let i = 0; i < runs.huge.urls.length; i++) await both('huge', i);
      // Pages over the stall budget on their first press are pressed again, in the same timing.
      for (const into of ['load', 'settled', 'huge'] as const) {
        for (let i = 0; i < runs[into].urls.length; i++) {
          const first = { page: '', lede: presses.lede[into][i], floor: presses.floor[into][i] };
          if (excess(first) <= BUDGET.stallOverFloorMs) continue;
          const stalls = { lede: [first.lede.stallMs], floor: [first.floor.stallMs] };
          for (let k = 1; k < STALL_PRESSES; k++) {
            const again = await pressBoth(runs[into].urls[i], runs[into].settleMs, 'again ');
            stalls.lede.push(again.lede.stallMs);
            stalls.floor.push(again.floor.stallMs);
          }
          repeats[into].set(i, stalls);
        }
      }
    } finally {
      await drivers.lede.close();
      await drivers.floor.close();
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
    await server.close();
  }
  const pair = (timing: 'load' | 'settled' | 'huge', names: string[]) => names.map((page, i) => ({ page, lede: presses.lede[timing][i], floor: presses.floor[timing][i], stalls: repeats[timing].get(i) }));
  const short = files.map((f) => f.split('/').slice(-3).join('/'));
  return { browser, pages: files.length, corpus: { load: pair('load', short), settled: pair('settled', short) }, huge: pair('huge', Object.keys(hugePages())) };
}

const times = (ps: PagePress[], who: 'lede' | 'floor') => ps.map((p) => p[who].ms).filter((x): x is number => x !== null);
const fmt = (s: Stats) => (s.n ? `${s.median.toFixed(0)} (${s.p95.toFixed(0)})` : '-');
/** Lede's stall over the floor's on one page; null when either has no reading (the page left its
 *  document, whose timer went with it, or the press was not answered): counted apart, never as met. */
const overOnce = (p: PagePress) => (p.lede.stallMs === null || p.floor.stallMs === null ? null : p.lede.stallMs - p.floor.stallMs);
/** The median of the readings there are; null when none. */
const medianOf = (xs: (number | null)[]) => {
  const ok = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return ok.length ? ok[Math.floor((ok.length - 1) / 2)] : null;
};
/** Lede's stall over the floor's: on a page pressed again, the median of Lede's presses over the median of
 *  the floor's (the lower middle of an even count, after a press without a reading). */
const over = (p: PagePress) => {
  if (!p.stalls) return overOnce(p);
  const lede = medianOf(p.stalls.lede), floor = medianOf(p.stalls.floor);
  return lede === null || floor === null ? null : lede - floor;
};
const excess = (p: PagePress) => over(p) ?? -Infinity;
const excessOnce = (p: PagePress) => overOnce(p) ?? -Infinity;
const signed = (x: number | null) => (x === null ? 'no reading' : `${x >= 0 ? '+' : ''}${x.toFixed(0)}`);
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

export function speedTable(r: SpeedResult): string {
  const name = r.browser === 'chromium' ? 'Chromium' : 'Firefox ESR';
  const rows: string[] = [];
  const verdicts: string[] = [];
  const col = (timing: Timing) => {
    const ps = r.corpus[timing];
    const lede = describe(times(ps, 'lede')); const floor = describe(times(ps, 'floor'));
    const ledeStall = describe(ps.map((p) => p.lede.stallMs ?? NaN).filter(Number.isFinite));
    const floorStall = describe(ps.map((p) => p.floor.stallMs ?? NaN).filter(Number.isFinite));
    const worst = ps.reduce((a, b) => (excess(b) > excess(a) ? b : a), ps[0]);
    const overBudget = ps.filter((p) => excess(p) > BUDGET.stallOverFloorMs).length;
    const overOnFirst = ps.filter((p) => excessOnce(p) > BUDGET.stallOverFloorMs).length;
    const unread = ps.filter((p) => over(p) === null).length;
    return { lede, floor, ledeStall, floorStall, worst, overBudget, overOnFirst, unread, ps };
  };
  const load = col('load'); const settled = col('settled');
  const ratio = (c: ReturnType<typeof col>, k: 'median' | 'p95') => c.lede[k] / c.floor[k];
  rows.push(`${name}, ${r.pages} corpus pages: press -> answer on screen, and the page's longest stall meanwhile (ms, median (p95))`,
    `| | pressed as soon as the page has loaded | pressed ${SETTLE_MS} ms after its load |`, '|---|---|---|',
    `| Lede: press -> answer | ${fmt(load.lede)} | ${fmt(settled.lede)} |`,
    `| floor (title-only popup): press -> answer | ${fmt(load.floor)} | ${fmt(settled.floor)} |`,
    `| Lede / floor, median | ${ratio(load, 'median').toFixed(2)}x | ${ratio(settled, 'median').toFixed(2)}x |`,
    `| Lede / floor, p95 | ${ratio(load, 'p95').toFixed(2)}x | ${ratio(settled, 'p95').toFixed(2)}x |`,
    `| page's longest stall, Lede | ${fmt(load.ledeStall)}, max ${load.ledeStall.max.toFixed(0)} | ${fmt(settled.ledeStall)}, max ${settled.ledeStall.max.toFixed(0)} |`,
    `| page's longest stall, floor | ${fmt(load.floorStall)}, max ${load.floorStall.max.toFixed(0)} | ${fmt(settled.floorStall)}, max ${settled.floorStall.max.toFixed(0)} |`,
    `| pages where Lede's stall exceeded the floor's by more than ${BUDGET.stallOverFloorMs} ms on the first press | ${load.overOnFirst} | ${settled.overOnFirst} |`,
    `| of those, pages still over on the median of ${STALL_PRESSES} presses each (the budget's count) | ${load.overBudget} (worst ${signed(over(load.worst))}) | ${settled.overBudget} (worst ${signed(over(settled.worst))}) |`,
    `| presses with no stall reading (the page left its document, or no answer) | ${load.unread} | ${settled.unread} |`);
  const analysis = describe(settled.ps.map((p) => p.lede.analysis ?? NaN).filter(Number.isFinite));
  const extraction = describe(settled.ps.map((p) => p.lede.extraction ?? NaN).filter(Number.isFinite));
  const loadCode = describe(settled.ps.map((p) => p.lede.load ?? NaN).filter(Number.isFinite));
  rows.push(`| in the popup: reading the page's copy (parse, Readability, noise, metadata) | | ${fmt(extraction)} |`,
    `| in the popup: the analysis | | ${fmt(analysis)} |`,
    `| in the popup: loading their code (overlaps the page writing its copy) | | ${fmt(loadCode)} |`);
  const stepNames = [...new Set(settled.ps.flatMap((p) => Object.keys(p.lede.steps ?? {})))];
  if (stepNames.length) {
    rows.push('', `${name}: where Lede's time goes, pressed ${SETTLE_MS} ms after load (ms after the press, median)`,
      `| ${stepNames.join(' | ')} | answer on screen |`, `|${stepNames.map(() => '---|').join('')}---|`,
      `| ${stepNames.map((k) => describe(settled.ps.map((p) => p.lede.steps?.[k] ?? NaN).filter(Number.isFinite)).median.toFixed(0)).join(' | ')} | ${settled.lede.median.toFixed(0)} |`,
      `| floor: ${['popup started', 'script'].map((k) => describe(settled.ps.map((p) => p.floor.steps?.[k] ?? NaN).filter(Number.isFinite)).median.toFixed(0)).join(', ')} | | | | | | ${settled.floor.median.toFixed(0)} |`);
  }
  rows.push('', `${name}, huge and deep pages, pressed ${SETTLE_MS} ms after their load (ms)`,
    '| page | Lede: answer, state | Lede: page\'s longest stall | floor: answer | floor: page\'s longest stall | Lede - floor stall |', '|---|---|---|---|---|---|',
    ...r.huge.map((p) => `| ${p.page} | ${p.lede.ms?.toFixed(0) ?? 'none'}, ${p.lede.view} | ${p.lede.stallMs?.toFixed(0) ?? '-'} | ${p.floor.ms?.toFixed(0) ?? 'none'} | ${p.floor.stallMs?.toFixed(0) ?? '-'} | ${signed(overOnce(p))}${p.stalls ? ` (median of ${STALL_PRESSES} presses: ${signed(over(p))}; Lede ${p.stalls.lede.map((x) => x?.toFixed(0) ?? '-').join(', ')}, floor ${p.stalls.floor.map((x) => x?.toFixed(0) ?? '-').join(', ')})` : ''} |`));
  const hugeOver = r.huge.filter((p) => excess(p) > BUDGET.stallOverFloorMs).length;
  const hugeUnread = r.huge.filter((p) => over(p) === null).length;
  verdicts.push(
    `Speed budget (median <= ${BUDGET.medianRatio}x the floor, p95 < ${BUDGET.p95Ratio}x): at load ${met(ratio(load, 'median') <= BUDGET.medianRatio && ratio(load, 'p95') < BUDGET.p95Ratio)}, ${SETTLE_MS} ms later ${met(ratio(settled, 'median') <= BUDGET.medianRatio && ratio(settled, 'p95') < BUDGET.p95Ratio)}.`,
    `Stall budget (the page's longest stall within ${BUDGET.stallOverFloorMs} ms of the floor's on every page): corpus at load ${met(!load.overBudget)}, ${SETTLE_MS} ms later ${met(!settled.overBudget)}; huge and deep pages ${met(!hugeOver)}${load.unread + settled.unread + hugeUnread ? ` (presses without a reading, not counted: ${load.unread + settled.unread + hugeUnread})` : ''}.`,
    `Popup states (Lede, ${SETTLE_MS} ms): ${JSON.stringify(settled.ps.reduce((m, p) => ({ ...m, [p.lede.view]: ((m as Record<string, number>)[p.lede.view] ?? 0) + 1 }), {}))}; unanswered presses: ${[...load.ps, ...settled.ps, ...r.huge].filter((p) => p.lede.ms === null || p.floor.ms === null).length}.`,
  );
  const worstPages = [...settled.ps].sort((a, b) => excess(b) - excess(a)).slice(0, 3).map((p) => `${p.page} ${signed(over(p))}`).join(', ');
  verdicts.push(`Largest stall excess over the floor (${SETTLE_MS} ms): ${worstPages}.`);
  const again = [...load.ps.map((p) => ['at load', p] as const), ...settled.ps.map((p) => [`${SETTLE_MS} ms later`, p] as const), ...r.huge.map((p) => ['huge', p] as const)].filter(([, p]) => p.stalls);
  if (again.length) verdicts.push(`Pressed again (stalls in ms, first press first): ${again.map(([when, p]) => `${p.page} ${when}: Lede ${p.stalls!.lede.map((x) => x?.toFixed(0) ?? '-').join('/')}, floor ${p.stalls!.floor.map((x) => x?.toFixed(0) ?? '-').join('/')} -> ${signed(over(p))}`).join('; ')}.`);
  return [...rows, '', ...verdicts].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = (process.argv[3] ?? 'chromium') as BrowserName;
  console.log(speedTable(await measureSpeedAndStall(browser, Number(process.argv[2] ?? 60))));
}
