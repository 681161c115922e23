// Turns the element Readability returns into plain blocks in reading order.
import type { Block } from '../analysis/types';

const KIND: Record<string, Block['kind']> = {
  P: 'p', H1: 'h', H2: 'h', H3: 'h', H4: 'h', H5: 'h', H6: 'h', BLOCKQUOTE: 'quote', LI: 'li', FIGCAPTION: 'caption', PRE: 'pre',
};
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'FIGURE', 'HEADER', 'TABLE', 'TBODY', 'TR', 'TD', 'TH', 'DL', 'DD', 'DT', 'ASIDE', 'DETAILS']);

export const normalize = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Walks the article element; text that sits directly in a container becomes a paragraph of its own. */
export function blocksFrom(root: Element, limit = Infinity): Block[] {
  const blocks: Block[] = [];
  const walk = (el: Element) => {
    if (blocks.length >= limit) return;
    const kind = KIND[el.tagName];
    // A blockquote or list item that wraps paragraphs is walked, so each paragraph stays a block.
    if (kind && !(kind !== 'p' && el.querySelector('p, li, h2, h3'))) {
      const text = normalize(el.textContent ?? '');
      if (text) blocks.push({ kind, text });
      return;
    }
    let loose = '';
    const flush = () => { const t = normalize(loose); if (t) blocks.push({ kind: 'p', text: t }); loose = ''; };
    for (const child of el.childNodes) {
      if (child.nodeType === 3) loose += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (KIND[c.tagName] || CONTAINERS.has(c.tagName) || c.tagName === 'BR' && /\n|\S/.test(loose) && c.nextSibling?.nodeName === 'BR') { flush(); walk(c); }
        else loose += c.textContent ?? '';
      }
    }
    flush();
  };
  walk(root);
  return blocks;
}
