// The first-name list is looked up without decoding it (binary search over block heads, one block
// decoded per lookup). Checked against a full decode of the same data: every listed name is found,
// and near misses (one letter more, one less, another first letter) are found exactly when listed.
import { describe, expect, it } from 'vitest';
import data from '../../src/analysis/data/actor-first-names.json';
import { firstNameGender, isFirstName } from '../../src/analysis/actors/first-names';

const genderOf = new Map<string, string>();

function decodeAll(): string[] {
  const out: string[] = [];
  const mark = (m: string) => (m === 'F' ? 'female' : m === 'X' ? 'either' : 'male');
  for (const block of data.blocks.split(' ')) {
    const head = block.match(/^([a-z]+)([FX]?)/)!;
    let prev = head[1];
    out.push(prev);
    genderOf.set(prev, mark(head[2]));
    for (const m of block.slice(head[0].length).matchAll(/(\d)([a-z]+)([FX]?)/g)) {
      out.push(prev = prev.slice(0, Number(m[1])) + m[2]);
      genderOf.set(prev, mark(m[3]));
    }
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

  it('tells the gender each listed name carries, and none for a word that is no first name', () => {
    const wrong = names.filter((_, i) => i % 5 === 0).filter((n) => {
      const g = genderOf.get(n);
      return firstNameGender(n[0].toUpperCase() + n.slice(1)) !== (g === 'either' ? null : g);
    });
    expect(wrong, 'names whose gender the lookup misreads').toEqual([]);
    expect(firstNameGender('Zzzzzz')).toBeUndefined();
  });

  it('reads the gender of names in real articles (pronoun resolution relies on it)', () => {
    const table: [string, 'male' | 'female' | null][] = [
      ['Elizabeth', 'female'], ['Carly', 'female'], ['Hillary', 'female'], ['Donald', 'male'], ['Bernie', 'male'],
      ['Kaja', 'female'], ['Jens', 'male'], ['Annalena', 'female'],
      // Female in German and English, male in Italian: either.
      ['Andrea', null],
    ];
    for (const [name, gender] of table) expect(firstNameGender(name), name).toBe(gender);
  });
});
