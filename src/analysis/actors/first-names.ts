// "Is this word a first name, and of which gender?" against the sorted, front-coded list in
// data/actor-first-names.json (55,000 names of de, en, es, fr, it, tr; see build-first-names.mjs). Nothing is decoded up front:
// a lookup binary-searches the heads of the blocks (each block starts with a name in full) and decodes
// only the one block that can hold the word. Decoding the whole list into a Set cost 55-75 ms in a
// fresh V8, paid by every popup that analyses a page; splitting the blocks costs well under 1 ms.
import data from '../data/actor-first-names.json';
import { fold } from './name-key';

let blocks: string[] | null = null;
let heads: string[] = [];

const A = 97; // 'a': names are a-z; digits (shared-prefix counts) and the marks F and X sort below it.

function load(): string[] {
  blocks = data.blocks.split(' ');
  // A block's head is its leading letters (before its gender mark or the next name's digit).
  heads = blocks.map((b) => {
    let i = 0;
    while (i < b.length && b.charCodeAt(i) >= A) i++;
    return b.slice(0, i);
  });
  return blocks;
}

type Mark = 'male' | 'female' | 'either';

/** The folded name `word` (a-z only) in the list, and its gender mark: the last block whose head is <= word, decoded in order. */
function lookup(word: string): Mark | undefined {
  const all = blocks ?? load();
  let lo = 0;
  let hi = heads.length - 1;
  if (hi < 0 || word < heads[0]) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (heads[mid] <= word) lo = mid;
    else hi = mid - 1;
  }
  const block = all[lo];
  let prev = heads[lo];
  let pos = prev.length;
  for (;;) {
    const mark = block[pos] === 'F' ? 'female' : block[pos] === 'X' ? 'either' : 'male';
    if (mark !== 'male') pos++;
    if (prev === word) return mark;
    if (prev > word || pos >= block.length) return undefined;
    const shared = block.charCodeAt(pos) - 48;
    let end = pos + 1;
    while (end < block.length && block.charCodeAt(end) >= A) end++;
    prev = prev.slice(0, shared) + block.slice(pos + 1, end);
    pos = end;
  }
}

// Answers by word as written: the same capitalised words come up again and again in one article.
const memo = new Map<string, Mark | null>();

function markOf(word: string): Mark | null {
  let hit = memo.get(word);
  if (hit === undefined) {
    if (memo.size > 20_000) memo.clear();
    // "Jean-Pierre", "Anna-Lena": each part is listed on its own; the first part tells the gender.
    const parts = fold(word).split('-');
    const marks = parts.map((part) => (part.length > 1 ? lookup(part) : undefined));
    hit = marks.every((m) => m !== undefined) ? marks[0]! : null;
    memo.set(word, hit);
  }
  return hit;
}

export function isFirstName(word: string): boolean {
  return markOf(word) !== null;
}

/** The gender a first name tells: 'male', 'female', null for a name of either gender, undefined for no first name. */
export function firstNameGender(word: string): 'male' | 'female' | null | undefined {
  const mark = markOf(word);
  return mark === null ? undefined : mark === 'either' ? null : mark;
}
