// Readability drops, before it scores anything, every element whose class or id reads like page furniture
// ("banner", "sidebar", "comment") unless the same words also read like content. A site that names its
// article's container "articulo container-banners" loses the whole article that way, and Readability
// returns a teaser from the sidebar instead (a 627-character body for a 10,000-character article). The
// element that holds most of the page's running paragraphs is the article's: on the working copy it and
// its ancestors lose the class, id and role that Readability would read as furniture.
import { ProseIndex } from './prose';

// Readability 0.6.0's own patterns (REGEXPS.unlikelyCandidates, okMaybeItsACandidate, unlikelyRoles).
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
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
    if (UNLIKELY.test(names) && !MAYBE.test(names)) { el.removeAttribute('class'); el.removeAttribute('id'); }
    if (UNLIKELY_ROLES.has(el.getAttribute('role') ?? '')) el.removeAttribute('role');
  }
}
