// `npm run bench`: the speed benchmark (issue 6). Popup latency in Chromium over corpus pages beside the
// title-only floor and Readability alone, the CLI over the scrapinghub corpus beside Readability alone,
// and the bundle sizes against their budget. Prints Markdown tables. Not a test: nothing here fails a
// build; the budget is enforced by test/unit/bundle-budget.test.ts.
// The analysis in a fresh JS context per page (what each popup pays), modelled in Node.
// Also the huge and deep pages, in Chromium then in Firefox ESR: popup time and the page's peak memory
// beside Readability alone.
// Usage: npm run bench [-- --pages N] [-- --skip-cli] [-- --skip-huge]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DIST } from '../test/e2e/support/chromium';
import { latencyTable, measurePopupLatency } from './popup-latency';
import { sizeTable } from './bundle-sizes';
import { coldTable, measureColdAnalysis } from './cold-analysis';
import { hugeTable, measureHugePages } from './huge-pages';
import { firefoxHugeTable, measureHugePagesFirefox } from './huge-pages-firefox';

const args = process.argv.slice(2);
const pages = Number(args[args.indexOf('--pages') + 1]) || 60;

console.log(sizeTable(DIST), '\n');
console.log(latencyTable(await measurePopupLatency(pages)), '\n');
console.log(coldTable(await measureColdAnalysis(pages)), '\n');
if (!args.includes('--skip-huge')) {
  console.log(hugeTable(await measureHugePages()), '\n');
  console.log(firefoxHugeTable(await measureHugePagesFirefox()), '\n');
}
if (!args.includes('--skip-cli')) {
  const cli = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./cli-throughput.ts', import.meta.url))], { stdio: 'inherit' });
  if (cli.status !== 0) process.exitCode = 1;
}
