// Finds the first occurrence of a text in the page and shows it: scrolls it into view and highlights
// it for a moment with the CSS Custom Highlight API, which paints a Range without touching the DOM (no
// wrapper element, no class: the page's markup stays exactly as it was). The popup passes this
// function to scripting.executeScript({func}), which sends its source alone into the tab: it must not
// use anything from outside its own body.

export interface HighlightResult {
  found: boolean;
  /** The page's text that was found (the Range's text). */
  text?: string;
  /** False where the browser has no CSS.highlights: the text was only scrolled to. */
  highlighted?: boolean;
}

/**
 * `needles`: the forms to look for (an actor's name and its aliases, or a quote); the earliest
 * occurrence in reading order wins, preferring the article (<article>, <main>) over the whole page.
 * A match must not start or end inside a word. Whitespace differences are ignored.
 */
export function highlightInPage(needles: string[], name: string, durationMs: number): HighlightResult {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
  const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  // Text runs on across these; any other element is a block whose text must not join its neighbour's.
  const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK',
    'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);
  const blockOf = (node: Node) => {
    let el = node.parentElement;
    while (el && INLINE.has(el.tagName)) el = el.parentElement;
    return el;
  };

  function textOf(root: Element) {
    let flat = '';
    const at: [Text, number][] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        if (!parent || SKIP.has(parent.tagName) || parent.closest('[hidden],[aria-hidden="true"]')) return NodeFilter.FILTER_REJECT;
        // Text the reader cannot see (display: none, closed <details>) is no place to scroll to.
        const visible = (parent as Element & { checkVisibility?: () => boolean }).checkVisibility;
        if (visible && !visible.call(parent)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    let block: Element | null = null;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      // Text of separate blocks must not run into one word.
      const nodeBlock = blockOf(node);
      if (block && nodeBlock !== block && !flat.endsWith(' ')) { flat += ' '; at.push([node, 0]); }
      block = nodeBlock;
      for (let i = 0; i < data.length; i++) {
        let c = data[i];
        if (/\s/.test(c)) {
          if (flat.endsWith(' ')) continue;
          c = ' ';
        }
        flat += c;
        at.push([node, i]);
      }
    }
    return { flat, at };
  }

  function firstMatch(root: Element): Range | null {
    const { flat, at } = textOf(root);
    let best = -1;
    let bestLength = 0;
    for (const raw of needles) {
      const needle = norm(raw);
      if (!needle) continue;
      for (let i = flat.indexOf(needle); i >= 0; i = flat.indexOf(needle, i + 1)) {
        if (best >= 0 && i >= best) break;
        if (isWordChar(flat[i - 1]) && isWordChar(needle[0])) continue;
        if (isWordChar(flat[i + needle.length]) && isWordChar(needle[needle.length - 1])) continue;
        best = i; bestLength = needle.length;
        break;
      }
    }
    if (best < 0) return null;
    const range = document.createRange();
    const [startNode, startOffset] = at[best];
    const [endNode, endOffset] = at[best + bestLength - 1];
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, Math.min(endOffset + 1, endNode.data.length));
    return range;
  }

  const article = document.querySelector('article') ?? document.querySelector('main');
  const roots = [article, document.body].filter((r): r is HTMLElement => !!r);
  let range: Range | null = null;
  for (const root of roots) if ((range = firstMatch(root))) break;
  if (!range) return { found: false };

  const target = range.startContainer.parentElement;
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });

  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return { found: true, text: range.toString(), highlighted: false };
  registry.set(name, new HighlightClass(range));
  // One timer per page: a newer highlight cancels the older one's removal.
  const state = globalThis as { __ledeHighlightTimer?: ReturnType<typeof setTimeout> };
  clearTimeout(state.__ledeHighlightTimer);
  state.__ledeHighlightTimer = setTimeout(() => registry.delete(name), durationMs);
  return { found: true, text: range.toString(), highlighted: true };
}
