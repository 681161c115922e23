// Page bytes to text as a browser decodes them: byte-order mark, else a declared charset, else UTF-8.
// Latin-1 and windows-1252 are one encoding for a browser (WHATWG), with curly quotes and dashes at
// 0x80-0x9F; Node's TextDecoder gives control characters there, so that range is mapped here.
// One exception, for saved pages: a page that declares a single-byte charset (Latin-1, windows-1252, …)
// but whose bytes are valid UTF-8 with multi-byte sequences is UTF-8. Tools that save pages often write
// UTF-8 and keep the original <meta charset>; a browser had the server's header to go by, the CLI has
// only the bytes. Text in a real single-byte charset is almost never valid UTF-8 by chance ("fÃ¼r" would
// need the bytes of "ü" to follow "Ã" exactly), so the test is safe.
import { gunzipSync } from 'node:zlib';

/** Labels of single-byte encodings (WHATWG names and their common aliases). */
const SINGLE_BYTE = /^(?:iso[-_]?8859[-_]?\d+|latin[-_]?\d|l\d|windows-125\d|cp125\d|cp819|ibm819|us-ascii|ascii|ansi_x3\.4-1968|koi8[-_]?[ru]|macintosh|x-mac-\w+)$/i;

/** True when the bytes hold at least one multi-byte UTF-8 sequence and are valid UTF-8 throughout. */
export function isMultiByteUtf8(buf: Uint8Array): boolean {
  if (!buf.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** The labels a browser decodes as windows-1252 (WHATWG Encoding: latin1, ISO-8859-1 and US-ASCII included). */
const WINDOWS_1252 = /^(?:windows-1252|cp1252|x-cp1252|iso[-_]?8859[-_]?1|iso8859-1|iso_8859-1:1987|latin1|l1|cp819|ibm819|us-ascii|ascii|ansi_x3\.4-1968|iso-ir-100|csisolatin1)$/i;
/** Bytes 0x80-0x9F in windows-1252 ("“", "–", "€"): Node decodes them as C1 controls, a browser does not. */
const CP1252_HIGH = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

function decodeWindows1252(buf: Uint8Array): string {
  return new TextDecoder('latin1').decode(buf).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

/** How far a page's <head> is searched for its charset: past long inline scripts and styles, not a whole huge page. */
const HEAD_BYTES = 65_536;

export function decodeBytes(input: Buffer, name = ''): string {
  let buf = input;
  if (name.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b)) buf = gunzipSync(buf);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  // The declaration is looked for in the whole <head>, not only its first bytes: pages put it after long
  // comments, scripts and styles (El Periódico declares iso-8859-15 at byte 4,734), and a browser that meets a
  // late declaration re-reads the page in it.
  const start = buf.subarray(0, HEAD_BYTES).toString('latin1');
  const end = start.search(/<\/head\s*>|<body[\s>]/i);
  const head = end >= 0 ? start.slice(0, end) : start;
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  if (label && SINGLE_BYTE.test(label) && isMultiByteUtf8(buf)) return new TextDecoder('utf-8').decode(buf);
  if (label && WINDOWS_1252.test(label)) return decodeWindows1252(buf);
  try { return new TextDecoder(label ?? 'utf-8').decode(buf); } catch { return new TextDecoder('utf-8').decode(buf); }
}
