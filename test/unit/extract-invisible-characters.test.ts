// Soft hyphens in every word (The Trinidad Guardian, 28 April 2022: "Ron\u00adald Wal\u00adcott"; first-seen batch
// 6) are invisible in the page but would split names and quotations and reach the clipboard. The copy drops them,
// and word joiners and byte-order marks; it keeps the zero-width joiner emoji sequences are made of.
import { expect, it } from 'vitest';
import { normalize } from '../../src/extract/blocks';

it('drops soft hyphens, word joiners and byte-order marks, keeps zero-width joiners', () => {
  expect(normalize('Cy\u00adber se\u00adcu\u00adri\u00adty ex\u00adpert Ron\u00adald Wal\u00adcott said')).toBe('Cyber security expert Ronald Walcott said');
  expect(normalize('\ufeffEd Hirs,\u2060 an energy fellow')).toBe('Ed Hirs, an energy fellow');
  expect(normalize('family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).toBe('family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}');
});

