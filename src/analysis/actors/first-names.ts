// "Is this word a first name?" against the front-coded list in data/actor-first-names.json (55,000 names
// of de, en, es, fr, it, tr; see build-first-names.mjs). Decoded once, on first use, into a Set: about 5 ms.
import data from '../data/actor-first-names.json';
import { fold } from './name-key';

let names: Set<string> | null = null;

function decode(coded: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  // Each entry: one digit (letters shared with the previous entry) and the letters that follow.
  for (const m of coded.matchAll(/(\d)(\D+)/g)) {
    prev = prev.slice(0, Number(m[1])) + m[2];
    out.add(prev);
  }
  return out;
}

export function isFirstName(word: string): boolean {
  names ??= decode(data.coded);
  // "Jean-Pierre", "Anna-Lena": each part is listed on its own.
  return fold(word).split('-').every((part) => part.length > 1 && names!.has(part));
}
