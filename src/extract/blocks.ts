// Turns the element Readability returns into plain blocks in reading order.
import type { Block } from '../analysis/types';
import { dropInvisibleBreaks } from '../analysis/text/invisible-breaks';

const KIND: Record<string, Block['kind']> = {
  P: 'p', H1: 'h', H2: 'h', H3: 'h', H4: 'h', H5: 'h', H6: 'h', BLOCKQUOTE: 'quote', LI: 'li', FIGCAPTION: 'caption', PRE: 'pre',
  DT: 'p', DD: 'p',
};
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'FIGURE', 'HEADER', 'FOOTER', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'DL', 'ASIDE', 'DETAILS', 'CENTER', 'FORM', 'FIELDSET', 'HGROUP']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT']);
/** Elements that sit inside a line of text: no space is added around them. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'LABEL']);

export const normalize = (s: string) => dropInvisibleBreaks(s).replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** An element's text with a space wherever a block or cell boundary sits, so words never run together. */
export function spacedText(el: Element): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === 3) { out += n.nodeValue ?? ''; return; }
    if (n.nodeType !== 1 || SKIP.has((n as Element).tagName)) return;
    const tag = (n as Element).tagName;
    if (tag === 'BR') { out += ' '; return; }
    const block = !INLINE.has(tag);
    if (block) out += ' ';
    for (const c of n.childNodes) visit(c);
    if (block) out += ' ';
  };
  visit(el);
  return normalize(out);
}

/**
 * Walks the article element; text that sits directly in a container becomes a paragraph of its own.
 * Text inside a figure (its caption, a credit or a legend beside the picture) is a caption, whatever
 * element holds it.
 */
export function blocksFrom(root: Element, limit = Infinity): Block[] {
  const blocks: Block[] = [];
  let inFigure = 0;
  const push = (kind: Block['kind'], text: string) => { if (text) blocks.push({ kind: inFigure && kind !== 'quote' ? 'caption' : kind, text }); };
  const walk = (el: Element) => {
    if (blocks.length >= limit || SKIP.has(el.tagName)) return;
    if (el.tagName === 'FIGURE') { inFigure++; try { walkInside(el); } finally { inFigure--; } return; }
    // A quotation set in a figure (a pull quote, an embedded post), or a long caption of several
    // paragraphs (a gallery told slide by slide; a photo's caption and credit stay well under 50
    // words), is text, not a picture's caption.
    if (inFigure && (el.tagName === 'BLOCKQUOTE' || (el.tagName === 'FIGCAPTION' && el.querySelectorAll('p').length >= 2 && spacedText(el).split(' ').length >= 50))) {
      const outer = inFigure;
      inFigure = 0;
      try { walkInside(el); } finally { inFigure = outer; }
      return;
    }
    walkInside(el);
  };
  const walkInside = (el: Element) => {
    // A table row is one line of text, its cells side by side, as the reader sees it.
    if (el.tagName === 'TR') { push('p', spacedText(el)); return; }
    const kind = KIND[el.tagName];
    // A blockquote or list item that wraps paragraphs is walked, so each paragraph stays a block.
    if (kind && !(kind !== 'p' && el.querySelector('p, li, h2, h3, tr'))) {
      push(kind, spacedText(el));
      return;
    }
    let loose = '';
    const flush = () => { push('p', normalize(loose)); loose = ''; };
    for (const child of el.childNodes) {
      if (child.nodeType === 3) loose += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (KIND[c.tagName] || CONTAINERS.has(c.tagName) || c.tagName === 'TR' || (c.tagName === 'BR' && /\n|\S/.test(loose) && c.nextSibling?.nodeName === 'BR')) { flush(); walk(c); }
        else if (INLINE.has(c.tagName)) loose += c.textContent ?? '';
        else if (!SKIP.has(c.tagName)) loose += ` ${spacedText(c)} `;
      }
    }
    flush();
  };
  walk(root);
  return blocks;
}
