// What the copy writes besides Markdown: plain text, HTML built from escaped text (never page markup),
// the sections the reader keeps, at most 8 actors, headings in the interface's language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Summary } from '../../src/analysis/types';
import { seedSummary } from './seed-summary';
import { escapeHtml, toHtml, toMarkdown, ENGLISH_LABELS } from '../../src/format/format-summary';
import { clipboardPayload, shownSummary } from '../../src/format/clipboard-payload';
import { DEFAULT_SETTINGS, MAX_ACTORS, withChange } from '../../src/shared/settings';

const seed = JSON.parse(readFileSync(new URL('../pages/handelsblatt-nato-seed/expected.json', import.meta.url), 'utf8'));
const summary: Summary = seedSummary();
// test/e2e/pages/markup-in-text.html: page text that looks like markup.
const hostile: Summary = {
  ...summary, headline: 'Flaw let attackers post <img src=x onerror=alert(1)> into comments', deck: 'Tom & Jerry "quoted" \'single\'',
  quotes: [{ text: 'We saw <b onmouseover=alert(1)>hello</b> in the field', speaker: '<script>x</script>' }],
  url: 'javascript:alert(1)',
};
const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('toHtml', () => {
  it('turns page text that looks like markup into text, never elements', () => {
    const body = parse(toHtml(hostile));
    expect([...body.querySelectorAll('img, b, script')]).toEqual([]);
    expect(body.querySelector('h1')?.textContent).toBe(hostile.headline);
    expect(body.querySelector('blockquote')?.textContent).toContain('<b onmouseover=alert(1)>hello</b>');
    expect(body.querySelector('a'), 'no link for a javascript: address').toBeNull();
  });
  it('has the headline, a link to the page, the summary, actors with roles and quotes with speakers', () => {
    const body = parse(toHtml(summary));
    expect(body.querySelector('h1')?.textContent).toBe(seed.headline);
    expect(body.querySelector('a')?.getAttribute('href')).toBe(summary.url);
    expect([...body.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Summary', 'Key actors', 'Quotes']);
    expect(body.querySelector('li')?.textContent).toBe('Jens Stoltenberg — Nato-Generalsekretär');
    expect(body.querySelectorAll('blockquote').length).toBe(seed.quotes.length);
  });
  it('escapes the five HTML characters', () => expect(escapeHtml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;'));
});

describe('sections and labels', () => {
  it('leaves out the sections switched off, in every format', () => {
    const sections = { summary: true, actors: false, quotes: false, removed: true };
    expect(toMarkdown(summary, { sections })).not.toContain('## Key actors');
    expect(toMarkdown(summary, { sections })).not.toContain('## Quotes');
    expect(toMarkdown(summary, { sections })).toContain('## Summary');
    expect(toHtml(summary, { sections })).not.toContain('<blockquote>');
  });
  it('writes its headings in the labels given (the German interface)', () => {
    const de = { ...ENGLISH_LABELS, summary: 'Zusammenfassung', actors: 'Wichtige Akteure', quotes: 'Zitate' };
    expect(toMarkdown(summary, { labels: de })).toContain('## Wichtige Akteure\n\n- **Jens Stoltenberg** — Nato-Generalsekretär');
  });
});

describe('clipboardPayload', () => {
  const many: Summary = { ...summary, actors: Array.from({ length: 12 }, (_, i) => ({ name: `Person ${i + 1}`, kind: 'person' as const, role: null, mentions: 12 - i })) };
  it(`keeps the first ${MAX_ACTORS} ranked actors, as the popup shows them`, () => {
    expect(shownSummary(many).actors.map((a) => a.name)).toEqual(many.actors.slice(0, MAX_ACTORS).map((a) => a.name));
    const text = clipboardPayload(many, DEFAULT_SETTINGS).text;
    expect(text).toContain('Person 8');
    expect(text).not.toContain('Person 9');
  });
  it.each([
    ['markdown', (p: { text: string; html: string | null }) => p.text.startsWith('**Ukraine-Krise**') && p.html === null],
    ['text', (p: { text: string; html: string | null }) => p.text.startsWith('Ukraine-Krise\n') && !p.text.includes('**') && p.html === null],
    ['html', (p: { text: string; html: string | null }) => p.text.startsWith('Ukraine-Krise\n') && !!p.html?.startsWith('<p><strong>Ukraine-Krise</strong></p>')],
  ] as const)('writes %s as chosen', (format, check) => {
    expect(check(clipboardPayload(summary, withChange(DEFAULT_SETTINGS, { copyFormat: format })))).toBe(true);
  });
});
