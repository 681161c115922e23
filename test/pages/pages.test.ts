// The page suite: real pages with expected fields, asserted field by field (see README.md here).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseFile } from '../../src/cli/summarise-file';
import type { Actor, Summary } from '../../src/analysis/types';

interface Expected {
  origin: string;
  lang?: string; site?: string; kicker?: string | null; headline?: string; deck?: string | null; byline?: string | null;
  published?: string;
  bodyStartsWith?: string; bodyEndsWith?: string; bodyIncludes?: string[]; bodyExcludes?: string[];
  removedIncludes?: string[];
  actors?: { name: string; kind?: string; role?: string }[];
  actorsExcluded?: string[];
  quotes?: { text: string; speaker: string | null }[];
  quotesComplete?: boolean;
  summaryIncludes?: string[];
  /** Fields Lede is known to get wrong on this page, each with the reason: asserted with it.fails, so
   *  the suite goes red when one starts passing and the entry must be removed. */
  knownFailures?: Record<string, string>;
}

const here = new URL('.', import.meta.url).pathname;
const pages = readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const names = (a: Actor) => [a.name, ...(a.aliases ?? [])].map((n) => n.toLowerCase());

describe.each(pages)('page %s', (name) => {
  const dir = join(here, name);
  const source = ['source.html', 'source.html.gz', 'source.txt'].map((f) => join(dir, f)).find(existsSync)!;
  const expected: Expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  let s: Summary;
  // A plain-text article (a dataset's record) is read as the CLI's --text reads it, in its stated language.
  const summary = () => (s ??= summariseFile(source, source.endsWith('.txt') ? { text: true, lang: expected.lang } : {}));

  it('has an origin and a source', () => {
    expect(source, 'source.html, source.html.gz or source.txt').toBeTruthy();
    expect(expected.origin).toBeTruthy();
  });
  for (const field of ['lang', 'site', 'kicker', 'headline', 'deck', 'byline'] as const) {
    if (expected[field] === undefined) continue;
    const known = expected.knownFailures?.[field];
    (known ? it.fails : it)(known ? `${field} (known failure: ${known})` : field, () => expect(summary()[field]).toBe(expected[field]));
  }
  if (expected.published) it('published', () => expect(summary().published ?? '').toMatch(new RegExp(`^${expected.published}`)));
  if (expected.bodyStartsWith) it('keeps the first paragraph', () => expect(summary().body.startsWith(expected.bodyStartsWith!), summary().body.slice(0, 200)).toBe(true));
  if (expected.bodyEndsWith) it('keeps the last paragraph', () => expect(summary().body.endsWith(expected.bodyEndsWith!), summary().body.slice(-200)).toBe(true));
  const all = () => [summary().kicker, summary().headline, summary().deck, summary().body].filter(Boolean).join('\n');
  for (const t of expected.bodyIncludes ?? []) it(`includes "${t}"`, () => expect(all()).toContain(t));
  for (const t of expected.bodyExcludes ?? []) it(`drops "${t}"`, () => expect(all()).not.toContain(t));
  for (const t of expected.removedIncludes ?? []) {
    it(`reports "${t}" as removed`, () => expect(summary().removed.some((r) => r.text.includes(t)), JSON.stringify(summary().removed)).toBe(true));
  }
  for (const want of expected.actors ?? []) {
    it(`actor ${want.name}`, () => {
      const top = summary().actors.slice(0, 8);
      const got = top.find((a) => names(a).includes(want.name.toLowerCase()));
      expect(got, `among ${JSON.stringify(top.map((a) => a.name))}`).toBeTruthy();
      if (want.kind) expect(got!.kind).toBe(want.kind);
      if (want.role) expect(words(got!.role ?? '')).toEqual(expect.arrayContaining(words(want.role)));
    });
  }
  for (const junk of expected.actorsExcluded ?? []) {
    it(`no actor "${junk}"`, () => expect(summary().actors.slice(0, 8).map((a) => a.name)).not.toContain(junk));
  }
  for (const q of expected.quotes ?? []) {
    it(`quote "${q.text.slice(0, 40)}…"`, () => {
      const got = summary().quotes.find((x) => x.text === q.text);
      expect(got, JSON.stringify(summary().quotes.map((x) => x.text))).toBeTruthy();
      expect(got!.speaker).toBe(q.speaker);
    });
  }
  if (expected.quotesComplete) it('lists no other quote', () => expect(summary().quotes.length).toBe(expected.quotes?.length ?? 0));
  for (const t of expected.summaryIncludes ?? []) it(`summary has "${t}"`, () => expect(summary().summary.join(' ')).toContain(t));
});
