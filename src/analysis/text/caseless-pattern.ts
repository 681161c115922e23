// A case-insensitive Unicode pattern (flags "iu") rewritten as a case-sensitive one ("u") that matches
// exactly the same strings: each cased letter becomes the class of the letters it folds with ("s" ->
// [sSſ]). Why: V8 builds the case closure of every character of an /iu pattern through ICU when it
// compiles it, and compiles each pattern twice (bytecode, then native code on its second run). For the
// long phrase alternations of data/noise-phrases.json that cost 25-50 ms in a fresh popup (Chromium),
// against 6-13 ms for the same patterns written out like this. The matching itself does not change.
//
// Only the syntax the phrase data uses is rewritten; for anything else (ranges, \p{…}, back-references,
// named groups, letters outside Latin-1 and Latin Extended-A) the pattern is left as it is, with "iu".

/**
 * Letters whose simple case folding (what /iu compares) reaches beyond their upper- and lowercase form:
 * the Kelvin sign, the long s, the Ångström sign, the capital sharp s. The dotless ı folds with nothing.
 * test/unit/caseless-pattern.test.ts checks every letter of the phrase data against the engine's /iu.
 */
const EXTRA: Record<string, string> = { k: '\u212A', K: '\u212A', s: '\u017F', S: '\u017F', 'å': '\u212B', 'Å': '\u212B', 'ß': '\u1E9E' };

/** The characters that /iu treats as `c` (c itself first), or null when that is not known here. */
export function caseVariants(c: string): string | null {
  if (c === 'ı') return c;
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (c.codePointAt(0)! >= 0x180) return lower === c && upper === c ? c : null;
  let out = c;
  for (const v of [lower, upper, lower.toUpperCase(), upper.toLowerCase()]) if (v.length === 1 && !out.includes(v)) out += v;
  return out + (EXTRA[c] ?? '');
}

// Under /iu the long s and the Kelvin sign are word characters too (they fold to s and k).
const WORD = '\\w\\u017F\\u212A';
const BOUNDARY = `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
const NOT_BOUNDARY = `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;
/**
 * Unicode properties under /iu: letters gain U+0345 (the combining ypogegrammeni, which folds to ι);
 * numbers and punctuation are closed under folding already. Others (\p{Lu}: every cased letter) are not handled.
 */
const PROPERTIES: Record<string, string> = { L: '\\p{L}\\u0345', N: '\\p{N}', P: '\\p{P}' };
/** Escapes that mean the same with and without "i": classes no case folding enters or leaves, and syntax characters. */
const NEUTRAL_ESCAPE = /^[dDsS^$\\.*+?()[\]{}|/nrtfv]$/u;

/** The /u source matching what `source` matches under /iu, or null when the pattern uses syntax not handled here. */
export function caselessSource(source: string): string | null {
  const chars = [...source];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\') {
      const n = chars[++i];
      if (n === undefined) return null;
      if (n === 'b') out += BOUNDARY;
      else if (n === 'B') out += NOT_BOUNDARY;
      else if (n === 'w') out += `[${WORD}]`;
      else if (n === 'W') out += `[^${WORD}]`;
      else if (n === 'p') {
        // (\P{L} is not the complement of the written-out \p{L} under /iu: not handled.)
        const p = property(chars, i);
        if (!p) return null;
        out += `[${p.members}]`;
        i = p.at;
      } else if (NEUTRAL_ESCAPE.test(n)) out += c + n;
      else return null;
    } else if (c === '[') {
      const end = caselessClass(chars, i);
      if (!end) return null;
      out += end.text;
      i = end.at;
    } else if (c === '(' && chars[i + 1] === '?') {
      // Non-capturing groups and lookarounds; a named group ("(?<name>") would have its name rewritten.
      const head = chars.slice(i, i + 4).join('');
      const kind = ['(?<=', '(?<!'].find((k) => head === k) ?? ['(?:', '(?=', '(?!'].find((k) => head.startsWith(k));
      if (!kind) return null;
      out += kind;
      i += kind.length - 1;
    } else if (c === '{') {
      // A quantifier: digits and a comma, copied as they are.
      const close = chars.indexOf('}', i);
      if (close < 0) return null;
      out += chars.slice(i, close + 1).join('');
      i = close;
    } else {
      const v = caseVariants(c);
      if (v === null) return null;
      out += v.length > 1 ? `[${v}]` : c;
    }
  }
  return out;
}

/** The members, under /iu, of the property escape whose letter is at chars[at] ("\p{L}"), and where it ends. */
function property(chars: string[], at: number): { members: string; at: number } | null {
  if (chars[at + 1] !== '{') return null;
  const close = chars.indexOf('}', at);
  if (close < 0) return null;
  const members = PROPERTIES[chars.slice(at + 2, close).join('')];
  return members ? { members, at: close } : null;
}

/** The class that starts at chars[from] ("["), its members' case variants added; null for ranges and escapes not handled. */
function caselessClass(chars: string[], from: number): { text: string; at: number } | null {
  let i = from + 1;
  let text = '[';
  if (chars[i] === '^') { text += '^'; i++; }
  const first = i;
  for (; i < chars.length && chars[i] !== ']'; i++) {
    const c = chars[i];
    if (c === '\\') {
      const n = chars[++i];
      if (n === 'w') text += WORD;
      else if (n === 'p') {
        const p = property(chars, i);
        if (!p) return null;
        text += p.members;
        i = p.at;
      } else if (n !== undefined && n !== 'b' && NEUTRAL_ESCAPE.test(n)) text += c + n;
      else if (n === '-') text += '\\-';
      else return null;
    } else if (c === '-' && i > first && chars[i + 1] !== ']') {
      return null; // a range: its case closure is not worked out here
    } else {
      const v = caseVariants(c);
      if (v === null) return null;
      text += v;
    }
  }
  if (chars[i] !== ']') return null;
  return { text: text + ']', at: i };
}

/** new RegExp(source, flags), with an /iu pattern compiled in its case-sensitive form when it can be. */
export function caselessRegExp(source: string, flags: string): RegExp {
  if (flags.includes('i') && flags.includes('u')) {
    const written = caselessSource(source);
    if (written !== null) return new RegExp(written, flags.replace('i', ''));
  }
  return new RegExp(source, flags);
}
