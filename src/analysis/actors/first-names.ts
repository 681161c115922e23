// "Is this word a first name?" against the sorted, front-coded list in data/actor-first-names.json
// (55,000 names of de, en, es, fr, it, tr; see build-first-names.mjs). Nothing is decoded up front:
// a lookup binary-searches the heads of the blocks (each block starts with a name in full) and decodes
// only the one block that can hold the word. Decoding the whole list into a Set cost 55-75 ms in a
// fresh V8, paid by every popup that analyses a page; splitting the blocks costs well under 1 ms.
import data from '../data/actor-first-names.json';
import { fold } from './name-key';

let blocks: string[] | null = null;
let heads: string[] = [];

function load(): string[] {
  blocks = data.blocks.split(' ');
  // A block's head runs up to its first digit (names are letters only).
  heads = blocks.map((b) => {
    const i = b.search(/\d/);
    return i < 0 ? b : b.slice(0, i);
  });
  return blocks;
}

/** The folded name `word` (a-z only) in the list: the last block whose head is <= word, decoded in order. */
function listed(word: string): boolean {
  const all = blocks ?? load();
  let lo = 0;
  let hi = heads.length - 1;
  if (hi < 0 || word < heads[0]) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (heads[mid] <= word) lo = mid;
    else hi = mid - 1;
  }
  const block = all[lo];
  let prev = heads[lo];
  let pos = prev.length;
  while (prev < word && pos < block.length) {
    const shared = block.charCodeAt(pos) - 48;
    let end = pos + 1;
    while (end < block.length && block.charCodeAt(end) > 57) end++;
    prev = prev.slice(0, shared) + block.slice(pos + 1, end);
    pos = end;
  }
  return prev === word;
}

// Answers by word as written: the same capitalised words come up again and again in one article.
const memo = new Map<string, boolean>();

export function isFirstName(word: string): boolean {
  let hit = memo.get(word);
  if (hit === undefined) {
    if (memo.size > 20_000) memo.clear();
    // "Jean-Pierre", "Anna-Lena": each part is listed on its own.
    hit = fold(word).split('-').every((part) => part.length > 1 && listed(part));
    memo.set(word, hit);
  }
  return hit;
}
