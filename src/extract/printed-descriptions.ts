// Which of the page's descriptions it prints. A meta or JSON-LD description that the page never shows (a
// tooltip on the h1, a site-wide summary, a social teaser written for sharing) is no standfirst: the deck is
// what a reader sees set apart under the headline. Only the page's top is read: a standfirst sits near the
// headline, and a huge page must not cost a walk over all its text.
import { isTextless } from './visible-text';

/** Characters of the page's text read from the top: far past any header, never a whole huge page. */
const MAX_TEXT = 200_000;
/** The description's opening, as compared: enough to be its own, short enough to survive a "…" cut. */
const OPENING = 60;

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function printedDescriptions(doc: Document, descriptions: (string | null | undefined)[]): string[] {
  const wanted = [...new Set(descriptions.filter((d): d is string => !!d && !!d.trim()))];
  if (!wanted.length || !doc.body) return [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n && text.length < MAX_TEXT; n = walker.nextNode()) {
    if (n.parentElement && isTextless(n.parentElement)) continue;
    text += ` ${n.nodeValue ?? ''}`;
  }
  const page = ` ${squash(text)} `;
  return wanted.filter((d) => {
    const opening = squash(d).slice(0, OPENING).replace(/\s\S*$/, '');
    return opening.length >= 8 && page.includes(` ${opening}`);
  });
}
