// An element's text as a reader sees it: what <script>, <style>, <noscript> and <template> hold is markup, not
// words of the page (Cubadebate prints a logo's CSS inside its <h1>: ".alogo{display: block;…}").
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** The same elements as a selector. */
export const NOT_TEXT = 'script, style, noscript, template';
/** Controls a site puts inside its headline ("Add to ..." watchlist link, a bookmark button): labels, not words
 * of the headline. A link to "#" goes nowhere: it is a button drawn as a link. */
const CONTROLS = 'button, [role="button"], a[href="#"]';

export const isTextless = (el: Element) => HIDDEN_TAGS.has(el.tagName);
const isControl = (el: Element) => el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || (el.tagName === 'A' && el.getAttribute('href') === '#');

function textSkipping(el: Element, skip: (el: Element) => boolean): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !skip(c as Element)) walk(c);
    }
  };
  walk(el);
  return out;
}

export function visibleText(el: Element): string {
  const controls = !!el.querySelector(CONTROLS);
  if (!controls && !el.querySelector(NOT_TEXT)) return el.textContent ?? '';
  const text = textSkipping(el, isTextless);
  if (!controls) return text;
  // A headline wholly inside a link to "#" is still the headline.
  const words = textSkipping(el, (e) => isTextless(e) || isControl(e));
  return words.trim() ? words : text;
}
