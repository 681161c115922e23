// The words around a quotation, with every quotation of the paragraph blanked out, split into sentences.
// Blanking (same length, so offsets hold) keeps the full stops inside a quotation from cutting the sentence
// that carries its attribution in two, and keeps a quotation's own words ("er", "sagte") from being taken for
// the attribution. The last mark of a quotation that ends a sentence (. ! ?) is kept, so that
// „Das war keine einfache Diskussion.“ Details … still splits after the quotation.
import abbreviations from '../data/abbreviations.json';
import type { QuoteSpan } from './scan-quote-marks';

const ABBREV = new Set(abbreviations.all);

/** The paragraph with the inside of every span replaced by spaces (the marks themselves stay). */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  if (!spans.length) return text;
  const chars = text.split('');
  for (const s of spans) {
    const from = s.open + 1, to = s.close;
    let keep = -1;
    for (let j = to - 1; j >= from; j--) { if (!/\s/u.test(chars[j])) { if (/[.!?…]/u.test(chars[j])) keep = j; break; } }
    for (let j = from; j < to; j++) if (j !== keep) chars[j] = ' ';
  }
  return chars.join('');
}

const GLUED = /(?<=\p{Ll}{2}|[»”"])[.!?][»”"]?(?=\p{Lu}\p{Ll})|(?<=\p{L})[.!?](?=[«“„])/gu;

/** Start offsets of the sentences of a masked paragraph (the first is always 0). */
export function sentenceStarts(masked: string): number[] {
  const starts = [0];
  // (Straight single marks too: Dutch papers quote 'Wij verwachten dat meer oliebedrijven zullen volgen.' Maar …)
  const re = /[.!?…]+[“”"»«’‘')\]]*\s+(?=[\p{Lu}\p{N}„“"»«‚‘'(¿¡—–-])/gu;
  for (const m of masked.matchAll(re)) {
    const end = m.index!;
    // "Dr. Müller", "z. B. die", "M. Macron": a full stop after an abbreviation or an initial goes on.
    if (masked[end] === '.' && m[0][1] !== '“' && m[0][1] !== '"') {
      const word = masked.slice(Math.max(0, end - 12), end).match(/([\p{L}]+)$/u)?.[1] ?? '';
      if (ABBREV.has(word) || /^\p{Lu}$/u.test(word) || /^\p{Ll}$/u.test(word)) continue;
      // Ordinals: "am 3. Februar".
      if (/\d$/u.test(masked.slice(0, end)) && /^\s*\p{Lu}\p{Ll}+/u.test(masked.slice(end + 1)) && /\b\d{1,2}$/u.test(masked.slice(Math.max(0, end - 3), end))) continue;
    }
    // ("UILTuCS.«Il comune …»": an opening mark glued to the stop opens the next sentence; the blanks after it are the
    // quotation's masked words, not the space between two sentences.)
    const stops = m[0].match(/^[.!?…]+/u)![0].length;
    if (/[«“„]/u.test(masked[end + stops] ?? '') && /\s/u.test(masked[end + stops + 1] ?? '')) { starts.push(end + stops); continue; }
    starts.push(end + m[0].length);
  }
  // A stop glued to the next sentence, as text copied without its paragraph breaks prints it ("l’amministrazione
  // comunale.La replica è affidata …", "… con forza».Dopo la chiusura …"): a word of two lowercase letters or more (or a
  // closing mark), the stop, a capitalised word; or any word, the stop and an opening mark ("… SAVT E UILTuCS.«Il comune …").
  const n = starts.length;
  for (const m of masked.matchAll(GLUED)) starts.push(m.index! + m[0].length);
  if (starts.length === n) return starts;
  starts.sort((a, b) => a - b);
  return starts.filter((x, i) => i === 0 || x !== starts[i - 1]);
}

/** The [start, end) of the sentence holding offset `at`. */
export function sentenceAround(starts: number[], length: number, at: number): [number, number] {
  let lo = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k] <= at) lo = k; else break;
  return [starts[lo], lo + 1 < starts.length ? starts[lo + 1] : length];
}
