// What the popup must show on the seed article, shared by the Chromium and Firefox tests.
// Two layers: the popup shows exactly what the analysis makes of the page (browser-side behaviour,
// strict), and the analysis finds the seed page's expected fields (may fail while the analysis is
// being improved: those failures belong to src/analysis, not to the popup).
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Summary } from '../../../src/analysis/types';
import { readableDay } from '../../../src/format/format-date';
import { MAX_ACTORS } from '../../../src/shared/settings';
import type { PopupView } from './read-popup';
import { SEED_EXPECTED } from './serve-pages';

export const seedExpected = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as {
  kicker: string; headline: string; deck: string; site: string;
  actors: { name: string; role?: string }[]; quotes: { text: string; speaker: string }[];
};

const KIND_LABEL: Record<string, string> = { person: 'person', organization: 'organisation', place: 'place' };

/** Elements the popup may contain: its own markup only, never a page's (img, script, iframe, a page's divs …). */
const POPUP_TAGS = new Set(['div', 'main', 'header', 'footer', 'section', 'p', 'h1', 'h2', 'span', 'time', 'a', 'ul', 'li',
  'blockquote', 'details', 'summary', 'button', 'kbd', 'em', 'form', 'fieldset', 'legend', 'label', 'input', 'dl', 'dt', 'dd']);

export function expectPopupShowsSummary(view: PopupView, summary: Summary, pageUrl: string): void {
  expect(view.view, 'the summary view').toBe('summary');
  expect(view.kicker).toBe(summary.kicker);
  expect(view.headline).toBe(summary.headline);
  expect(view.deck).toBe(summary.deck);
  expect(view.meta, 'site and date under the headline').toContain(summary.site ?? '');
  if (summary.published) expect(view.meta).toContain(readableDay(summary.published, 'en-US'));
  expect(view.sourceHref, 'the link to the page').toBe(pageUrl);
  expect(view.summary).toBe(summary.summary.join(' '));
  expect(view.actors, `the first ${MAX_ACTORS} ranked actors`).toEqual(summary.actors.slice(0, MAX_ACTORS).map((a) => ({ name: a.name, detail: a.role ?? KIND_LABEL[a.kind] })));
  expect(view.quotes).toEqual(summary.quotes.map((q) => ({ text: q.text, speaker: q.speaker ?? 'Speaker not named' })));
  expect(view.removedCount, 'every removed block listed').toBe(summary.removed.length);
  expect(view.removedOpen, 'removed noise collapsed by default').toBe(false);
  expect(view.buttons).toContain('Copy summary');
  expect(view.tags.filter((t) => !POPUP_TAGS.has(t)), 'no markup but the popup’s own').toEqual([]);
}

export function expectSeedFields(view: PopupView): void {
  expect(view.kicker).toBe(seedExpected.kicker);
  expect(view.headline).toBe(seedExpected.headline);
  expect(view.deck).toBe(seedExpected.deck);
  expect(view.meta).toContain(seedExpected.site);
  expect(view.summary?.length, 'a summary').toBeGreaterThan(80);
  const shown = view.actors.map((a) => a.name);
  for (const a of seedExpected.actors) {
    expect(shown, `actor ${a.name}`).toContain(a.name);
    if (a.role) expect(view.actors.find((x) => x.name === a.name)?.detail, `role of ${a.name}`).toContain(a.role);
  }
  for (const q of seedExpected.quotes) expect(view.quotes, `quote “${q.text.slice(0, 30)}…”`).toContainEqual({ text: q.text, speaker: q.speaker });
}

/** The Markdown on the clipboard: everything the popup shows. */
export function expectCopiedMarkdown(markdown: string, expected: string, view: PopupView): void {
  expect(markdown).toBe(expected);
  expect(markdown).toContain(`# ${view.headline}`);
  expect(markdown).toContain(`**${view.kicker}**`);
  for (const q of view.quotes) expect(markdown).toContain(q.text);
  for (const a of view.actors) expect(markdown).toContain(a.name);
}
