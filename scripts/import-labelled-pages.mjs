// Copies the hand-labelled pages of ../shared/corpus/labelled (and their HTML from the fundus corpus)
// into the page suite, so the suite asserts their actors and quotes on a clone without ../shared.
// Run once, or again when the shared labels change: node scripts/import-labelled-pages.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const labelled = join(root, '..', 'shared', 'corpus', 'labelled');
for (const line of readFileSync(join(labelled, 'gold.jsonl'), 'utf8').trim().split('\n')) {
  const { file, ...labels } = JSON.parse(line);
  const dir = join(root, 'test', 'pages', labels.id);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(labelled, file), join(dir, 'source.html.gz'));
  writeFileSync(join(dir, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({
    origin: `shared/corpus/labelled/${labels.id}.json (labels, this project's own) and shared/corpus/fundus/html/${labels.id}.html.gz (the page, from flairNLP/fundus at 18da6e5; it belongs to its publisher)`,
    lang: labels.lang,
  }, null, 2)}\n`);
}
