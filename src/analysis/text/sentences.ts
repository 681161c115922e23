// Sentence splitting that holds for German, French, Spanish and Italian as well as English.
// Intl.Segmenter (ICU) does the heavy lifting offline; on its own it breaks after "Dr.", "z. B.",
// "am 3. Februar", "5 Mio. Euro" or "M. Macron", so segments ending in such a token are merged again.
import abbreviations from '../data/abbreviations.json';

// Case matters: "No." is an abbreviation, "no." ends a Spanish sentence.
const ABBREV = new Set(abbreviations.all);
const ACRONYM_HEADS = new Set(abbreviations.acronymHeads);
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try { s = new Intl.Segmenter(lang, { granularity: 'sentence' }); } catch { s = new Intl.Segmenter('en', { granularity: 'sentence' }); }
    segmenters.set(lang, s);
  }
  return s;
}

/** True when a segment ends in a full stop that does not end the sentence. */
function endsInsideSentence(segment: string, next: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const nextStart = next.trimStart();
  // A lowercase continuation never starts a sentence ("… 5 Mio. euro", "… ca. zehn").
  if (/^[\p{Ll}]/u.test(nextStart)) return true;
  const last = trimmed.slice(0, -1).match(/(\S+)$/)?.[1] ?? '';
  const word = last.replace(/^[\p{P}]+/u, '');
  // Ordinals and dates: "am 3. Februar", "Nr. 1." ends only when the next one is a new sentence start.
  if (/^\d{1,2}$/.test(word) && /^\p{Lu}\p{Ll}+/u.test(nextStart) && MONTH.test(nextStart)) return true;
  if (/^\d{1,2}$/.test(word) && /^\d/.test(nextStart)) return true;
  // Initials and abbreviations: "M. Macron", "Dr. Müller", "z. B. die".
  if (ABBREV.has(word)) return true;
  // A dotted acronym ("U.S.") ends a sentence often ("… moved to the U.S. He said"), but not before a
  // word that continues its title or institution ("the U.S. Attorney for …", "U.S. Army").
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && ACRONYM_HEADS.has(nextStart.match(/^[\p{L}'’-]+/u)?.[0] ?? '')) return true;
  // Two-letter abbreviations written with a space: "z. B.", "u. a.", "d. h.", "v. a.".
  if (/^\p{Ll}$/u.test(word) && /^\p{L}\./u.test(nextStart)) return true;
  if (/(^|\s)\p{Ll}\.\s?\p{L}\.$/u.test(trimmed)) return true;
  if (/^\p{Lu}$/u.test(word)) return true;
  return false;
}

const MONTH = /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jahrhunderts|Bundesliga|Spieltag|Liga|Runde|Platz|Stock|Mal|Klasse)\b/u;

// The actors (twice: finding, then ranking) and the lead summary each split the same paragraphs, and
// ICU's segmenter is a large share of the analysis: each paragraph is split once per language. Bounded
// by characters held, so a huge page cannot grow it without limit (it then starts over).
const CACHE_CHARS = 4_000_000;
const cache = new Map<string, Map<string, readonly string[]>>();
let cachedChars = 0;

/** Splits a paragraph into sentences, keeping every character (trimmed) so offsets stay recoverable. */
export function splitSentences(text: string, lang = 'en'): readonly string[] {
  let byText = cache.get(lang);
  const hit = byText?.get(text);
  if (hit) return hit;
  if (cachedChars + text.length > CACHE_CHARS) { cache.clear(); cachedChars = 0; byText = undefined; }
  if (!byText) cache.set(lang, byText = new Map());
  const out = Object.freeze(split(text, lang));
  byText.set(text, out);
  cachedChars += text.length;
  return out;
}

function split(text: string, lang: string): string[] {
  const parts = [...segmenter(lang).segment(text)].map((s) => s.segment);
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < parts.length; i++) {
    current += parts[i];
    const next = parts[i + 1];
    if (next !== undefined && endsInsideSentence(current, next)) continue;
    if (current.trim()) out.push(current.trim());
    current = '';
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
