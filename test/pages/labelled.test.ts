// Actors and quotes of every hand-labelled page in the suite (a `labels.json` beside `source.html*` or `source.txt`),
// scored as the project's evaluation scores them. The figures must not fall below the floor in
// labelled-floor.json: the floor is raised as the analysis improves, never lowered to make a test pass.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseFile } from '../../src/cli/summarise-file';
import { scorePage, totals, type Labels, type PageScore } from './label-metrics';

const here = new URL('.', import.meta.url).pathname;
const floor: Record<string, number> = JSON.parse(readFileSync(join(here, 'labelled-floor.json'), 'utf8'));
const pages = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'labels.json')))
  .map((d) => d.name);

describe('labelled pages', () => {
  const scores: PageScore[] = [];
  it.each(pages)('%s yields actors, and quotes where it has them', (name) => {
    const dir = join(here, name);
    const labels: Labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
    // A plain-text article (a dataset's record, no page) is read as the CLI's --text reads it, in its labelled language.
    const source = ['source.html', 'source.html.gz', 'source.txt'].map((f) => join(dir, f)).find(existsSync)!;
    const summary = summariseFile(source, source.endsWith('.txt') ? { text: true, lang: labels.lang } : {});
    const score = scorePage(labels, summary);
    scores.push(score);
    expect(summary.actors.length, name).toBeGreaterThan(0);
    if (labels.quotes.length) expect(score.qMatched, `${name}: no labelled quote found`).toBeGreaterThan(0);
  });
  it('there are labelled pages in several languages', () => {
    const langs = new Set(pages.map((p) => JSON.parse(readFileSync(join(here, p, 'labels.json'), 'utf8')).lang));
    expect(pages.length).toBeGreaterThanOrEqual(24);
    expect(langs.size).toBeGreaterThanOrEqual(5);
  });
  it('scores at or above the floor', () => {
    expect(scores.length).toBe(pages.length);
    const t = totals(scores);
    const detail = scores.filter((s) => s.missed.length || s.junk.length || s.wrongSpeakers.length)
      .map((s) => `${s.id}: missed ${JSON.stringify(s.missed)} junk ${JSON.stringify(s.junk)} speakers ${JSON.stringify(s.wrongSpeakers)} quotes ${s.qMatched}/${s.qGold} of ${s.qPred}`).join('\n');
    for (const [metric, min] of Object.entries(floor)) {
      if (metric.startsWith('_')) continue;
      expect(t[metric as keyof typeof t], `${metric} ${JSON.stringify(t)}\n${detail}`).toBeGreaterThanOrEqual(min);
    }
  });
});
