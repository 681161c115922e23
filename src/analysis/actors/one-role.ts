// A person's role as the reader should see it: the article's own phrase for their function. The steps before
// collect every phrase the article binds to the person ("sein ursprünglicher Gegner Joe Biden", "sagte der
// Präsident"); a descriptor that names no office ("ursprünglicher Gegner", "terroriste", "Australian
// backpacker") says less than an office noun the article also gives, and stitched to it reads as a description
// pieced together from several places. So offices win, up to two in reading order; with no office the first
// phrase stands alone.
import type { Lexicon } from './lexicon';

export function oneRole(role: string | null | undefined, lex: Lexicon): string | null {
  if (!role) return null;
  const parts = role.split(/,\s+/).filter(Boolean);
  if (parts.length < 2) return role;
  const office = (r: string) => r.split(/\s+/).some((w) => lex.isRoleNoun(w.replace(/[^\p{L}-]/gu, '')));
  const offices = parts.filter(office);
  return offices.length ? offices.slice(0, 2).join(', ') : parts[0];
}
