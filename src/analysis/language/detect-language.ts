// Language of the article: the page's own declaration when it names one we know, else a count of
// function words. Both are cheap and offline; the count needs only a paragraph or two.
import words from '../data/function-words.json';

const LISTS: [string, Set<string>][] = Object.entries(words)
  .filter(([k]) => !k.startsWith('_'))
  .map(([k, v]) => [k, new Set(v as string[])]);

/** The primary subtag of a BCP 47 tag, lowercased ("de-AT" -> "de"), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = tag?.trim().toLowerCase().match(/^([a-z]{2,3})\b/);
  return m ? m[1] : null;
}

export function detectLanguage(text: string): string | null {
  // Sliced before lowercasing: the body of a huge page runs to megabytes.
  const tokens = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 5) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of LISTS) {
    let score = 0;
    for (const t of tokens) if (list.has(t)) score++;
    if (score > bestScore) { best = lang; bestScore = score; }
  }
  return bestScore / tokens.length >= 0.08 ? best : null;
}

/** The declared language when the text agrees with it or is inconclusive, else the detected one. */
export function articleLanguage(declared: string | null | undefined, text: string): string | null {
  const fromPage = primaryLanguage(declared);
  const detected = detectLanguage(text);
  if (!detected) return fromPage;
  return fromPage && fromPage === detected ? fromPage : detected;
}
