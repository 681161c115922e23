// Readability drops, before it scores anything, every element whose class or id reads like page furniture
// ("banner", "sidebar", "comment") unless the same words also read like content. A site that names its
// article's container "articulo container-banners" loses the whole article that way, and Readability
// returns a teaser from the sidebar instead (a 627-character body for a 10,000-character article). The
// element that holds most of the page's running paragraphs is the article's: on the working copy it and
// its ancestors lose the class, id and role that Readability would read as furniture.
import { Readability } from '@mozilla/readability';
import { ProseIndex } from './prose';

// Readability's own patterns, read from the library so they stay those of the version that runs.
const { REGEXPS, UNLIKELY_ROLES } = Readability.prototype as unknown as {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  UNLIKELY_ROLES: string[];
};
/** Fewer running paragraphs than this in one element is no article to rescue. */
const MIN_PARAGRAPHS = 3;

export function shieldMainProse(work: Document): void {
  const prose = new ProseIndex();
  const counts = new Map<Element, number>();
  for (const p of work.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (parent && prose.isProse(p)) counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  let main: Element | null = null;
  let most = MIN_PARAGRAPHS - 1;
  for (const [el, n] of counts) if (n > most) { main = el; most = n; }
  for (let el = main; el && el !== work.body && el !== work.documentElement; el = el.parentElement) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (REGEXPS.unlikelyCandidates.test(names) && !REGEXPS.okMaybeItsACandidate.test(names)) { el.removeAttribute('class'); el.removeAttribute('id'); }
    if (UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '')) el.removeAttribute('role');
  }
}
