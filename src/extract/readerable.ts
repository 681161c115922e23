// Whether the page looks like an article (the popup shows "not an article" otherwise, with a way to go on).
// Readability's check asks for paragraphs of 140 characters; a Chinese, Japanese or Korean character
// carries about what three Latin ones do, so a CJK news paragraph of 60 characters is a full one and the
// check would call a real article "not an article". For CJK pages the thresholds scale down accordingly.
import { isProbablyReaderable } from '@mozilla/readability';

const CJK_LANG = /^(zh|ja|ko)\b/i;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Written mostly in CJK script: by its declared language, else by its title or first heading. */
export function isCjkPage(doc: Document): boolean {
  if (CJK_LANG.test(doc.documentElement.getAttribute('lang') ?? '')) return true;
  const sample = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`.replace(/\s+/g, '').slice(0, 200);
  return sample.length >= 4 && (sample.match(CJK_CHAR)?.length ?? 0) >= sample.length * 0.5;
}

export function isReaderable(doc: Document): boolean {
  return isCjkPage(doc)
    ? isProbablyReaderable(doc, { minContentLength: 50, minScore: 12 })
    : isProbablyReaderable(doc);
}
