// Soft hyphens, word joiners and byte-order marks: invisible breaks some pages put inside every word
// ("Ron\u00adald Wal\u00adcott"). They split names and quotations and would go to the clipboard, and meta titles keep
// them where the body's text has lost them. (Not the zero-width joiners that emoji and Persian or Indic scripts need.)
const INVISIBLE_BREAKS = /[\u00ad\u2060\ufeff]/gu;

export const dropInvisibleBreaks = (s: string) => s.replace(INVISIBLE_BREAKS, '');
