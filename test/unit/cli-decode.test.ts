// Saved pages whose bytes and declared charset disagree (issue 13): tools often write UTF-8 and keep the
// page's <meta charset="ISO-8859-1">. The CLI has only the bytes; valid multi-byte UTF-8 is UTF-8.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeBytes, isMultiByteUtf8 } from '../../src/cli/decode';

const page = (charset: string, headline: string) => `<html><head><meta charset="${charset}"><title>${headline}</title></head><body><h1>${headline}</h1></body></html>`;

describe('a declared single-byte charset over UTF-8 bytes', () => {
  const cases: { origin: string; charset: string; headline: string }[] = [
    { origin: 'dates mediacloud-1653186688 (Spanish sports page, declares ISO-8859-1, holds UTF-8)', charset: 'ISO-8859-1', headline: 'Andrés Iniesta: "Los recuerdos son mágicos"' },
    { origin: 'dates mediacloud-1808293409 (German culture page, declares windows-1252, holds UTF-8)', charset: 'windows-1252', headline: '«Tatort» aus München: 30 Jahre Leitmayr und Batic' },
    { origin: 'dates mediacloud-1511056469 (Polish page, declares ISO-8859-2, holds UTF-8)', charset: 'ISO-8859-2', headline: 'Jest nowy prezes Grupy Lotos. Ma doświadczenie na kierowniczych stanowiskach' },
  ];
  for (const c of cases) {
    it(c.origin, () => {
      const text = decodeBytes(Buffer.from(page(c.charset, c.headline), 'utf8'));
      expect(text).toContain(`<h1>${c.headline}</h1>`);
      expect(text).not.toMatch(/Ã|Å/);
    });
  }
  it('the same, gzip-compressed', () => {
    const c = cases[0];
    expect(decodeBytes(gzipSync(Buffer.from(page(c.charset, c.headline), 'utf8')), 'page.html.gz')).toContain(c.headline);
  });
});

describe('a page really in its declared charset stays as declared', () => {
  it('Latin-1 "für" (one byte 0xFC) is not valid UTF-8, so Latin-1 decodes it', () => {
    const bytes = Buffer.from(page('ISO-8859-1', 'Rückbau: Kühltürme für immer gesprengt'), 'latin1');
    expect(isMultiByteUtf8(bytes)).toBe(false);
    expect(decodeBytes(bytes)).toContain('<h1>Rückbau: Kühltürme für immer gesprengt</h1>');
  });
  it('windows-1252 quotation marks (0x93, 0x94) decode as the page declares', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93]), Buffer.from('Nicht mehr viel zu verlieren'), Buffer.from([0x94]), Buffer.from('</p>')]);
    expect(decodeBytes(bytes)).toContain('<p>“Nicht mehr viel zu verlieren”</p>');
  });
  it('ISO-8859-1 is windows-1252 to a browser: 0x96 is an en dash, not a control character', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>Brand in Betrieb in Lichterfelde '), Buffer.from([0x96]), Buffer.from(' Starke Rauchentwicklung</p>')]);
    expect(decodeBytes(bytes)).toContain('<p>Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung</p>');
  });
  it('pure ASCII is not "multi-byte UTF-8": the declared charset applies', () => {
    expect(isMultiByteUtf8(Buffer.from(page('ISO-8859-1', 'Plain headline'), 'latin1'))).toBe(false);
  });
  it('a Shift_JIS page is not touched (not a single-byte charset)', () => {
    const bytes = Buffer.from([...Buffer.from('<meta charset="Shift_JIS"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</p>')]);
    expect(decodeBytes(bytes)).toContain('<p>日本</p>');
  });
});

describe('a charset declared late in the <head>', () => {
  it('fs13d elperiodico.com: iso-8859-15 declared after 4 kB of scripts and styles is still the page\'s charset', () => {
    const filler = `<script>/* ${'x'.repeat(5000)} */</script>`;
    const html = `<html><head>${filler}<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15" /><title>t</title></head><body><h1>La exministra Ana Mato tendrá que comparecer el lunes en el juicio de la 'Gürtel'</h1></body></html>`;
    expect(decodeBytes(Buffer.from(html, 'latin1'))).toContain("<h1>La exministra Ana Mato tendrá que comparecer el lunes en el juicio de la 'Gürtel'</h1>");
  });
  it('a declaration in the body (an embedded snippet\'s) is not the page\'s', () => {
    const html = `<html><head><title>t</title></head><body><h1>Kühltürme</h1><pre>&lt;meta charset="iso-8859-1"&gt;</pre><meta charset="iso-8859-1"></body></html>`;
    expect(decodeBytes(Buffer.from(html, 'utf8'))).toContain('<h1>Kühltürme</h1>');
  });
});
