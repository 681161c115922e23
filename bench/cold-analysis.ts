// What the analysis costs where it runs: in a fresh popup, every page meets cold code. Modelled here in
// Node: one isolate (as the extension's process), a new JS context per page (node:vm, as each popup is)
// with the analysis bundle evaluated in it, then analyze() on that page twice. Isolate-wide caches
// (compiled regular expressions, parsed code) carry over between contexts as they do between popups;
// per-context state (lexicons built on first use, inline caches, optimised code) does not.
// Also a one-sentence article in a fresh context: the fixed part of the cost, whatever the article.
// Usage: npx tsx bench/cold-analysis.ts [pages, default 60]
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { pageOfFile } from '../src/cli/summarise-file';
import type { PageData } from '../src/analysis/types';
import { corpusPages } from './popup-latency';
import { describe, type Stats } from './stats';

const entry = fileURLToPath(new URL('../src/analysis/analyze.ts', import.meta.url));

type Analyze = (page: PageData) => unknown;

/** The analysis as one script (minified, as shipped), exposing `analyze` as its value. */
async function analysisScript(): Promise<vm.Script> {
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', globalName: 'LedeAnalysis', write: false, logLevel: 'silent' });
  return new vm.Script(`${out.outputFiles[0].text}\n;LedeAnalysis`, { filename: 'analysis.js' });
}

function freshAnalyze(script: vm.Script): { analyze: Analyze; loadMs: number } {
  const context = vm.createContext({});
  const started = performance.now();
  const { analyze } = script.runInContext(context) as { analyze: Analyze };
  return { analyze, loadMs: performance.now() - started };
}

const timed = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };

const oneSentence = (lang: 'en' | 'de'): PageData => ({
  url: '', meta: { lang }, readability: null, readerable: true, removed: [],
  blocks: [{ kind: 'p', text: lang === 'de' ? 'Der Minister sagte am Dienstag in Berlin, er wolle abwarten.' : 'The minister said on Tuesday in London that he would wait.' }],
});

export interface ColdResult { pages: number; load: Stats; first: Stats; second: Stats; oneSentence: Stats }

export async function measureColdAnalysis(count: number, passes = 3): Promise<ColdResult> {
  const pages = corpusPages(count).map((f) => pageOfFile(f));
  const script = await analysisScript();
  const load: number[] = []; const first: number[] = []; const second: number[] = []; const small: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    // The first pass fills the isolate's caches (a browser's first popup); it is not counted.
    const keep = pass > 0;
    for (const page of pages) {
      const run = freshAnalyze(script);
      const a = timed(() => run.analyze(page));
      const b = timed(() => run.analyze(page));
      if (keep) { load.push(run.loadMs); first.push(a); second.push(b); }
    }
    for (let i = 0; i < 10; i++) for (const lang of ['en', 'de'] as const) {
      const run = freshAnalyze(script);
      const t = timed(() => run.analyze(oneSentence(lang)));
      if (keep) small.push(t);
    }
  }
  return { pages: pages.length, load: describe(load), first: describe(first), second: describe(second), oneSentence: describe(small) };
}

export function coldTable(r: ColdResult): string {
  const row = (label: string, s: Stats) => `| ${label} | ${s.n} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} |`;
  return [
    `The analysis in a fresh JS context per page (Node vm, one isolate), ${r.pages} corpus pages (ms)`,
    '| | runs | median | p95 |', '|---|---|---|---|',
    row('evaluating the analysis bundle (the popup loads it while the page is read)', r.load),
    row('analyze(), first run in the context (what a popup pays)', r.first),
    row('analyze() again on the same page, same context (code compiled, lexicons built)', r.second),
    row('analyze() of a one-sentence article, first run in a fresh context', r.oneSentence),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(coldTable(await measureColdAnalysis(Number(process.argv[2]) || 60)));
}
