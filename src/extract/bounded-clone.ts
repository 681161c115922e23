// The copy of the page that Readability is allowed to rewrite, bounded so that a huge or hostile page
// cannot hang the tab: at most `maxElements` elements (the rest of the page is left out, and the caller
// says so), and wrapper elements nested deeper than `maxDepth` are flattened away (their content stays).
// Readability walks ancestors for every node, so a DOM 5,000 levels deep costs it seconds; real articles
// nest a few dozen levels. The copy is made without recursion, so depth cannot overflow the stack either.

export interface CloneLimits {
  maxElements: number;
  maxDepth: number;
  /** Characters of text: the analysis costs about 10 ms per KB, and the popup must answer within 2 s. */
  maxChars: number;
}

export interface BoundedClone {
  doc: Document;
  /** Elements of the page left out because the budget ran out. */
  skipped: number;
  /** Elements of the page in all. */
  total: number;
  /** Wrapper elements flattened because they were nested too deep. */
  flattened: number;
}

export const DEFAULT_LIMITS: CloneLimits = { maxElements: 15_000, maxDepth: 120, maxChars: 120_000 };

/** How much of the text budget a text takes: its characters, a run of spaces or indentation counted as
 *  one (a pretty-printed page can hold more indentation than words: a news page with 160,000 characters
 *  of it before its article). */
export const textWeight = (text: string) => (/\s\s/.test(text) ? text.replace(/\s{2,}/g, ' ').length : text.length);

/** A text node's text, cut where the text budget runs out (`left` characters): a single text node can be
 *  most of a page (one paragraph of 300 KB), and the rest would only cost the page's thread, the
 *  transfer and the analysis. Only what is kept is read from the node. */
export function budgetedText(node: CharacterData, left: number): string {
  return node.length > left ? node.substringData(0, Math.max(0, left)) : node.data;
}

/** Never copied: Readability removes them anyway, and they can be most of a large page. */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Kept however deep they sit: they carry the article's own structure. */
export const STRUCTURE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'ARTICLE', 'MAIN', 'TIME', 'A', 'BR', 'IMG']);

function tooBig(doc: Document, limits: CloneLimits): boolean {
  if (doc.getElementsByTagName('*').length > limits.maxElements) return true;
  if ((doc.body?.textContent?.length ?? 0) > limits.maxChars) return true;
  // Depth check without recursion: a TreeWalker keeps its own position.
  const walker = doc.createTreeWalker(doc.documentElement, 1);
  let depth = 0;
  for (let node: Node | null = walker.currentNode; node; ) {
    if (walker.firstChild()) { depth++; if (depth > limits.maxDepth) return true; node = walker.currentNode; continue; }
    while (!walker.nextSibling()) { if (!walker.parentNode()) return false; depth--; }
    node = walker.currentNode;
  }
  return false;
}

export function boundedClone(doc: Document, limits: CloneLimits = DEFAULT_LIMITS): BoundedClone {
  // The common case, an ordinary article page: the browser's own deep copy is the fastest.
  const total = doc.getElementsByTagName('*').length;
  if (!tooBig(doc, limits)) return { doc: doc.cloneNode(true) as Document, skipped: 0, flattened: 0, total };
  const out = doc.cloneNode(false) as Document;
  let copied = 0;
  let chars = 0;
  let skipped = 0;
  let flattened = 0;
  const stack: [Node, Node, number][] = [[doc.documentElement, out, 0]];
  while (stack.length) {
    const [node, parent, depth] = stack.pop()!;
    let target = parent;
    let nextDepth = depth;
    if (node.nodeType === 1) {
      const name = (node as Element).tagName.toUpperCase();
      if (SKIP.has(name)) continue;
      if (copied >= limits.maxElements || chars >= limits.maxChars) {
        skipped += 1 + (node as Element).getElementsByTagName('*').length;
        continue;
      }
      if (depth >= limits.maxDepth && !STRUCTURE.has(name) && name !== 'HTML' && name !== 'HEAD' && name !== 'BODY') {
        flattened++;
      } else {
        target = parent.appendChild(node.cloneNode(false));
        copied++;
        nextDepth = depth + 1;
      }
    } else if (node.nodeType === 3) {
      // Indentation between elements is no text (a pretty-printed page can hold more of it than of words): one space,
      // not counted against the budget.
      if (chars < limits.maxChars) {
        const text = budgetedText(node as CharacterData, limits.maxChars - chars);
        if (/^\s*$/u.test(text)) { if (text) parent.appendChild(out.createTextNode(' ')); } else { parent.appendChild(out.createTextNode(text)); chars += textWeight(text); }
      }
      continue;
    } else {
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], target, nextDepth]);
  }
  return { doc: out, skipped, flattened, total };
}
