// The only work Lede does on the page's own thread: a bounded copy of the document, written out as HTML
// text, in slices of a few milliseconds with the page's own tasks (its timers, its input, its scrolling)
// run between them. Readability and the analysis then run on that text in the popup's document, off the
// page's thread (src/extract/read-snapshot.ts); the live page is only read, never changed.
//
// What is copied follows the bounded clone's rules (src/extract/bounded-clone.ts: the same element and
// text budget, the same flattening of wrappers nested too deep), and leaves out what no reader sees and
// the extraction never reads: scripts (but the JSON-LD metadata), styles, <noscript> and <template>
// content, comments. Everything else keeps its tag and attributes, so the copy parsed again is the page
// as the extraction would have seen it.
import { budgetedText, DEFAULT_LIMITS, SKIP, STRUCTURE, textWeight, type CloneLimits } from '../extract/bounded-clone';
import { subtreeMarkup } from './subtree-markup';

/** A text node of whitespace only. */
const BLANK = /^\s*$/u;

export interface PageText {
  /** The bounded copy as HTML. */
  html: string;
  /** Elements of the page in all, those left out because the budget ran out, and wrappers flattened. */
  total: number;
  skipped: number;
  flattened: number;
}

export interface SliceOptions {
  /** How long one slice may run before the page gets its thread back (ms). */
  sliceMs: number;
  /** Hands the thread back to the page; resolves when the next slice may run. */
  pause: () => Promise<void>;
  now: () => number;
}

/** Elements with no content and no end tag. */
const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR', 'PARAM', 'KEYGEN', 'FRAME']);
/** Elements whose content is raw text (or fallback markup the page never shows): written empty. */
const RAW = new Set(['IFRAME', 'NOEMBED', 'NOFRAMES', 'XMP', 'PLAINTEXT', 'FRAMESET']);
/** The HTML parser drops a newline right after these start tags: one more keeps the text as it was. */
const LEADING_NEWLINE = new Set(['PRE', 'TEXTAREA', 'LISTING']);
/** An attribute longer than this (an inline image as a data: address, a framework's state) is cut:
 *  the extraction reads words, and such values only make the copy slow to hand over. A <meta>'s
 *  content is metadata (a description, sometimes the whole article): it stays whole. */
const MAX_ATTRIBUTE = 2000;
const JSON_LD = 'script[type="application/ld+json"]';

const escapeText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const escapeAttribute = (s: string) => (/[&"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);

function startTag(el: Element, name: string): string {
  let tag = `<${el.localName}`;
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i];
    const value = a.value.length > MAX_ATTRIBUTE && name !== 'META' ? a.value.slice(0, MAX_ATTRIBUTE) : a.value;
    tag += ` ${a.name}="${escapeAttribute(value)}"`;
  }
  return `${tag}>`;
}

/** A JSON-LD block: its text as it is (JSON never needs `</script`, and a stray one is broken up). */
const jsonLd = (el: Element) => `${startTag(el, 'SCRIPT')}${(el.textContent ?? '').replace(/<\/(script)/gi, '<\\/$1')}</script>`;

const isJsonLd = (el: Element) => el.matches(JSON_LD);

/** An element open in the walk: its end tag (null for a wrapper flattened away) and its children's depth. */
interface Open { el: Node; end: string | null; depth: number }

/**
 * One pass over the document, in document order, writing what the budget allows. The walk follows the
 * tree's own links (first child, next sibling, parent) and holds on to no list of children, so on a page
 * of 50,000 paragraphs it touches only what it writes. Synchronous when `slices` is not given (the CLI and
 * the tests); otherwise it pauses whenever a slice has run out. A node the page removed during a pause
 * ends the walk of its parent (what came before stays written); nothing can throw or loop on it.
 */
export async function serializePage(doc: Document, limits: CloneLimits = DEFAULT_LIMITS, slices?: SliceOptions): Promise<PageText> {
  // The page's thread first goes back to the page: in Firefox the injection itself (the script's sandbox,
  // and on a process's first injection the extension's content modules) holds it for tens of ms, and the
  // copy's first slice would add to that stall.
  if (slices) await slices.pause();
  const total = doc.getElementsByTagName('*').length;
  const out: string[] = [];
  if (doc.doctype) out.push('<!DOCTYPE html>');
  const open: Open[] = [];
  const written = new Set<Element>();
  let copied = 0, chars = 0, visited = 0, flattened = 0;
  /** Nodes written since the clock was last read (a subtree written whole counts its elements). */
  let work = 0;
  let budgetOut = false;
  let node: Node | null = doc.documentElement;
  let sliceStart = slices?.now() ?? 0;

  /** The node after `from` in document order, closing the elements it leaves. */
  const after = (from: Node | null): Node | null => {
    let next = from?.nextSibling ?? null;
    while (!next && open.length) {
      const done = open.pop()!;
      if (done.end) out.push(done.end);
      next = done.el.nextSibling;
    }
    return next;
  };

  while (node) {
    // Reading the clock costs too: every 64 nodes.
    if (slices && work >= 64) {
      work = 0;
      if (slices.now() - sliceStart >= slices.sliceMs) {
        await slices.pause();
        sliceStart = slices.now();
        // The page ran meanwhile: a node it took out of its parent ends that parent's walk.
        const parent = open.at(-1)?.el ?? doc;
        if (node.parentNode !== parent) { node = after(null); continue; }
      }
    }
    work++;
    const depth = open.at(-1)?.depth ?? 0;
    if (node.nodeType === 3) {
      // Indentation between elements is no text: a pretty-printed page can hold more of it than of words (a news
      // page with 160,000 characters of it before its article), so it is written as one space and not counted.
      if (chars < limits.maxChars) { const text = budgetedText(node as CharacterData, limits.maxChars - chars); if (BLANK.test(text)) out.push(text ? ' ' : ''); else { out.push(escapeText(text)); chars += textWeight(text); } }
      node = after(node);
      continue;
    }
    if (node.nodeType !== 1) { node = after(node); continue; }
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP.has(name)) {
      visited++;
      if (name === 'SCRIPT' && isJsonLd(el)) { out.push(jsonLd(el)); written.add(el); }
      node = after(node);
      continue;
    }
    if (copied >= limits.maxElements || chars >= limits.maxChars) { budgetOut = true; break; }
    visited++;
    const flatten = depth >= limits.maxDepth && !STRUCTURE.has(name) && name !== 'HTML' && name !== 'HEAD' && name !== 'BODY';
    // Most of a page goes out whole, in one native call (subtree-markup.ts); the rest node by node below.
    const whole = flatten || RAW.has(name) ? null
      : subtreeMarkup(el, { elements: limits.maxElements - copied, chars: limits.maxChars - chars, depth: limits.maxDepth - depth, maxAttribute: MAX_ATTRIBUTE });
    if (whole) {
      out.push(whole.html);
      copied += whole.elements; chars += whole.chars; visited += whole.elements - 1; work += whole.elements;
      node = after(node);
      continue;
    }
    if (flatten) {
      // Too deep: the wrapper goes, its content stays, at the same depth.
      flattened++;
      open.push({ el, end: null, depth });
    } else {
      copied++;
      out.push(startTag(el, name));
      if (VOID.has(name)) { node = after(node); continue; }
      if (RAW.has(name)) { out.push(`</${el.localName}>`); node = after(node); continue; }
      const first = el.firstChild;
      if (LEADING_NEWLINE.has(name) && first?.nodeType === 3 && (first.nodeValue ?? '').startsWith('\n')) out.push('\n');
      open.push({ el, end: `</${el.localName}>`, depth: depth + 1 });
    }
    if (el.firstChild) { node = el.firstChild; continue; }
    // No children: it closes at once.
    const done = open.pop()!;
    if (done.end) out.push(done.end);
    node = after(el);
  }
  let skipped = 0;
  if (budgetOut) {
    // Close what is open; what was never reached is left out and counted.
    for (let i = open.length - 1; i >= 0; i--) { const end = open[i].end; if (end) out.push(end); }
    skipped = Math.max(0, total - visited);
    // The metadata of the page stays whole: JSON-LD past the cut comes after it (the parser puts it in
    // the body).
    for (const el of doc.querySelectorAll(JSON_LD)) if (!written.has(el)) out.push(jsonLd(el));
  }
  return { html: out.join(''), total, skipped, flattened };
}
