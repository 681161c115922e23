// The CLI over a corpus: pages per second and peak memory, beside Readability.js alone on the same
// pages with the same jsdom. Each side runs in a child process of its own so peak RSS is its own.
// Usage: npx tsx bench/cli-throughput.ts [corpus dir, default ../shared/corpus/scrapinghub]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

async function worker(mode: string, files: string[]) {
  const started = performance.now();
  // The time inside Readability.parse() (alone) and inside analyze() (Lede), summed over the pages.
  let partMs = 0;
  if (mode === 'lede') {
    const { pageOfFile } = await import('../src/cli/summarise-file');
    const { analyze } = await import('../src/analysis/analyze');
    for (const f of files) {
      try {
        const page = pageOfFile(f);
        const t = performance.now();
        analyze(page);
        partMs += performance.now() - t;
      } catch { /* counted as a page all the same */ }
    }
  } else {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    const { decodeBytes } = await import('../src/cli/decode');
    for (const f of files) {
      try {
        const dom = new JSDOM(decodeBytes(readFileSync(f), f), { url: 'https://localhost/', virtualConsole: new VirtualConsole() });
        const t = performance.now();
        new Readability(dom.window.document).parse();
        partMs += performance.now() - t;
        dom.window.close();
      } catch { /* as above */ }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ mode, pages: files.length, seconds, partMsPerPage: partMs / files.length, pagesPerSecond: files.length / seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

function main() {
  const dir = process.argv[2] ?? join(self, '..', '..', '..', 'shared', 'corpus', 'scrapinghub');
  const html = join(dir, 'html');
  const files = readdirSync(html).filter((f) => /\.html(\.gz)?$/.test(f)).map((f) => join(html, f));
  const rows = ['readability', 'lede'].map((mode) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--worker', mode, ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  });
  console.log(`CLI over ${files.length} pages of ${dir}`);
  console.log('| | pages/s | seconds | peak memory (MB) | ms per page in Readability.parse() / in analyze() |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.mode === 'lede' ? 'lede (extraction + analysis)' : 'Readability.js alone'} | ${r.pagesPerSecond.toFixed(1)} | ${r.seconds.toFixed(1)} | ${r.peakMB.toFixed(0)} | ${r.partMsPerPage.toFixed(1)} |`);
  const [alone, lede] = rows;
  // The analysis in one long-lived process (JIT-warm), against Readability in the same conditions.
  console.log(`Analysis / Readability.parse(), per page in the CLI: ${(100 * lede.partMsPerPage / alone.partMsPerPage).toFixed(0)}%`);
}

if (process.argv[2] === '--worker') await worker(process.argv[3], process.argv.slice(4));
else main();
