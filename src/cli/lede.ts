// `lede`: summarise saved news pages in a terminal, or (--jsonl) as one JSON record per file for the
// evaluation contract in ../shared/eval/README.md. A file that fails gets an error line; the run goes on.
import type { Summary, SummaryLength } from '../analysis/types';
import { summariseFile, type FileOptions } from './summarise-file';
import { toPlainText } from '../format/format-summary';

const USAGE = `Usage: lede [--jsonl] [--text] [--lang xx] [--length short|medium|long] FILE...
  --jsonl   one JSON object per file (fields: file, error, lang, site, kicker, headline, deck, byline,
            published, actors, quotes, summary, body, removed)
  --text    the files are plain-text articles (paragraphs separated by blank lines)
  --lang    the article language, instead of detecting it`;

function record(file: string, s: Summary | null, error: string | null) {
  return {
    file, error,
    lang: s?.lang ?? null, site: s?.site ?? null, kicker: s?.kicker ?? null, headline: s?.headline ?? null, deck: s?.deck ?? null,
    byline: s?.byline ?? null, published: s?.published ?? null, actors: s?.actors ?? [], quotes: s?.quotes ?? [],
    summary: s?.summary ?? [], body: s?.body ?? '', removed: s?.removed ?? [],
  };
}

export function main(argv: string[]): number {
  const files: string[] = [];
  const options: FileOptions = {};
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') jsonl = true;
    else if (a === '--text') options.text = true;
    else if (a === '--lang') options.lang = argv[++i] ?? null;
    else if (a === '--length') options.length = argv[++i] as SummaryLength;
    else if (a === '-h' || a === '--help') { console.log(USAGE); return 0; }
    else files.push(a);
  }
  if (!files.length) { console.error(USAGE); return 2; }
  let failures = 0;
  for (const file of files) {
    let summary: Summary | null = null;
    let error: string | null = null;
    try { summary = summariseFile(file, options); } catch (e) { error = (e as Error).message || String(e); failures++; }
    if (jsonl) process.stdout.write(`${JSON.stringify(record(file, summary, error))}\n`);
    else if (error) console.error(`${file}: ${error}`);
    else process.stdout.write(`${toPlainText(summary!)}\n`);
  }
  return jsonl ? 0 : failures ? 1 : 0;
}
