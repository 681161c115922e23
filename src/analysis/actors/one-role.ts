// A person's role as the reader should see it: the article's own phrase for their function. The steps before
// collect every phrase the article binds to the person ("sein ursprünglicher Gegner Joe Biden", "sagte der
// Präsident"); a descriptor that names no office ("ursprünglicher Gegner", "terroriste", "Australian
// backpacker") says less than an office noun the article also gives, and stitched to it reads as a description
// pieced together from several places. So offices win, up to two in reading order; with no office the first
// phrase stands alone.
import type { Lexicon } from './lexicon';
import { isKinNoun } from './role-gender';

const AND = new Set(['and', 'und', 'et', 'y', 'e', 'ed', 'en']);

/** A printed word without the punctuation around it ("officer," -> "officer"), as the role lists hold it. */
const bare = (w: string) => w.replace(/[^\p{L}-]/gu, '');

/**
 * Two offices joined in one phrase ("alcalde comunitario y guía principal de la comunidad", "Primer Secretario y
 * Presidente de la República", "ministra dell'Agricoltura e capo-delegazione di Italia Viva"): the first is the
 * office, the shortest complete form of the role.
 */
function firstOffice(part: string, lex: Lexicon): string {
  const words = part.split(/\s+/);
  const isRole = (w: string) => lex.isRoleNoun(bare(w));
  const head = words.findIndex(isRole);
  if (head < 0) return part;
  const and = words.findIndex((w, i) => i > head && AND.has(w.toLowerCase()));
  if (and < 0 || !words.slice(and + 1, and + 4).some(isRole)) return part;
  // English joins two titles of one body with a single complement ("President and Chief Financial Officer of Super
  // Value", "president and CEO of Feinstein"): with no complement of its own the first is only half the office.
  // (A first title with words of its own is a whole office: "state epidemiologist and director of the Bureau".)
  if (lex.lang === 'en' && head === 0 && and === 1) return part;
  return words.slice(0, and).join(' ');
}

/**
 * The role without the workplace after it: "product manager at database provider MongoDB" -> "product manager",
 * "vertebrate paleontologist at the American Museum of Natural History" -> "vertebrate paleontologist" (only after
 * a role or agent noun): the article's shortest complete form of the role.
 */
function withoutWorkplace(part: string, lex: Lexicon): string {
  const words = part.split(/\s+/);
  const role = (x: string) => lex.isRoleNoun(bare(x)) || lex.isAgentNoun(bare(x));
  const at = words.findIndex((w, i) => i > 0 && lex.isWorkplacePreposition(w) && words.slice(0, i).some(role));
  return at > 0 ? words.slice(0, at).join(' ') : part;
}

/**
 * The role without a bracket: "wethouder (GroenLinks)", "ministra (Interior)", "VW-Chef (Bild)". A bracket after the
 * name tells the party, the portfolio or the source; the steps before keep it to see that two roles are one office
 * ("titular de Interior" after "ministra (Interior)"), the reader is shown the shortest complete form. (On the page
 * suite's 327 pages no bracket in a role was part of the labelled role's shortest form.)
 */
const withoutBracket = (part: string) => part.replace(/\s*\([^)]*\)/gu, '').trim();

export function oneRole(role: string | null | undefined, lex: Lexicon): string | null {
  if (!role) return null;
  const parts = role.split(/,\s+/).map(withoutBracket).filter(Boolean).map((p) => firstOffice(withoutWorkplace(p, lex), lex));
  if (parts.length < 2) return parts[0] ?? null;
  // (A kin noun is no office: "new campaign manager, granddaughter of Cesar Chavez" shows the office.)
  const office = (r: string) => r.split(/\s+/).some((w) => lex.isRoleNoun(bare(w)) && !isKinNoun(bare(w), lex));
  // ("zuständiger Innenminister, Minister", "Klimaforscher, KIT-Forscher": a bare role noun whose head an earlier
  // office ends in repeats it.)
  const repeats = (r: string, i: number) => {
    if (r.includes(' ')) return false;
    const head = r.split('-').pop()!.toLowerCase();
    return parts.slice(0, i).some((p) => p.toLowerCase().split(/\s+/).some((w) => w.endsWith(head)));
  };
  const offices = parts.map((r, i) => [r, i] as const).filter(([r]) => office(r)).slice(0, 2).filter(([r, i]) => !repeats(r, i)).map(([r]) => r);
  return offices.length ? offices.join(', ') : parts[0];
}

/**
 * Whether role r names only the body another role o names ("titular de Interior" after "ministra (Interior)"):
 * two heads of the same body are one office, told twice.
 */
export function sameBody(r: string, o: string, lex: Lexicon): boolean {
  const body = (x: string) => (x.match(/\p{Lu}[\p{L}-]+/gu) ?? []).filter((c) => !lex.isRoleNoun(c));
  const rb = body(r), ob = body(o);
  return rb.length > 0 && rb.every((c) => ob.includes(c));
}
