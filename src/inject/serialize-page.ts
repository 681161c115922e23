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
import { DEFAULT_LIMITS, SKIP, STRUCTURE, type CloneLimits } from '../extract/bounded-clone';

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

/** One pass over the document, in document order, writing what the budget allows. Synchronous when
 *  `slices` is not given (the CLI and the tests); otherwise it pauses whenever a slice has run out. */
export async function serializePage(doc: Document, limits: CloneLimits = DEFAULT_LIMITS, slices?: SliceOptions): Promise<PageText> {
  const total = doc.getElementsByTagName('*').length;
  const out: string[] = [];
  if (doc.doctype) out.push('<!DOCTYPE html>');
  // The walk's to-do list: nodes to write, or end tags (strings) to close them with, and each node's depth.
  const todo: (Node | string)[] = [doc.documentElement];
  const depths: number[] = [0];
  const written = new Set<Element>();
  let copied = 0, chars = 0, visited = 0, flattened = 0;
  let budgetOut = false;
  let sliceStart = slices?.now() ?? 0;
  for (let step = 0; todo.length; step++) {
    // Reading the clock costs too: every 64 nodes.
    if (slices && (step & 63) === 0 && slices.now() - sliceStart >= slices.sliceMs) {
      await slices.pause();
      sliceStart = slices.now();
    }
    const node = todo.pop()!;
    const depth = depths.pop()!;
    if (typeof node === 'string') { out.push(node); continue; }
    if (node.nodeType === 3) {
      if (chars < limits.maxChars) { const text = node.nodeValue ?? ''; out.push(escapeText(text)); chars += text.length; }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP.has(name)) {
      visited++;
      if (name === 'SCRIPT' && isJsonLd(el)) { out.push(jsonLd(el)); written.add(el); }
      continue;
    }
    if (copied >= limits.maxElements || chars >= limits.maxChars) { budgetOut = true; break; }
    visited++;
    const children = el.childNodes;
    let childDepth = depth;
    if (depth >= limits.maxDepth && !STRUCTURE.has(name) && name !== 'HTML' && name !== 'HEAD' && name !== 'BODY') {
      flattened++;
    } else {
      copied++;
      childDepth = depth + 1;
      out.push(startTag(el, name));
      if (VOID.has(name)) continue;
      if (RAW.has(name)) { out.push(`</${el.localName}>`); continue; }
      if (LEADING_NEWLINE.has(name) && children[0]?.nodeType === 3 && (children[0].nodeValue ?? '').startsWith('\n')) out.push('\n');
      todo.push(`</${el.localName}>`);
      depths.push(depth);
    }
    for (let i = children.length - 1; i >= 0; i--) { todo.push(children[i]); depths.push(childDepth); }
  }
  let skipped = 0;
  if (budgetOut) {
    // Close what is open; what was never reached is left out and counted.
    for (const item of todo.reverse()) if (typeof item === 'string') out.push(item);
    skipped = Math.max(0, total - visited);
    // The metadata of the page stays whole: JSON-LD past the cut comes after it (the parser puts it in
    // the body).
    for (const el of doc.querySelectorAll(JSON_LD)) if (!written.has(el)) out.push(jsonLd(el));
  }
  return { html: out.join(''), total, skipped, flattened };
}
