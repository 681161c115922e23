// An element's text as a reader sees it: what <script>, <style>, <noscript> and <template> hold is markup, not
// words of the page (Cubadebate prints a logo's CSS inside its <h1>: ".alogo{display: block;…}").
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** The same elements as a selector. */
export const NOT_TEXT = 'script, style, noscript, template';

export const isTextless = (el: Element) => HIDDEN_TAGS.has(el.tagName);

export function visibleText(el: Element): string {
  if (!el.querySelector(NOT_TEXT)) return el.textContent ?? '';
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !isTextless(c as Element)) walk(c);
    }
  };
  walk(el);
  return out;
}
