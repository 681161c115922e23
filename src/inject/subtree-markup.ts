// The browser's own serializer (outerHTML), for a subtree of the page that needs none of the walk's rules:
// nothing in it the copy leaves out or writes empty, no wrapper deep enough to flatten, and room for all
// of it in the budget. Most of an article page is such subtrees (its paragraphs, list items, figures), and
// one native call writes each of them. Measured in Firefox ESR, the node-by-node walk spent most of its
// time crossing from the extension's isolated world into the page's DOM for every node and attribute
// (Xray wrappers): 17-149 ms of the page's thread for the copy of a bench news page, 8-42 ms this way.
// Every check here is one call the browser runs natively over the subtree; comments, over-long attribute
// values and indentation are then taken out of the markup itself (tidy-markup.ts).
import { SKIP, textWeight } from '../extract/bounded-clone';
import { tidyMarkup } from './tidy-markup';

/** What the walk writes empty or leaves out (serialize-page.ts), and the elements whose leading newline it
 *  doubles (the parser drops one; the browsers' outerHTML does not add it back): such a subtree is walked. */
const NOT_AS_IS = [...SKIP, 'IFRAME', 'NOEMBED', 'NOFRAMES', 'XMP', 'PLAINTEXT', 'FRAMESET', 'PRE', 'TEXTAREA', 'LISTING'].map((t) => t.toLowerCase()).join(',');

export interface Room {
  /** Elements the budget still allows. */
  elements: number;
  /** Characters of text the budget still allows. */
  chars: number;
  /** Levels below this element before wrappers are flattened. */
  depth: number;
  /** Attribute values longer than this are cut. */
  maxAttribute: number;
}

export interface Subtree { html: string; elements: number; chars: number }

/** The subtree's markup, or null when it must be walked node by node. */
export function subtreeMarkup(el: Element, room: Room): Subtree | null {
  // Its descendants may number `cap` at most (its depth cannot exceed their number). A live collection
  // counts only as far as the index asked for, so a large subtree is turned down after `cap` elements.
  const cap = Math.min(room.elements - 1, room.depth - 1);
  if (cap < 0) return null;
  const all = el.getElementsByTagName('*');
  if (all.item(cap)) return null;
  if (el.matches(NOT_AS_IS) || (all.length && el.querySelector(NOT_AS_IS))) return null;
  // A leaf's one text node says its length without being read: a 300 KB paragraph is turned down unread.
  const only = all.length ? null : el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3 && (only as CharacterData).length > room.chars) return null;
  const chars = textWeight(el.textContent ?? '');
  if (chars > room.chars) return null;
  const html = el.outerHTML;
  return { html: tidyMarkup(html, room.maxAttribute), elements: all.length + 1, chars };
}
