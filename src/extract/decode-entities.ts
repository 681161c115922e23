// Character references left escaped in JSON-LD strings ("R&uuml;ckbau", "zerst&amp;ouml;ren": some sites
// escape twice). Decoded from a table, never by handing page text to an HTML parser: no markup sink, and
// nothing in the string can come alive.
import data from '../analysis/data/html-entities.json';

const NAMED: Record<string, string> = data.entities;
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi;

function fromCodePoint(n: number, printed: string): string {
  // Nothing invisible or invalid comes from a number: NUL, surrogates and beyond Unicode stay as printed.
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : printed;
}

function decodeOnce(s: string): string {
  return s.replace(REFERENCE, (printed, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(Number(dec), printed);
    if (hex) return fromCodePoint(parseInt(hex, 16), printed);
    return Object.hasOwn(NAMED, name!) ? NAMED[name!] : printed;
  });
}

/** Decodes named and numeric references, twice at most (a string escaped twice). */
export function decodeEntities(s: string): string {
  let out = s;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
