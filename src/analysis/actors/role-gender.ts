// The gender a role phrase shows, so that a role of the other gender than the person's first name never becomes the
// person's ("twenty-something daughter" for Woody Allen, "Ehefrau" for Mario Vargas Llosa: phrases bound to the name
// of someone else nearby, or to the wrong one of two people sharing a surname). Only marks that are sure count: kin
// nouns, and the feminine forms of role nouns; a masculine form says nothing, for many languages give a woman's office
// in the masculine ("il ministro Luciana Lamorgese", "chairman").
import type { Lexicon } from './lexicon';
import { firstNameGender } from './first-names';

const FEMALE_KIN: Record<string, RegExp> = {
  en: /^(?:mother|mom|mum|daughter|sister|wife|widow|niece|aunt|grandmother|granddaughter|stepmother|stepdaughter|girlfriend|fiancée|actress|waitress|heiress|duchess|princess|queen)$/u,
  de: /^(?:mutter|tochter|schwester|ehefrau|frau|witwe|nichte|tante|großmutter|enkelin|verlobte|freundin|schwägerin)$/u,
  fr: /^(?:mère|fille|sœur|soeur|épouse|veuve|nièce|tante|grand-mère|petite-fille|fiancée|compagne|belle-mère)$/u,
  es: /^(?:madre|hija|hermana|esposa|viuda|sobrina|tía|abuela|nieta|novia|cuñada|suegra)$/u,
  it: /^(?:madre|figlia|sorella|moglie|vedova|zia|nonna|fidanzata|cognata|suocera|compagna)$/u,
  nl: /^(?:moeder|dochter|zus|zuster|echtgenote|weduwe|tante|oma|grootmoeder|kleindochter|verloofde|vriendin)$/u,
};
const MALE_KIN: Record<string, RegExp> = {
  en: /^(?:father|dad|son|brother|husband|widower|nephew|uncle|grandfather|grandson|stepfather|stepson|boyfriend|fiancé|king|prince|duke)$/u,
  de: /^(?:vater|sohn|bruder|ehemann|witwer|neffe|onkel|großvater|enkel|verlobter|schwager)$/u,
  fr: /^(?:père|fils|frère|époux|mari|veuf|neveu|oncle|grand-père|petit-fils|fiancé|compagnon|beau-père)$/u,
  es: /^(?:padre|hijo|hermano|esposo|marido|viudo|sobrino|tío|abuelo|nieto|novio|cuñado|suegro)$/u,
  it: /^(?:padre|figlio|fratello|marito|vedovo|zio|nonno|fidanzato|cognato|suocero|compagno)$/u,
  nl: /^(?:vader|zoon|broer|echtgenoot|weduwnaar|oom|opa|grootvader|kleinzoon|zwager)$/u,
};

/** 'female' or 'male' where the role's head noun marks it for sure, else null. */
export function roleGender(role: string, lex: Lexicon): 'male' | 'female' | null {
  const words = role.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, '')).filter(Boolean);
  // The head: English puts it last among its role nouns ("twenty-something daughter"); the others first ("hermana del …").
  const roles = words.map((w, i) => [w, i] as const).filter(([w]) => lex.isRoleNoun(w));
  const head = (lex.lang === 'en' ? roles[roles.length - 1] : roles[0])?.[0];
  if (!head) return null;
  const w = head.toLowerCase();
  const last = w.split('-').pop()!;
  if (FEMALE_KIN[lex.lang]?.test(w) || FEMALE_KIN[lex.lang]?.test(last)) return 'female';
  if (MALE_KIN[lex.lang]?.test(w) || MALE_KIN[lex.lang]?.test(last)) return 'male';
  // Feminine forms of role nouns: "spokeswoman", "Ministerpräsidentin", "directrice", "presidenta", "ministra".
  if (lex.lang === 'en') return /woman$/u.test(last) ? 'female' : null;
  if (lex.lang === 'de') return /in$/u.test(last) && lex.isRoleNoun(head.replace(/in$/u, '')) ? 'female' : null;
  if (lex.lang === 'fr') return /(?:euse|rice|ière|ienne|esse)$/u.test(last) ? 'female' : null;
  // (Spanish and Italian: "-a" where the "-o" form is a role noun too, "ministra", "diputada", "segretaria".)
  if (lex.lang === 'es' || lex.lang === 'it') return /(?:ora|trice|essa|enta)$/u.test(last) || (/a$/u.test(last) && lex.isRoleNoun(`${last.slice(0, -1)}o`)) ? 'female' : null;
  return null;
}

/** Whether the role's noun shows the other gender than the first name of the full name ("daughter" for "Woody Allen"). */
export function contradictsName(role: string, name: string, lex: Lexicon): boolean {
  const words = name.split(' ');
  const gender = words.length > 1 ? firstNameGender(words[0]) : null;
  return !!gender && roleGender(role, lex) === (gender === 'male' ? 'female' : 'male');
}

/**
 * The role without the phrases whose noun shows the other gender than the person's first name ("Ehefrau, Autor von Die
 * Stadt" for Mario Vargas Llosa -> "Autor von Die Stadt"), or null when none is left.
 */
export function roleOfGender(role: string, name: string, lex: Lexicon): string | null {
  const kept = role.split(/,\s+/).filter((r) => !contradictsName(r, name, lex));
  return kept.length ? kept.join(', ') : null;
}

/** Whether the word is a kin noun ("granddaughter", "hermano", "Schwester"): a place among kin, no office. */
export function isKinNoun(word: string, lex: Lexicon): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  const kin = (r: RegExp | undefined) => !!r && (r.test(w) || r.test(w.split('-').pop()!));
  return kin(FEMALE_KIN[lex.lang]) || kin(MALE_KIN[lex.lang]) || /^(?:grand|step)?(?:daughter|son|mother|father|child)$/u.test(w);
}
