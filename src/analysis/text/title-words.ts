// Words of a title for comparing two titles that may differ in punctuation, case and a word or two.
// Chinese and Japanese write no spaces, so each of their characters counts as a word.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function titleWords(s: string | null | undefined): string[] {
  const out: string[] = [];
  for (const w of (s ?? '').replace(/\u00ad/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(w)) out.push(...[...w]);
    else out.push(w);
  }
  return out;
}

/** Of a's words, the share that b also has (0 when a has none). */
export function sharedShare(a: string | null | undefined, b: string | null | undefined): number {
  const wa = titleWords(a);
  if (!wa.length) return 0;
  const wb = new Set(titleWords(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

/** How many of a's words b also has. */
export function sharedCount(a: string | null | undefined, b: string | null | undefined): number {
  const wb = new Set(titleWords(b));
  return titleWords(a).filter((w) => wb.has(w)).length;
}
