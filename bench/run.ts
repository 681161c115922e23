// `npm run bench`: every timing target, with its budget (tests assert behaviour, never time). Speed and
// the page's stalls in Chromium and in Firefox ESR over 60 corpus pages and the huge and deep pages,
// beside the title-only floor (bench/popup-latency.ts); the CLI over the scrapinghub corpus beside
// Readability alone; the bundle sizes against their budget. Prints Markdown tables and whether each
// budget is met, with the machine's load (other jobs share its 2 cores). Not a test: nothing here fails
// a build; the size budget is enforced by test/unit/bundle-budget.test.ts.
// The analysis in a fresh JS context per page (what each popup pays), modelled in Node.
// Also the huge and deep pages, in Chromium then in Firefox ESR: popup time and the page's peak memory
// beside Readability alone.
// Usage: npm run bench [-- --pages N] [-- --skip-cli] [-- --skip-huge] [-- --skip-firefox]
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
console.log(sizeTable(DIST), '\n');
console.log(speedTable(await measureSpeedAndStall('chromium', pages)), `\n(${load()})\n`);
if (!args.includes('--skip-firefox')) console.log(speedTable(await measureSpeedAndStall('firefox', pages)), `\n(${load()})\n`);
console.log(coldTable(await measureColdAnalysis(pages)), '\n');
if (!args.includes('--skip-huge')) {
  console.log(hugeTable(await measureHugePages()), '\n');
  console.log(firefoxHugeTable(await measureHugePagesFirefox()), '\n');
}
if (!args.includes('--skip-cli')) {
  const cli = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./cli-throughput.ts', import.meta.url))], { stdio: 'inherit' });
  if (cli.status !== 0) process.exitCode = 1;
}
