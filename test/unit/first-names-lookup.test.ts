// The first-name list is looked up without decoding it (binary search over block heads, one block
// decoded per lookup). Checked against a full decode of the same data: every listed name is found,
// and near misses (one letter more, one less, another first letter) are found exactly when listed.
import { describe, expect, it } from 'vitest';
import data from '../../src/analysis/data/actor-first-names.json';
import { isFirstName } from '../../src/analysis/actors/first-names';

function decodeAll(): string[] {
  const out: string[] = [];
  for (const block of data.blocks.split(' ')) {
    let prev = block.match(/^\D+/)![0];
    out.push(prev);
    for (const m of block.slice(prev.length).matchAll(/(\d)(\D+)/g)) out.push(prev = prev.slice(0, Number(m[1])) + m[2]);
  }
  return out;
}

describe('first-name list lookup', () => {
  const names = decodeAll();
  const listed = new Set(names);

  it('holds the stated number of distinct names, sorted', () => {
    expect(names.length, 'count in the file').toBe(data.count);
    expect(listed.size, 'no duplicates').toBe(names.length);
    expect(names.every((n, i) => i === 0 || names[i - 1] < n), 'sorted in code-unit order').toBe(true);
  });

  it('finds every listed name, whatever its case', () => {
    const missing = names.filter((n) => !isFirstName(n[0].toUpperCase() + n.slice(1)));
    expect(missing, 'listed names the lookup misses').toEqual([]);
  });

  it('finds near misses exactly when they are listed', () => {
    const wrong: string[] = [];
    for (const n of names.filter((_, i) => i % 7 === 0)) {
      for (const v of [`${n}x`, n.slice(0, -1), `q${n}`, `${n}a`]) {
        if (v.length > 1 && isFirstName(v) !== listed.has(v)) wrong.push(v);
      }
    }
    expect(wrong, 'words the lookup answers wrongly').toEqual([]);
  });

  it('names before the first and after the last entry, diacritics and hyphenated names', () => {
    expect(isFirstName('Aa')).toBe(listed.has('aa'));
    expect(isFirstName('Zzzzzz')).toBe(false);
    expect(isFirstName('José'), 'folded to jose').toBe(listed.has('jose'));
    expect(isFirstName('Jean-Pierre'), 'each part listed').toBe(listed.has('jean') && listed.has('pierre'));
    expect(isFirstName('Jean-Mittwoch')).toBe(false);
  });
});
