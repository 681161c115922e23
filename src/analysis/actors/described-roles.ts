// Roles given by description rather than beside the name: "Donald Trump: Der US-Präsident schießt …",
// "Sir Keir Starmer has defended … The Prime Minister suggested …". A sentence that opens on a definite
// role description refers to someone named just before it (same paragraph, or the end of the one
// before). It goes to the last person named there who has no role yet, unless someone named there
// already holds that role ("Sophie Binet, la secrétaire générale … La secrétaire générale a …").
// A sentence that opens on a subject pronoun and a copula ("She was a secretary for …") describes the
// last person named just before it.
import type { Actor } from '../types';
import type { TokenSentence } from './article-sentences';
import { CLOSE_QUOTES, OPEN_QUOTES } from './tokens';
import type { Lexicon } from './lexicon';
import { formIndex } from './count-mentions';
import { attributionDescription, openingDescription, pronounPredicate, secondOpeningDescription } from './find-role';
import { cachedWordKey, windowKeys } from './name-key';
import { firstNameGender } from './first-names';
import { sameBody } from './one-role';
import pronounData from '../data/quote-pronouns.json';

// ("Swift and Travis recently attended Coachella …": a subject of two names is neither one's alone.)
const JOINS = new Set(['and', 'und', 'et', 'y', 'e', 'en', '&', 'or', 'oder', 'ou', 'o', 'of']);
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The gender the determiner opening a sentence's description shows ("El líder de Podemos", "La portavoz"), or null. */
function determinerGender(tokens: { text: string; word: boolean }[], lang: string): 'male' | 'female' | null {
  const dets = (pronounData as unknown as Record<string, { determiners?: { male?: string[]; female?: string[] } }>)[lang]?.determiners;
  if (!dets?.male || !dets.female) return null;
  // Among the first words only: the article of the description that opens the sentence.
  for (const t of tokens.filter((x) => x.word).slice(0, 3)) {
    const w = t.text.toLowerCase();
    if (dets.male.includes(w)) return 'male';
    if (dets.female.includes(w)) return 'female';
  }
  return null;
}

/** The gender a role noun's ending shows ("secretaria", "Ministerin", "directrice"), or null where it shows none. */
function nounGender(noun: string, lang: string): 'male' | 'female' | null {
  if (lang === 'es' || lang === 'it') return /(?:ora|era|ada|ida|ria|tra|nta|ana|ina|essa|esa)$/u.test(noun) ? 'female' : /(?:ore|or|o)$/u.test(noun) ? 'male' : null;
  if (lang === 'fr') return /(?:euse|rice|ière|ienne|esse)$/u.test(noun) ? 'female' : /(?:eur|ier|ien)$/u.test(noun) ? 'male' : null;
  if (lang === 'de') return /in(?:nen)?$/u.test(noun) ? 'female' : null;
  return null;
}

export function addDescribedRoles(actors: Actor[], sentences: TokenSentence[], lex: Lexicon): void {
  const index = formIndex(actors, lex.lang);
  const firstWords = new Set([...index.keys()].map((k) => k.split(' ')[0]));
  let previous: number[] = [];
  // The paragraph where those persons were last named: a description in the same or the next paragraph
  // refers to them, even past sentences that name no one ("Daniel Thioune wundert es nicht: „…“ Der
  // Trainer freut sich"); one further on does not.
  let namedIn = -1;
  let namedAt = -1;
  /** The person whose name opens the sentence that named `previous`, its subject, or null. */
  let previousSubject: number | null = null;
  for (const [si, s] of sentences.entries()) {
    if (s.segment - namedIn > 1) previous = [];
    // "Den Anfang gemacht hatte Parteipräsident Marco Chiesa. «…» sagte der Tessiner Ständerat": the
    // attribution's description refers back the same way as an opening one.
    const opening = previous.length ? openingDescription(s.tokens, lex) : null;
    const role = previous.length ? opening ?? attributionDescription(s.tokens, lex) : null;
    // "Nicole Slemp finally landed one she loved. She was a secretary for …": the pronoun's person is the last one named.
    const predicate = previous.length && !role ? pronounPredicate(s.tokens, lex) : null;
    if (predicate) {
      const target = previous[previous.length - 1];
      if (!actors[target].role) actors[target].role = predicate;
    }
    // "Rauw Alejandro and Bruna Marquezine are reflecting … The Puerto Rican singer and the Brazilian actress have been …":
    // two descriptions joined at the start of the sentence right after two names, one for each, in order.
    const second = opening && previous.length === 2 && namedAt === si - 1 ? secondOpeningDescription(s.tokens, lex) : null;
    if (second && previous.every((p) => !actors[p].role)) {
      actors[previous[0]].role = opening;
      actors[previous[1]].role = second;
    } else if (role) {
      const ws = words(role);
      const head = ws.filter((w) => lex.isRoleNoun(w)).pop() ?? ws[ws.length - 1];
      const holds = (p: number) => words(actors[p].role ?? '').includes(head);
      const holder = previous.some(holds);
      // Past the sentence right after the names, or for a second role, the description must be no one
      // else's: "La premier ha premuto" is the premier named earlier, not the journalist just named.
      const fresh = namedAt === si - 1;
      const elsewhere = actors.some((a, p) => a.kind === 'person' && holds(p));
      // "… del sacerdote jesuita Felipe Berríos. La secretaria de Estado, señaló …": a role whose noun shows a gender
      // describes no one whose first name shows the other.
      // (Or its article, where the noun is of either gender: "El líder de Podemos" is no "Rita Maestre".)
      const g = nounGender(head, lex.lang) ?? (opening && lex.lang !== 'de' ? determinerGender(s.tokens, lex.lang) : null);
      const fits = (p: number) => { const f = firstNameGender(actors[p].name.split(' ')[0]); return !g || !f || f === g; };
      // "Eyamba Sowers didn’t know Patrick was coming … The real estate agent said she …": a sentence that opens on a
      // name is about that person, and a description opening the next one goes on about them, not about a name
      // further in (an object, or a subject of a clause of its own).
      const subject = previousSubject !== null && !actors[previousSubject].role && fits(previousSubject) ? previousSubject : undefined;
      const target = subject ?? [...previous].reverse().find((p) => !actors[p].role && fits(p));
      // A bare role noun capitalised as a title, which someone not just named already holds, is that person again ("El
      // Papa califica su relato" after "El Papa Francisco firma el prólogo …, Daniel Pittet" and a sentence about
      // Pittet). (Not a common one, "the senator", that two people of the article may hold; German capitalises all.)
      const bareOfOther = ws.length === 1 && lex.lang !== 'de' && /^\p{Lu}/u.test(role) ? actors.findIndex((a, p) => a.kind === 'person' && !previous.includes(p) && words(a.role ?? '').join(' ') === ws[0]) : -1;
      // (The sentence is then about that holder: a description opening the next one goes on about them.)
      if (bareOfOther >= 0) { previous = [bareOfOther]; namedIn = s.segment; namedAt = si; previousSubject = bareOfOther; }
      else if (!holder && target !== undefined && (fresh || !elsewhere)) actors[target].role = role;
      // Everyone just named has a role: a second function goes to the last of them, as the article
      // adds it ("bleibt Spindelegger Generaldirektor. Der frühere Vizekanzler (ÖVP) steht …").
      // A bare role noun ("El magistrado") refers back to someone; only a qualified one adds a function.
      else if (!holder && target === undefined && fresh && !elsewhere && ws.length > 1) {
        const last = actors[previous[previous.length - 1]];
        if (last.role && !last.role.includes(',') && fits(previous[previous.length - 1]) && !sameBody(role, last.role, lex)) last.role = `${last.role}, ${role}`;
      }
    }
    // "“You,” she told Ramaswamy, “…” ¶ The former South Carolina governor and her husband …": a sentence whose
    // subject is a pronoun goes on about someone named before; those it names are objects, not whom the next
    // description is about. (Nor does it carry the earlier names further: only a name does.)
    // (One that names no one else, "“Don’t mind me!” he told them.", keeps them in reach of the next paragraph: "But the
    // black former Massachusetts governor is eager …".)
    if (previous.length && subjectPronoun(s.tokens, lex)) {
      if (s.segment === namedIn + 1 && !namesSomeone(s.tokens, firstWords, lex)) namedIn = s.segment;
      continue;
    }
    // The persons named in this sentence, for the next one.
    const named: number[] = [];
    // (Its name may open on a first name the actors module left out: "Eyamba Sowers didn’t know …".)
    let opener: number | null = null;
    const ws = s.tokens.filter((t) => t.word);
    for (let i = 0; i < ws.length; i++) {
      // Only a capitalised word that starts some form can start a name: checked before building any key.
      if (!ws[i].cap || !firstWords.has(cachedWordKey(ws[i].text, lex.lang))) continue;
      const keys = windowKeys(ws, i, 5, lex.lang);
      for (let n = keys.length; n >= 1; n--) {
        const hit = index.get(keys[n - 1]);
        // ("Mrs. Clinton has outpaced Mr. Obama’s fundraising. The former secretary of state …": a possessor is not
        // whom the next sentence goes on about.)
        if (hit !== undefined && actors[hit].kind === 'person') { if (!/['’]s$/u.test(ws[i + n - 1].text) && ws[i + n]?.text !== '’' && ws[i + n]?.text !== "'") { named.push(hit); if (named.length === 1 && i <= 2 && ws.slice(0, i).every((w) => w.cap) && !JOINS.has(ws[i + n]?.text.toLowerCase() ?? '')) opener = hit; } i += n - 1; break; }
      }
    }
    if (named.length) { previous = named; namedIn = s.segment; namedAt = si; previousSubject = opener; }
  }
}

/** The sentence's words outside quotation marks, in order: what the sentence itself says, not whom it quotes. */
function* wordsOutsideQuotes(tokens: { text: string; word: boolean }[]): Generator<string> {
  let inQuote = false;
  for (const t of tokens) {
    if (!t.word) {
      if (!inQuote && OPEN_QUOTES.has(t.text)) inQuote = true;
      else if (inQuote && CLOSE_QUOTES.has(t.text)) inQuote = false;
      continue;
    }
    if (!inQuote) yield t.text;
  }
}

/** Whether the sentence holds a capitalised word outside quotation marks that can open a known person's name. */
function namesSomeone(tokens: { text: string; word: boolean }[], firstWords: Set<string>, lex: Lexicon): boolean {
  for (const w of wordsOutsideQuotes(tokens)) if (/^\p{Lu}/u.test(w) && firstWords.has(cachedWordKey(w, lex.lang))) return true;
  return false;
}

/** The sentence's first word outside quotation marks is a subject pronoun ("“You,” she told Ramaswamy"). */
function subjectPronoun(tokens: { text: string; word: boolean }[], lex: Lexicon): boolean {
  for (const w of wordsOutsideQuotes(tokens)) return lex.isSubjectPronoun(w);
  return false;
}
