// Word and punctuation tokens with their offsets: the unit the attribution patterns look at.
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Punctuation (one character). */
  punct: boolean;
}

// Words may hold inner hyphens and apostrophes ("Nato-Generalsekretär", "O’Brien", "a-t-il").
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const t = m[0];
    const punct = !/[\p{L}\p{N}]/u.test(t[0]);
    out.push({ text: t, lower: t.toLowerCase(), start: from + m.index!, end: from + m.index! + t.length, cap: /^\p{Lu}/u.test(t), punct });
  }
  return out;
}

/** Words of a text, for counting. */
export const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
