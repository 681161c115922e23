// The Markdown the copy button writes and the text the CLI prints. The summary below is the seed page's
// (test/pages/handelsblatt-nato-seed: Handelsblatt, 12 January 2022), fields as expected.json gives them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Summary } from '../../src/analysis/types';
import { seedSummary } from './seed-summary';
import { escapeMarkdown, safeUrl, toMarkdown, toPlainText } from '../../src/format/format-summary';

const seed = JSON.parse(readFileSync(new URL('../pages/handelsblatt-nato-seed/expected.json', import.meta.url), 'utf8'));
const summary: Summary = seedSummary([{ text: 'Teilen per: Facebook Twitter', reason: 'share links' }]);

describe('toMarkdown', () => {
  const md = toMarkdown(summary);
  it.each([
    ['the kicker, bold, above the headline', '**Ukraine-Krise**\n\n# Nato: Gibt signifikante Differenzen mit Russland'],
    ['the deck in italics', `*${seed.deck}*`],
    ['site, ISO day and source link on one line', `Handelsblatt · 2022-01-12 · <${summary.url}>`],
    ['the summary under its heading', `## Summary\n\n${summary.summary[0]}`],
    ['a person with the role the article gives', '- **Jens Stoltenberg** — Nato-Generalsekretär'],
    ['an actor without a role, with its kind', '- **Nato** (organisation)'],
    ['a quote with its speaker', '> “Das war keine einfache Diskussion.” — Jens Stoltenberg'],
    ['the last quote', '> “Wenn man sich die Landkarte anschaut, sind die baltischen Staaten eine Nato-Halbinsel, und deshalb haben wir unsere Sorgen.” — Kaja Kallas'],
  ])('has %s', (_what, text) => expect(md).toContain(text));

  it('leaves out what the popup does not show (the removed noise)', () => expect(md).not.toContain('Teilen per'));
  it('says so when a section is empty', () => {
    const empty = toMarkdown({ ...summary, actors: [], quotes: [], summary: [] });
    expect(empty).toContain('## Key actors\n\n(none found)');
    expect(empty).toContain('## Quotes\n\n(no direct quotes)');
    expect(empty).toContain('## Summary\n\n(no summary)');
  });
  it('writes no link for an address that is not http(s)', () => {
    expect(toMarkdown({ ...summary, url: 'javascript:alert(1)' })).not.toContain('javascript');
  });
});

describe('escapeMarkdown keeps page text as text', () => {
  it.each([
    ['link syntax', '*click* [here](javascript:alert(1))', '\\*click\\* \\[here\\]\\(javascript:alert\\(1\\)\\)'],
    ['an HTML tag', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['a heading mark', '# Breaking', '\\# Breaking'],
    ['a numbered-list start', '2022. Ein Jahr', '\\2022. Ein Jahr'],
    ['a line break that would end a blockquote', 'eins\n# zwei', 'eins \\# zwei'],
  ])('%s', (_what, input, output) => expect(escapeMarkdown(input)).toBe(output));
});

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['file:///etc/passwd', null],
    ['not a url', null],
    [null, null],
  ])('%s -> %s', (input, output) => expect(safeUrl(input)).toBe(output));
});

describe('toPlainText', () => {
  it('has the same content without Markdown', () => {
    const text = toPlainText(summary);
    expect(text.startsWith('Ukraine-Krise\n\nNato: Gibt signifikante Differenzen mit Russland\n')).toBe(true);
    expect(text).toContain('- Kaja Kallas — Estlands Ministerpräsidentin');
    expect(text).not.toMatch(/\*\*|\\-/);
  });
});
