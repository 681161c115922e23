// Content words for comparing sentences: lowercased, function words dropped, and cut to a short
// prefix so that "Russland"/"Russlands" or "sanction"/"sanctions" count as one word without a stemmer.
import words from '../data/function-words.json';

const STOP = new Set(Object.entries(words).filter(([k]) => !k.startsWith('_')).flatMap(([, v]) => v as string[]));
const PREFIX = 6;

export function contentWords(text: string, _lang = 'en'): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.slice(0, PREFIX));
  }
  return out;
}

/** Share of `a`'s words that are also in `b` (0 when `a` is empty). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}
