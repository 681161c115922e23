// `npm run bench`: every timing target, with its budget (tests assert behaviour, never time). Speed and
// the page's stalls in Chromium and in Firefox ESR over 60 corpus pages and the huge and deep pages,
// beside the title-only floor (bench/popup-latency.ts); the CLI over the scrapinghub corpus beside
// Readability alone; the bundle sizes against their budget. Prints Markdown tables and whether each
// budget is met, with the machine's load (other jobs share its 2 cores). Not a test: nothing here fails
// a build; the size budget is enforced by test/unit/bundle-budget.test.ts.
// The analysis in a fresh JS context per page (what each popup pays), modelled in Node.
// Also the huge and deep pages, in Chromium then in Firefox ESR: popup time and the page's peak memory
// beside Readability alone.
// Usage: npm run bench [-- --pages N] [-- --skip-cli] [-- --skip-huge] [-- --skip-firefox] [-- --sweep N]
// --sweep N: also the sweep (scripts/sweep.ts) over N corpus pages spread over all corpora, in both
// browsers (--sweep all: every page; it takes about an hour per browser on 2 cores).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DIST } from '../test/e2e/support/chromium';
import { loadavg } from 'node:os';
import { measureSpeedAndStall, speedTable } from './popup-latency';
import { sizeTable } from './bundle-sizes';
import { coldTable, measureColdAnalysis } from './cold-analysis';
import { hugeTable, measureHugePages } from './huge-pages';
import { firefoxHugeTable, measureHugePagesFirefox } from './huge-pages-firefox';

const args = process.argv.slice(2);
const pages = Number(args[args.indexOf('--pages') + 1]) || 60;

const load = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(', ')} (2 cores)`;
console.log(`bench started ${new Date().toISOString()}, ${load()}\n`);
/** One part of the bench: its table, or what went wrong (the other parts still run). */
async function part(name: string, table: () => Promise<string> | string): Promise<void> {
  try {
    console.log(await table(), '\n');
  } catch (error) {
    console.log(`${name}: **failed**: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  }
}
await part('bundle sizes', () => sizeTable(DIST));
await part('Chromium speed and stalls', async () => `${speedTable(await measureSpeedAndStall('chromium', pages))}\n\n(${load()})`);
if (!args.includes('--skip-firefox')) await part('Firefox ESR speed and stalls', async () => `${speedTable(await measureSpeedAndStall('firefox', pages))}\n\n(${load()})`);
await part('cold analysis', async () => coldTable(await measureColdAnalysis(pages)));
if (!args.includes('--skip-huge')) {
  await part('huge pages, Chromium', async () => hugeTable(await measureHugePages()));
  await part('huge pages, Firefox ESR', async () => firefoxHugeTable(await measureHugePagesFirefox()));
}
if (!args.includes('--skip-cli')) {
  const cli = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./cli-throughput.ts', import.meta.url))], { stdio: 'inherit' });
  if (cli.status !== 0) process.exitCode = 1;
}
const sweep = args.includes('--sweep') ? args[args.indexOf('--sweep') + 1] : undefined;
if (sweep) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../scripts/sweep.ts', import.meta.url)), ...(sweep === 'all' ? [] : ['--sample', sweep])], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
console.log(`bench ended ${new Date().toISOString()}, ${load()}`);
