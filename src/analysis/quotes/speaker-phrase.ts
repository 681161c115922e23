// Reads the speaker phrase next to a speech verb: a name ("Stoltenberg", "Estlands Ministerpräsidentin
// Kaja Kallas"), a role ("der Generalsekretär", "ein Sprecher des CERN", "the minister") or a pronoun
// ("er", "she", "a-t-il"), and resolves it to a full name where the article allows.
import type { Gender, Lexicon } from './lexicon';
import type { EntityTable } from './entity-table';
import type { Token } from './tokens';
import { isFirstName } from '../actors/first-names';
import roleWords from '../data/quote-role-words.json';
import personCues from '../data/actor-person-cues.json';
import { lexicon as actorLexicon } from '../actors/lexicon';

export interface Speaker {
  kind: 'name' | 'role' | 'pronoun';
  /** The resolved full name, or the role phrase as printed when no name is found; null for a bare pronoun. */
  name: string | null;
  gender: Gender | null;
  /** A definite role ("der Generalsekretär") that no name in the article carries: resolve like a pronoun. */
  anaphoric?: boolean;
  /** The name was found through a role noun ("der Vorsitzende" -> whoever the article calls so), not printed here. */
  viaRole?: boolean;
  /** An unnamed spokesperson of no body the phrase names ("eine Sprecherin"): speaks for the last organisation named. */
  spokesperson?: boolean;
  /** English "it": a body the sentence before has as its subject, else a thing that is no one. */
  neuter?: boolean;
  /** A noun phrase that is neither a known role nor a body ("die Hinweise"): a speaker only where a verb says so. */
  generic?: boolean;
  /** The role noun itself shows the gender ("the actress", "die Ministerin"), not only its article. */
  nounGender?: boolean;
}

/** A name printed in the phrase itself, of two words or more: the strongest reading there is. */
export const literalFullName = (s: Speaker | null | undefined) => !!s && s.kind === 'name' && !s.viaRole && !!s.name && s.name.includes(' ');

// The German name articles that are only accusative or dative: "des"/"der" may open a genitive owner ("ein
// Sprecher des CERN"), "den"/"dem" only an object.
const OBJECT_ARTICLES = new Set<string>(roleWords.particlesGerman.articles.filter((a) => a === 'den' || a === 'dem'));
const SPOKESPERSONS = new Set(roleWords.spokespersons);
const BODY_ANAPHORS = roleWords.bodyAnaphors as Record<string, string[]>;
/** Number words that open a group ("Two Labour councillors", "Drei Abgeordnete", "Deux syndicats"), per language. */
const CARDINALS: Record<string, Set<string>> = {
  en: new Set(['two', 'three', 'four', 'five', 'six', 'several']), de: new Set(['zwei', 'drei', 'vier', 'fünf', 'mehrere']),
  fr: new Set(['deux', 'trois', 'quatre', 'cinq', 'plusieurs']), es: new Set(['dos', 'tres', 'cuatro', 'cinco', 'varios', 'varias']),
  it: new Set(['due', 'tre', 'quattro', 'cinque', 'alcuni']), nl: new Set(['twee', 'drie', 'vier', 'vijf']),
};
const SEATED_BODIES = roleWords.seatedBodies as Record<string, string[]>;
/**
 * "the company", "the panel" (not in German): the body named last before, as an unnamed spokesperson speaks for it;
 * English "it": the body the sentence before has as its subject (resolve-speaker.ts).
 */
const bodyAnaphor = (word: string, lex: Lexicon): Speaker | null => !(BODY_ANAPHORS[lex.lang] ?? []).includes(word) ? null
  : word === 'it' ? { kind: 'role', name: null, gender: null, neuter: true } : { kind: 'role', name: null, gender: null, spokesperson: true };
// An age as a noun: "36-year-old", "60-Jährige", "45enne", "67-jarige".
export const AGE = /^\d{1,3}-?(year-old|jährige[rnm]?|jarige|enne|añero|añera)$/iu;
const DEFINITE = new Set(['der', 'die', 'the', 'le', 'la', 'l', "l'", 'el', 'il', 'lo', 'de', 'het']);
/** An acronym, a body's short name: "FIFA", "CDU", "IWF". */
const ACRONYM = /^\p{Lu}{2,}$/u;

// Words that end a speaker phrase: prepositions and conjunctions that start an adverbial ("am Mittwoch",
// "in einem Interview", "to reporters", "à la presse"). A preposition missing here is read as an adverb the phrase
// skips, and the phrase then starts at its object ("Lo ha scritto su Facebook la presidente …" read "Facebook …").
// (Not German adverbs such as "da": "sagte da der Minister" skips it.)
export const STOP = new Set(('am im in an auf bei nach vor gegenüber zu zum zur vom beim mit aus über unter seit während und oder dass ob wenn weil als '
  + 'on at in to for with after before during and or that if when because as from of via since '
  + 'à au aux en dans sur avec après avant pour et ou que lors vers pendant via chez devant sans '
  + 'en a al con tras ante para y o que durante hacia hasta sobre mediante vía bajo contra sin '
  + 'in a al alla con dopo prima per e o che durante verso tramite via contro senza su sul sulla sullo sui sugli sulle nel nella nello nei negli nelle tra fra presso '
  + 'por entre par '
  + 'in op bij na voor met en of dat tijdens tegen over aan naar om uit tot sinds zonder onder tussen achter rond namens').split(' '));

// Prepositions that also introduce a source at the head of a phrase ("Desde la Plataforma aseguran", "Selon Javier
// López", "dal Viminale"): inside a speaker phrase they end it ("remarcó el Presidente desde La Pampa").
const SOURCE_OR_END = new Set(['desde', 'depuis', 'selon', 'según', 'secondo', 'dal', 'dalla', 'dallo', 'dai']);

const isWordTok = (t: Token | undefined) => !!t && !t.punct;

/** A document's noun, alone or ending a compound ("Bericht", "LSVD-Schreiben", "Pressemitteilung des BMI"). */
export const isDocumentNoun = (t: Token, lex: Lexicon) => lex.sourceNouns.has(t.lower.split('-').pop()!);

// Relative pronouns that refer to a person ("who", "quien"): a relative clause after a name describes it.
const PERSON_RELATIVES = new Set(Object.values(personCues.personRelatives as Record<string, string[]>).flat());

/** The little words between a source word and its source ("according to", "d'après", "von"). */
export const SOURCE_LINKS = /^(to|von|d|di|van|from)$/u;

/** German prepositions of where something came from ("hieß es aus dem Ministerium", "Aus Paris hieß es"). */
export const ORIGIN_PREPOSITIONS = /^(aus|von|vom|seitens)$/u;

/** How many words a speaker phrase after a verb reads before its holder's name must come. */
const MAX_PHRASE = 9;

/** The phrase that starts at tokens[k] (after a verb: "sagte Stoltenberg", "betonte der Generalsekretär"). */
export function phraseAfter(tokens: Token[], k: number, end: number, lex: Lexicon, people: EntityTable, strict = true): Speaker | null {
  // "lamenta, por su parte, Iris Avellaneda", "said, however, the minister": an inserted phrase between commas.
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < end && c < k + 6 && tokens[c].text !== ',' && !(tokens[c].punct && tokens[c].text !== '-')) c++;
    if (tokens[c]?.text === ',' && c > k + 1) k = c + 1;
  }
  // "résume quant à elle Francisca Joly-Gomez", "señaló por su parte el ministro": a set phrase with no commas.
  const inset = lex.insets.find((seq) => seq.every((w, i) => tokens[k + i]?.lower === w));
  if (inset) k += inset.length;
  // "according to", "nach Angaben von", "selon", "d'après": skip the little words that follow a source word.
  while (k < end && isWordTok(tokens[k]) && SOURCE_LINKS.test(tokens[k].lower)) k++;
  // "according to a court document filed by state attorney Dave Aronberg", "a complaint filed by the Securities and
  // Exchange Commission": a document's author, the agent of the participle after it, is the source.
  for (let d = k; d < end && d < k + 4 && isWordTok(tokens[d]) && !tokens[d].cap; d++) {
    if (!isDocumentNoun(tokens[d], lex)) continue;
    const part = tokens[d + 1], by = tokens[d + 2];
    if (!isWordTok(part) || part.cap || !/ed$/u.test(part.lower) || !isWordTok(by) || !lex.agentPrepositions.has(by.lower)) break;
    // From the name on (the lowercase words of a role before it, "state attorney", are left out), through the
    // little words inside a body's name.
    let c = d + 3;
    while (c < end && c < d + 7 && isWordTok(tokens[c]) && !tokens[c].cap) c++;
    const name: string[] = [];
    for (let e = c; e < end && isWordTok(tokens[e]); e++) {
      if (tokens[e].cap) name.push(tokens[e].text);
      else if (/^(and|of|for|&)$/u.test(tokens[e].lower) && tokens[e + 1]?.cap && isWordTok(tokens[e + 1])) name.push(tokens[e].text);
      else break;
    }
    if (name.length) return { kind: 'name', name: people.fullName(name), gender: null };
    break;
  }
  // "äußerte sich der Minister", "heißt es": a reflexive or expletive pronoun is not the subject.
  if (k + 1 < end && isWordTok(tokens[k]) && lex.reflexive.has(tokens[k].lower)) {
    k++;
    // "hieß es vom Abgeordneten … Viktor Oserow", "hieß es aus dem Ministerium": who it came from is the source.
    if (k + 1 < end && isWordTok(tokens[k]) && ORIGIN_PREPOSITIONS.test(tokens[k].lower)) {
      let e = k + 1;
      while (e < end && e < k + 14 && isWordTok(tokens[e])) e++;
      // The holder's name ends the phrase ("vom Abgeordneten des russischen Föderationsrates Viktor Oserow"); else
      // the phrase itself names the source ("aus Paris", "von der Polizei").
      let b = e;
      while (b > k + 1 && tokens[b - 1].cap) b--;
      const holder = b < e ? readPhrase(tokens.slice(b, e), lex, people, tokens[b].start, false) : null;
      if (literalFullName(holder)) return holder;
      const source = readPhrase(tokens.slice(k + 1, e), lex, people, tokens[k + 1].start, false);
      if (source && source.kind !== 'pronoun') return source;
      return null;
    }
    // "heißt es dazu in einer Pressemitteilung des CCC": an adverb or two before the document.
    for (let a = 0; a < 2 && k + 2 < end && isWordTok(tokens[k]) && !tokens[k].cap && !lex.sourcePreps.has(tokens[k].lower)
      && !lex.determiners.has(tokens[k].lower) && isWordTok(tokens[k + a + 1]) && lex.sourcePreps.has(tokens[k + a + 1].lower); a++) {
      if (a === 0 || !tokens[k + 1].cap) { k += a + 1; break; }
    }
  }
  // "heißt es in dem Bericht", "So heißt es in dem Schreiben wörtlich": the document is the source.
  if (k + 2 < end && isWordTok(tokens[k]) && lex.sourcePreps.has(tokens[k].lower)) {
    for (let d = k + 1; d < Math.min(end, k + 5) && isWordTok(tokens[d]); d++) {
      if (isDocumentNoun(tokens[d], lex)) return readPhrase(tokens.slice(k + 1, Math.min(end, d + 5)), lex, people, tokens[k + 1].start, true);
    }
  }
  // "sagte gestern der Minister", "ha twittato poi la premier": skip an adverb or two.
  for (let skip = 0; skip < 2 && k + 1 < end && isWordTok(tokens[k]) && !tokens[k].cap && !lex.determiners.has(tokens[k].lower)
    && !lex.pronouns.has(tokens[k].lower) && !STOP.has(tokens[k].lower) && (lex.auxiliaries.has(tokens[k].lower) || (lex.lang !== 'de' && /^\p{Ll}+$/u.test(tokens[k].text)))
    && isWordTok(tokens[k + 1]) && (tokens[k + 1].cap || lex.determiners.has(tokens[k + 1].lower) || lex.pronouns.has(tokens[k + 1].lower)); skip++) k++;
  // "a déclaré à cette occasion le ministre", "said on Tuesday the minister": a short prepositional adverbial
  // between the verb and a definite subject.
  if (isWordTok(tokens[k]) && STOP.has(tokens[k].lower)) {
    for (let d = k + 2; d <= k + 3 && d + 1 < end; d++) {
      if (!isWordTok(tokens[d]) || !isWordTok(tokens[d - 1])) break;
      if (DEFINITE.has(tokens[d].lower) && isWordTok(tokens[d + 1]) && !lex.determiners.has(tokens[d - 1].lower)) { k = d; break; }
    }
  }
  // "dijo a Infobae María Rachid", "ha detto al Corriere Mario Rossi": whom it was said to, then the subject, opened
  // by a first name.
  if (!lex.verbSecond && isWordTok(tokens[k]) && STOP.has(tokens[k].lower)) {
    for (let d = k + 1; d <= k + 4 && d + 1 < end; d++) {
      if (!isWordTok(tokens[d])) break;
      if (tokens[d].cap && isFirstName(tokens[d].text) && isWordTok(tokens[d + 1]) && tokens[d + 1].cap && d > k + 1) { k = d; break; }
    }
  }
  const t = tokens[k];
  if (!isWordTok(t) || k >= end) return null;
  const frInv = t.lower.match(/-t-(il|elle)$|-(il|elle)$/u);
  if (frInv) return pronoun(frInv[1] ?? frInv[2], lex);
  if (lex.pronouns.has(t.lower) && (t.lower !== 'sie' || !tokens[k + 1]?.cap)) return pronoun(t.lower, lex);
  if (t.lower === 'it') return bodyAnaphor(t.lower, lex);
  let j = k;
  const phrase: Token[] = [];
  while (j < end && phrase.length < MAX_PHRASE) {
    const w = tokens[j];
    // "sagt Halas‘ Kollege Peter Nordlander": an apostrophe closed up to a name makes it a genitive that owns what
    // follows; the phrase goes on to the holder.
    const genitive = /^['’‘]$/u.test(w.text) && phrase.length > 0 && phrase[phrase.length - 1].cap && phrase[phrase.length - 1].end === w.start && tokens[j + 1]?.cap && !tokens[j + 1].punct;
    // "sagte der Berner Gesundheits-, Sozial- und Integrationsdirektor Pierre Alain Schnegg": after a compound's first
    // part left open by a hyphen, the comma and the conjunction go on to the next parts.
    if (lex.lang === 'de' && phrase.length > 1 && phrase[phrase.length - 1].text === '-' && (w.text === ',' || /^(und|oder|sowie)$/u.test(w.lower))) { phrase.push(w); j++; continue; }
    if (w.punct && w.text !== '-' && w.text !== '.' && !genitive) break;
    // An initial's full stop that ends the sentence: "advierte Alfonso S. No obstante, buscan …" (a function word, or a word that
    // opens sentences and is never a name, opens the next).
    if (w.text === '.' && phrase.length && tokens[j + 1]?.cap && (lex.functionWords.has(tokens[j + 1].lower) || actorLexicon(lex.lang).isOpener(tokens[j + 1].text))) break;
    if (!w.punct && phrase.length && (STOP.has(w.lower) || SOURCE_OR_END.has(w.lower) || lex.speechVerbs.has(w.lower)) && !lex.particles.has(w.lower)) break;
    // "said Steve Lederer who is Napa County Public Works Director": a relative clause describes the speaker named.
    if (!w.punct && phrase.length && PERSON_RELATIVES.has(w.lower)) break;
    // German: an accusative or dative article after the subject opens the object ("bezeichnet die Archäologin
    // Montserrat Sanz den Fund"), unless a nobiliary particle leads into it ("von den Driesch").
    // Likewise a possessive or indefinite article ("begründete das Gericht seine Entscheidung").
    if (lex.lang === 'de' && phrase.length && (OBJECT_ARTICLES.has(w.lower) || lex.possessive.has(w.lower) || lex.indefinite.has(w.lower)) && !lex.nobiliary.has(phrase[phrase.length - 1].lower)) break;
    // "bezeichnete der Grüne Volker Beck das Pontifikat", "kommentiert Facebook das Gesetz", "kommentiert der Konzern
    // das Gesetz": after a name or a noun, a lowercase "das" or "die" opens the object (as nominative they would open
    // a subject of their own, which the phrase already is; a genitive goes on with "des" or "der").
    if (lex.lang === 'de' && (w.text === 'das' || w.text === 'die') && phrase.length && phrase[phrase.length - 1].cap
      && phrase.some((x) => x.cap && !x.punct && !lex.determiners.has(x.lower))) break;
    // "zeigt sich die Sprecherin des Nachrichtendienstes zugeknöpft:": in German a lowercase word after the noun
    // phrase that is no function word is the predicate, not part of the subject.
    if (lex.lang === 'de' && !w.punct && !w.cap && phrase.some((x) => x.cap && !lex.determiners.has(x.lower)) && !lex.functionWords.has(w.lower) && !lex.determiners.has(w.lower) && !lex.particles.has(w.lower) && !lex.genitive.has(w.lower)) break;
    // "said chief inspector Jennifer Mattinson": lowercase role nouns may open the phrase when a name follows them.
    if (!w.punct && !w.cap && !phrase.length && !lex.determiners.has(w.lower) && !/^\d/u.test(w.text) && !roleBeforeName(tokens, j, end, people, lex)) return null;
    phrase.push(w);
    j++;
  }
  // "verklaart coördinator van de vaccinatiecampagne van de GGD Brabant-Zuidoost Ludy Blind": a role with its
  // complements fills the phrase before the holder's name; the capitalised words that end the clause go on with it.
  if (phrase.length === MAX_PHRASE && !phrase[0].cap && people.roleGender(phrase[0].text) !== undefined) {
    while (j < end && phrase.length < 14 && tokens[j].cap && !tokens[j].punct) phrase.push(tokens[j++]);
  }
  // "commenta Walter Artibani Segretario generale della …": a capitalised office after the name is no part of it.
  // Only where a lowercase complement follows the office ("Segretario generale"); English capitalises offices before
  // names and after places ("said Democratic National Committee Chairman Tim Kaine", "a New Hampshire Democrat").
  if (lex.lang !== 'de' && lex.lang !== 'en' && phrase.length >= 3 && phrase[0].cap && phrase[1].cap && !phrase.slice(0, 2).some((w) => people.roleGender(w.text) !== undefined)) {
    const office = phrase.findIndex((w, i) => i >= 2 && w.cap && people.roleGender(w.text) !== undefined && !!phrase[i + 1] && !phrase[i + 1].punct && !phrase[i + 1].cap);
    if (office > 0) phrase.length = office;
  }
  const s = readPhrase(phrase, lex, people, tokens[k].start, strict);
  // ("said ICA chief executive officer, Gary Zegiestowsky": a role phrase with no article, a full name after it.)
  const roleNoArticle = !lex.determiners.has(phrase[0]?.lower ?? '') && phrase.some((w) => !w.punct && !w.cap && people.roleGender(w.text) !== undefined);
  // ("exhorted Clinton's introducer, actress Jamie Lee Curtis": a role its owner opens, too.)
  if (!literalFullName(s) && (lex.determiners.has(phrase[0]?.lower ?? '') || roleNoArticle || (s?.kind === 'role' && /['’]s$/u.test(phrase[0]?.text ?? '')))) {
    // "der Vorsitzende des Linux-Verbandes, Elmar Gesse", "der Oberkommandierende General der US-Streitkräfte
    // im Irak, General George Casey": a name in apposition wins over the role, past an adverbial or two.
    // (A body's name may make the complement longer: "said the director of the US National Institute of Standards
    // and Technology, Laurie Locascio": past six words only capitalised words and the little words inside a name.)
    let c = j;
    const inName = (t: Token) => t.cap || lex.determiners.has(t.lower) || /^(of|for|and|de|del|des|du|di|della|van|von|der)$/u.test(t.lower);
    while (c < end && (c < j + 6 || (c < j + 14 && inName(tokens[c]))) && tokens[c].text !== ',' && (!tokens[c].punct || tokens[c].text === '-')) c++;
    if (tokens[c]?.text === ',') {
      const next = phraseAfter(tokens, c + 1, end, lex, people);
      if (next?.kind === 'name' && (literalFullName(next) || (s?.kind === 'role' && !roleNoArticle))) return next;
    }
    // "ha scritto una corrispondente in Libano di Al Jazeera Zeina Khodr.": with no comma, a person's full name that
    // ends the clause, past the role's complements, is the holder.
    if (s?.kind === 'role' && !roleNoArticle && (c >= end || tokens[c].punct)) {
      let b = c;
      while (b - 1 >= j && tokens[b - 1].cap && !tokens[b - 1].punct) b--;
      // (The shortest such name, then back over given names: "Al Jazeera Zeina Khodr" is Zeina Khodr.)
      let f = c - 2;
      // (Not a place after an article: "remarcó el Presidente desde La Pampa".)
      const shaped = (x: number) => x >= b && !lex.determiners.has(tokens[x].lower) && !lex.functionWords.has(tokens[x].lower) && people.personShaped(tokens.slice(x, c).map((t) => t.text));
      if (shaped(f)) {
        while (f - 1 >= b && isFirstName(tokens[f - 1].text) && isFirstName(tokens[f].text) && shaped(f - 1) && !lex.particles.has(tokens[f - 1].lower)) f--;
        return { kind: 'name', name: people.fullName(tokens.slice(f, c).map((t) => t.text)), gender: null };
      }
    }
  }
  return s;
}

/**
 * Up to three lowercase words from tokens[k] ending on a role noun, and then a capitalised word: "chief inspector
 * Jennifer …". English stacks plain nouns before its role nouns ("says stunt woman Shauna Galligan", "lead
 * sommelier"): there any lowercase word that is no function word, verb of saying or adverb may come first.
 */
function roleBeforeName(tokens: Token[], k: number, end: number, people: EntityTable, lex: Lexicon): boolean {
  const role = (t: Token) => roleOrOccupation(t, people, lex);
  const stacked = (t: Token) => lex.lang === 'en' && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !/ly$/u.test(t.text) && !lex.functionWords.has(t.lower)
    && !lex.speechVerbs.has(t.lower) && !lex.determiners.has(t.lower) && !STOP.has(t.lower) && !lex.auxiliaries.has(t.lower);
  let j = k;
  while (j < end && j < k + 3 && isWordTok(tokens[j]) && !tokens[j].cap && (role(tokens[j]) || stacked(tokens[j]))) j++;
  if (!(j > k && j < end && role(tokens[j - 1]) && isWordTok(tokens[j]))) return false;
  if (tokens[j].cap) return true;
  // "verklaart coördinator van de vaccinatiecampagne van de GGD Brabant-Zuidoost Ludy Blind": the role's complement,
  // opened by a genitive link, then the holder's full name, opened by a given name, ending the clause.
  if (!lex.genitive.has(tokens[j].lower)) return false;
  for (let c = j + 1; c < end && c < j + 12 && isWordTok(tokens[c]); c++) {
    if (tokens[c].cap && isFirstName(tokens[c].text) && isWordTok(tokens[c + 1]) && tokens[c + 1].cap && (c + 2 >= end || !isWordTok(tokens[c + 2]))) return true;
  }
  return false;
}

/**
 * A role noun, or outside German a lowercase occupation noun by its shape, where the syntax already says a role stands
 * there ("said planetary geologist Rosaly Lopes", "JPL scientist and study co-author Michael Malaska said").
 */
function roleOrOccupation(t: Token, people: EntityTable, lex: Lexicon): boolean {
  return people.roleGender(t.text) !== undefined || (lex.lang !== 'de' && !t.cap && people.isAgentNoun(t.text));
}

/** Prepositions that open a role's complement: "U.S. Attorney for Massachusetts", "chief of staff". */
const LINK_WORDS = new Set(['for', 'of', 'at', 'in', 'von', 'für', 'de', 'del', 'di', 'du']);

/**
 * The phrase that ends right before tokens[k] (before a verb: "Stoltenberg sagte", "Smith said"): the subject of the
 * speech verb at k, back to the clause edge at start. `clauseAfterConjunction`: whether a
 * conjunction after a comma may open the clause the verb heads; not right after a quotation, whose speaker
 * follows it at once ("“glow in the dark,” for instance, and Trump vowed" is another clause).
 */
export function phraseBefore(tokens: Token[], k: number, start: number, lex: Lexicon, people: EntityTable, clauseAfterConjunction = true): Speaker | null {
  const t = tokens[k - 1];
  if (t && !t.punct && lex.pronouns.has(t.lower)) return pronoun(t.lower, lex);
  if (t && t.lower === 'it' && (k - 2 < start || tokens[k - 2].punct)) return bodyAnaphor(t.lower, lex);
  // "She said he then announced:", "she also told": an adverb between a subject pronoun and its verb.
  const p2 = tokens[k - 2];
  if (!lex.verbSecond && t && p2 && !t.punct && !t.cap && !p2.punct && lex.pronouns.has(p2.lower) && !lex.functionWords.has(t.lower)
    && !lex.auxiliaries.has(t.lower) && !lex.speechVerbs.has(t.lower) && !/ed$/u.test(t.lower)) return pronoun(p2.lower, lex);
  // Collect back to the clause edge, appositions included ("One of the protesters, Hayley Walsh, 42, a lecturer, said").
  let i = k - 1;
  while (i >= start && k - i < 32) {
    const w = tokens[i];
    if (w.punct && !/^[-.,’'()]$/u.test(w.text)) break;
    // A full stop the sentence splitter took for an ordinal ("des Modells 3. Ein Sprecher von Tesla teilte mit:"):
    // a determiner or pronoun opening the words after it starts a new sentence.
    if (w.text === '.' && i + 1 < k && tokens[i + 1].cap && (lex.determiners.has(tokens[i + 1].lower) || lex.pronouns.has(tokens[i + 1].lower))) break;
    if (!w.punct && !w.noun && lex.speechVerbs.has(w.lower) && i < k - 1 && !lex.auxiliaries.has(w.lower)) break;
    i--;
  }
  // "The Conservatives’ letter to Daniel Greenberg … said:", "Merkel's statement said": the owner of a document.
  for (let p = i + 2; p + 1 < k; p++) {
    const own = tokens[p];
    const possessive = (own.text === '’' || own.text === "'") && tokens[p - 1].cap && !tokens[p - 1].punct;
    if (!possessive || !lex.sourceNouns.has(tokens[p + 1].lower)) continue;
    let b = p - 1;
    while (b - 1 > i && tokens[b - 1].cap && !tokens[b - 1].punct) b--;
    while (b < p - 1 && lex.determiners.has(tokens[b].lower)) b++;
    const owner = tokens.slice(b, p).map((t) => t.text);
    return { kind: 'name', name: people.fullName(owner), gender: null };
  }
  // German and Dutch put the verb second: a subject pronoun right after a lowercase word inside the clause
  // follows its verb, and whatever opened the clause was an object ("De beslissing nam ze naar eigen zeggen").
  if (lex.lang === 'de' || lex.lang === 'nl') {
    for (let p = i + 2; p < k; p++) {
      const w = tokens[p], v = tokens[p - 1];
      if (!w.punct && lex.pronouns.has(w.lower) && (lex.lang !== 'de' || lex.nominative.has(w.lower)) && !v.punct && !v.cap && !lex.determiners.has(v.lower) && !STOP.has(v.lower)) return pronoun(w.lower, lex);
    }
  }
  const parts: Token[][] = [[]];
  for (const w of tokens.slice(i + 1, k)) { if (w.text === ',' || w.text === '(' || w.text === ')') parts.push([]); else parts[parts.length - 1].push(w); }
  // "Omicron has been detected in South America, and the Director noted that": a conjunction after a comma that
  // closes a whole clause opens a new one, whose subject is the speaker. (Not in a list of names or roles, "Smith,
  // Jones, and Brown said", where every part is a phrase: the first named speaks for all; nor where the conjunction
  // joins a second verb to the first subject, "Thomas Massie used to support Rand Paul, but now said".)
  const co = parts.findIndex((p, n) => n > 0 && p.length > 1 && lex.coordinators.has(p[0].lower));
  if (clauseAfterConjunction && co > 0 && parts.slice(0, co).some((p) => headPhrase(p, lex).length < p.filter((w) => !w.punct || w.text === '-').length)) {
    const rest = headPhrase(parts[co].slice(1), lex);
    if (rest.length && readPhrase(rest, lex, people, rest[0].start, false)) {
      parts.splice(0, co);
      parts[0] = parts[0].slice(1);
    }
  }
  // "…, mois au cours duquel Muriel Pénicaud a déclaré que", "the month in which Muriel Penicaud declared that": a
  // relative clause has its own subject, the full name between its relative word and the verb.
  const relative = relativeSubject(tokens, k, i + 1, lex, people);
  if (relative) return relative;
  // The subject stands first: take the leftmost name, else the leftmost role.
  let role: Speaker | null = null, single: Speaker | null = null, viaRole: Speaker | null = null;
  for (let n = 0; n < parts.length; n++) {
    const part = parts[n];
    // "Asimismo, el Gobierno advirtió que …", "Inoltre, il ministro ha detto": one capitalised word set off by a comma,
    // then a phrase opened by a determiner that runs into the verb, is a fronted adverb, not the subject. (An apposition
    // is closed by a comma of its own: "Xinhua, the official news agency, wrote".)
    // (Not a name: "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post" leaves the apposition open.)
    if (n === 0 && parts.length === 2 && part.length === 1 && part[0].cap && !isFirstName(part[0].text) && !people.isActor(part[0].text)
      && parts[1].length > 1 && lex.determiners.has(parts[1][0].lower)) continue;
    // "Also Wednesday, the NBA G League announced …": a fronted time adverbial of words that name no one.
    if (n === 0 && parts.length >= 2 && part.length > 0 && part.every((w) => people.nameless(w.text))) continue;
    // "Den Unmut der CDU brachte …": a phrase opened by an object's determiner is not the subject.
    if (part[0] && lex.oblique.has(part[0].lower)) continue;
    // "Da Brauereien auf Trinkwasser angewiesen sind, warnte der Hauptgeschäftsführer": a subordinate clause.
    if (part[0] && lex.subordinators.has(part[0].lower)) continue;
    // "…, antes del inicio de la reunión del Grupo de Madrid, que": an adverbial holds no subject.
    if (part[0] && lex.adverbialPrepositions.has(part[0].lower)) continue;
    // "acting U.S. Attorney for Massachusetts Joshua Levy said": a full name closing the part, after a role and its
    // complement, is the subject.
    // (Past an adverb between the name and its verb: "Former Secretary of State Madeleine Albright recently urged".)
    let end = part.length;
    while (end > 1 && !part[end - 1].cap && !part[end - 1].punct && /\p{Ll}ly$/u.test(part[end - 1].text)) end--;
    let b = end;
    while (b > 0 && part[b - 1].cap && !part[b - 1].punct) b--;
    // So does one after two roles a conjunction joins ("JFrog cofounder and CTO Yoav Landman said", "Northwell
    // President and CEO Michael Dowling said"): the word before the conjunction is a role, so no one else is named there.
    const joinedRoles = b > 1 && lex.coordinators.has(part[b - 1].lower) && people.roleGender(part[b - 2].text) !== undefined;
    // ("JPL scientist and study co-author Michael Malaska said": two roles joined, the second stacked before the name.)
    const roleNoun = (w: Token) => !w.cap && !w.punct && roleOrOccupation(w, people, lex);
    const joinedBefore = b > 2 && roleNoun(part[b - 1]) && part.slice(0, b - 1).some((w, x) => lex.coordinators.has(w.lower) && x > 0 && roleNoun(part[x - 1]));
    if (b > 0 && b < end - 1 && (LINK_WORDS.has(part[b - 1].lower) || joinedRoles || joinedBefore) && part.slice(b, end).some((w) => isFirstName(w.text))) {
      const tail = readPhrase(part.slice(b, end), lex, people, part[b].start, false);
      if (literalFullName(tail)) return tail;
    }
    const words = headPhrase(part, lex);
    if (!words.length) continue;
    // "the White House spokesman, Josh Earnest, said": a phrase that ends on a lowercase role noun is the role of the
    // full name set after it in apposition, whatever body it names on the way.
    const head = words[words.length - 1];
    const endsOnRole = words.length > 1 && !head.cap && people.roleGender(head.text) !== undefined;
    // (So does a phrase opened by a determiner and a lowercase role noun with its body after it: "el director de la
    // Universidad La Salle, Miguel Jarquín, aseguró"; the body inside the role's complement is not the speaker.)
    const opener = words.length > 2 && lex.determiners.has(words[0].lower) ? words[1] : undefined;
    const opensOnRole = !!opener && !opener.cap && !opener.punct && roleOrOccupation(opener, people, lex) && words.slice(2).some((w) => w.cap);
    if ((endsOnRole || opensOnRole) && n + 1 < parts.length) {
      const next = headPhrase(parts[n + 1], lex);
      const named = next.length ? readPhrase(next, lex, people, next[0].start, false) : null;
      if (literalFullName(named) && people.isPerson(named!.name!)) return named;
    }
    const s = readPhrase(words, lex, people, words[0].start, false);
    // "Xinhua, the official Chinese news agency, wrote": one capitalised word that opens the clause, with a role set
    // after it in apposition, is a name the article may give nowhere else.
    if (!s && n === 0 && part.length === 1 && words.length === 1 && head.cap && n + 1 < parts.length && people.likelyName(head.text, lex.lang) && !lex.determiners.has(head.lower) && !lex.pronouns.has(head.lower)) {
      const next = headPhrase(parts[n + 1], lex);
      const apposed = next.length > 1 && lex.determiners.has(next[0].lower) ? readPhrase(next, lex, people, next[0].start, false) : null;
      if (apposed?.kind === 'role') return { kind: 'name', name: people.fullName([head.text]), gender: people.genderOf(head.text) };
    }
    // A printed name beats one reached through a role ("Der Vorsitzende des Bauhauptverbands, Michael Knipper,").
    if (literalFullName(s)) return s;
    if (s?.kind === 'name' && s.viaRole && !viaRole) viaRole = s;
    else if (s?.kind === 'name' && !single) single = s;
    else if (s && !role) role = s;
  }
  if (viaRole ?? single ?? role) return viaRole ?? single ?? role;
  // "Barth meint: „…“": a lone capitalised word that opens the clause right before its speech verb is the
  // subject, even when the article never gives the full name (when it is no common word of the article).
  const w = tokens[k - 1];
  if (k - 1 === start && w?.cap && !w.punct && people.likelyName(w.text, lex.lang) && !lex.determiners.has(w.lower)) {
    return { kind: 'name', name: people.fullName([w.text]), gender: people.genderOf(w.text) };
  }
  return null;
}

const RELATIVE_WORDS = new Set(['which', 'whom', 'where', 'duquel', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'où', 'dont', 'cual', 'cuales', 'donde', 'quale', 'quali', 'cui', 'dove', 'waarin', 'waarop', 'waar']);

/** The full name right before the verb at k (past its auxiliaries) that a relative word opens, or null. */
function relativeSubject(tokens: Token[], k: number, from: number, lex: Lexicon, people: EntityTable): Speaker | null {
  if (lex.verbSecond) return null;
  let e = k;
  while (e - 1 >= from && !tokens[e - 1].punct && !tokens[e - 1].cap && lex.auxiliaries.has(tokens[e - 1].lower)) e--;
  let b = e;
  while (b - 1 >= from && !tokens[b - 1].punct && (tokens[b - 1].cap || (lex.particles.has(tokens[b - 1].lower) && b < e))) b--;
  if (b === e || b - 1 < from || !RELATIVE_WORDS.has(tokens[b - 1].lower)) return null;
  const s = readPhrase(tokens.slice(b, e), lex, people, tokens[b].start, false);
  return literalFullName(s) ? s : null;
}

/** A clause fragment cut to its head: "a lecturer from Nottingham" -> "a lecturer"; "in einem Interview" -> nothing. */
function headPhrase(words: Token[], lex: Lexicon): Token[] {
  let ws = words.filter((w) => !w.punct || w.text === '-');
  // "As Michael Dell said last week": a conjunction that makes the clause a comparison opens no phrase.
  if (ws.length > 1 && /^(as|like|wie|comme|como|come|zoals)$/u.test(ws[0].lower) && ws[1].cap) ws = ws.slice(1);
  // STOP mixes languages ("a" is a Spanish preposition, an English article): a determiner of this one opens a phrase.
  if (!ws.length || (STOP.has(ws[0].lower) && !lex.determiners.has(ws[0].lower)) || /^\d/u.test(ws[0].text)) return [];
  let n = 0;
  while (n < ws.length && !(n > 0 && (STOP.has(ws[n].lower) || lex.auxiliaries.has(ws[n].lower)) && !lex.particles.has(ws[n].lower))) n++;
  // "a spokesperson for the World Health Organization": whom the spokesperson speaks for belongs to the phrase; so
  // does the body a lowercase role noun heads ("el presidente de la Asamblea"), which tells which president.
  const roleOf = n > 1 && n < ws.length && lex.lang !== 'de' && lex.determiners.has(ws[0].lower) && !ws[n - 1].cap && ws.slice(1, n).every((w) => !w.cap)
    && /^(of|de|du|del|della|di|van)$/u.test(ws[n].lower);
  if (n > 0 && n < ws.length && (SPOKESPERSONS.has(ws[n - 1].lower) || roleOf) && /^(for|of|at|des|der|von|vom|de|du|del|della|di|van)$/u.test(ws[n].lower)) {
    let e = n + 1;
    if (e < ws.length && lex.determiners.has(ws[e].lower)) e++;
    const capsFrom = e;
    while (e < ws.length && (ws[e].cap || (e > capsFrom && lex.particles.has(ws[e].lower) && ws[e + 1]?.cap))) e++;
    if (e > capsFrom) n = e;
  }
  return ws.slice(0, n);
}

/** A pronoun speaker, with the gender the word marks. */
export function pronoun(word: string, lex: Lexicon): Speaker {
  return { kind: 'pronoun', name: null, gender: lex.pronouns.get(word) ?? null };
}

/** Reads a short phrase as a name, a role or nothing. */
export function readPhrase(phrase: Token[], lex: Lexicon, people: EntityTable, at: number, strict: boolean): Speaker | null {
  const words = phrase.filter((w) => !w.punct);
  if (!words.length) return null;
  // "Two Labour councillors have called on …": a number opens a group, no name; the group speaks as printed.
  // (Only people: a role noun ends the group, or a party or nationality follows the number; "Cuatro años después" is a time.)
  if (words.length >= 2 && CARDINALS[lex.lang]?.has(words[0].lower) && (people.roleGender(words[words.length - 1].text) !== undefined || (lex.lang !== 'de' && words[1].cap && !words[words.length - 1].cap))) {
    return { kind: 'role', name: words.map((w) => w.text).join(' '), gender: null };
  }
  let det: Gender | null | undefined;
  let from = 0;
  if (lex.determiners.has(words[0].lower)) { det = lex.determiners.get(words[0].lower); from = 1; }
  // Capitalised run inside the phrase (names; in German also the role noun).
  const caps: Token[] = [];
  let n = from;
  while (n < words.length && !words[n].cap) n++;
  // "el portavoz de la Asociación", "the head of Tiktok": outside German a lone capitalised word after a lowercase
  // role noun and a genitive preposition is the role's complement; the role noun heads the phrase.
  // A longer run right after the genitive is the complement too ("l’ex governatore leghista della Regione
  // Lombardia"), unless a first name in it starts the holder's name ("ministre de la Santé Roman Prymula").
  let runEnd = n;
  while (runEnd < words.length && words[runEnd].cap) runEnd++;
  const afterGenitive = n - 1 > from && (lex.genitive.has(words[n - 1].lower) || (lex.determiners.has(words[n - 1].lower) && lex.genitive.has(words[n - 2]?.lower ?? '')));
  const holderInside = words.slice(n + 1, runEnd).some((w) => isFirstName(w.text));
  const complement = lex.lang !== 'de' && det !== undefined && n > from && n < words.length
    && ((!words[n + 1]?.cap && words.slice(from + 1, n).some((w) => lex.genitive.has(w.lower))) || (afterGenitive && !holderInside));
  // "Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns": a genitive name before the head is not the speaker.
  if (lex.lang === 'de' && n + 1 < words.length && /\p{Lu}\p{Ll}+s$/u.test(words[n].text) && !words[n + 1].cap) {
    n++;
    while (n < words.length && !words[n].cap) n++;
  }
  // Outside German a noun phrase ends in its head: in "Sanders campaign manager Jeff Weaver" or "Virginia delegate
  // Beau Correll" the name the phrase ends on is the person; the capitalised words before the role noun own or
  // qualify it. (Not after a genitive preposition: "the head of Tiktok" is headed by the role.)
  if (lex.lang !== 'de' && !complement) {
    const last = lastCapsRun(words, n, lex);
    if (last > n) n = last;
  }
  // (A particle leads into a surname, never into an acronym: "Joe Stork von HRW" is Stork of Human Rights Watch.)
  while (n < words.length && (words[n].cap || (lex.particles.has(words[n].lower) && words[n + 1]?.cap && !ACRONYM.test(words[n + 1].text)))) caps.push(words[n++]);
  // "Powell’s office said": a possessive before a common noun owns it; the phrase, not the owner, speaks.
  const owned = caps.length > 0 && /['’]s$/u.test(caps[caps.length - 1].text) && n < words.length && !words[n].cap;
  if (owned) return { kind: 'role', name: words.slice(from).map((w) => w.text).join(' '), gender: det ?? null, anaphoric: false };
  if (caps.length && !complement && !(caps.length === 1 && lex.determiners.has(caps[0].lower))) {
    const run = people.split(caps, from ? words[0].lower : '', at);
    if (run) {
      // German capitalises every noun: after a determiner only a role word opens a name ("der Generalsekretär
      // Jens Stoltenberg"); "die Handlungsweise Kozulins" is an object.
      // A body's name keeps its article in German too: "so die FIFA", "schrieb die Hoover Institution" (an acronym,
      // or a name the actors module lists) that ends the phrase, never a role that takes up the last speaker. ("Der
      // für Manchester United stürmende Nationalspieler Wayne Rooney" is headed by the player, not the club.)
      const body = det !== undefined && run.role.length === 0 && n === words.length && (run.name.every((w) => ACRONYM.test(w)) || people.isSpeakerActor(people.fullName(run.name)));
      // "The PAHO Director", "the White House Press Secretary": outside German a run that ends on a role noun names
      // no holder; it is a role phrase, resolved below to the person the article gave that role.
      // (A body's noun ends a name: "the New Zealand Department of Conservation".)
      const lastCap = caps[caps.length - 1];
      const endsInRole = lex.lang !== 'de' && people.roleGender(lastCap.text) !== undefined && !lex.bodyEndings.some((e) => lastCap.lower.endsWith(e));
      // "el antropólogo Martínez", "the anthropologist Martínez": a surname the article names a person after a noun
      // of occupation, listed or not, is that person.
      const between = words.slice(from, n - caps.length);
      const knownFull = () => { const f = people.fullName(run.name); return f.includes(' ') && (people.isPerson(f) || people.personShaped(f.split(' '))); };
      const known = lex.lang !== 'de' && n === words.length && between.length === 1
        && between.every((w) => !w.cap && !STOP.has(w.lower) && !lex.functionWords.has(w.lower)) && knownFull();
      const isName = det === undefined ? true : lex.lang === 'de' ? run.role.length > 0 || body : (run.role.length > 0 || caps.length >= 2 || known) && !endsInRole;
      if (isName) {
        const full = people.fullName(run.name);
        // "Souveränität Venezuelas", "Entscheidung Washingtons": a German noun with a genitive name is an object.
        // "Jegliche Mitverantwortung": any abstract noun in a run that no first name opens (a body's noun is
        // part of its name: "Süddeutscher Zeitung").
        const nounHead = lex.lang === 'de' && full.includes(' ') && !people.isSpeakerActor(full)
          && (people.nounShaped(full.split(' ')[0]) || (!people.personShaped(full.split(' ')) && full.split(' ').some((w) => people.nounShaped(w) && !lex.bodyEndings.some((e) => w.toLowerCase().endsWith(e)))));
        if (!nounHead && (full.includes(' ') || body || (people.likelyName(run.name[0], lex.lang) && (run.role.length > 0 || people.knownName(run.name[0]))))) return { kind: 'name', name: full, gender: run.gender ?? people.genderOf(full) };
      }
    }
  }
  if (det === undefined) return null;
  // "said the 36-year-old", "sagte der 60-Jährige", "la 45enne": an age stands for a person already named, like a
  // pronoun (of the determiner's gender where the language marks one).
  if (words.length - from === 1 && AGE.test(words[from].text)) return { kind: 'pronoun', name: null, gender: det ?? null };
  // A role phrase: its head noun is the first capitalised word (German) or the first word after the determiner,
  // unless a role word follows a qualifier there ("el primer ministro", "the former president").
  const lowerRoleAt = lex.lang === 'de' ? -1 : words.slice(from, from + 3).findIndex((w) => !w.cap && people.roleGender(w.text) !== undefined);
  // English capitalises an office used as a title ("the PAHO Director", "the Governor"): a capitalised role noun heads
  // the phrase where no lowercase one does. (Elsewhere a capitalised one opens a longer title, "le Premier ministre".)
  // (So does a capitalised role noun standing alone after its determiner in the other languages: "el Papa", "el
  // Pontífice", for the one the article introduced with it: "El Papa Francisco".)
  const alone = words.length - from === 1 ? words[from] : null;
  // (Not an acronym, which roleGender counts with the role it stands before: "la CGSLB" is the union.)
  const aloneRole = lex.lang !== 'de' && alone?.cap && /\p{Ll}/u.test(alone.text) && !people.qualifiesRole(alone.text) && people.roleGender(alone.text) !== undefined ? 0 : -1;
  const roleAt = lowerRoleAt >= 0 ? lowerRoleAt : lex.lang !== 'en' ? aloneRole : words.slice(from, from + 3).findIndex((w) => people.roleGender(w.text) !== undefined);
  const head = lex.lang === 'de' ? caps[0] : words[from + Math.max(0, roleAt)];
  if (!head) return null;
  const source = documentSource(words, words.indexOf(head), lex, people);
  if (source) return source;
  // "“…,” the report said", "the consultative draft said": a document with no owner named speaks for its author or the
  // body named last before it ("The Vatican released its report", "The World Bank published a consultative draft"), never as a
  // name of its own; with no body before it, the context decides.
  const tail = words[words.length - 1];
  if (det !== undefined && !lex.indefinite.has(words[0].lower) && isDocumentNoun(tail, lex) && words.slice(from).every((w) => !w.cap)) {
    // (Its author where the article names one: "The report, collated … by Maj Gen Justice Paul Brereton".)
    const body = people.documentAuthor(tail.lower, at) ?? people.organisationBefore(at);
    return body ? { kind: 'name', name: body, gender: null, viaRole: true } : null;
  }
  const definite = det !== undefined && DEFINITE.has(words[0].lower);
  // "eine Sprecherin", "a company spokesperson": someone speaking for a body; with the owner named in a genitive
  // ("ein Sprecher des CERN") that body, else the organisation named last (resolved with the quotation's position).
  // "eine NDB-Sprecherin", "ein Siemens-Sprecher": the body the compound opens with speaks.
  for (const w of words.slice(from)) {
    const dash = w.text.lastIndexOf('-');
    if (dash > 0 && SPOKESPERSONS.has(w.lower.slice(dash + 1)) && people.isSpeakerActor(w.text.slice(0, dash))) return { kind: 'name', name: people.fullName([w.text.slice(0, dash)]), gender: null };
  }
  const spokes = words.slice(from).findIndex((w) => SPOKESPERSONS.has(w.lower));
  if (spokes >= 0 && !definite) {
    const owner = words.slice(from + spokes + 1).filter((w) => w.cap).map((w) => w.text);
    // "ein Sprecher der Downing Street", "a spokesman for the Pentagon": the body named after the genitive speaks.
    const genitive = lex.genitive.has(words[from + spokes + 1]?.lower ?? '') || OBJECT_ARTICLES.has(words[from + spokes + 1]?.lower ?? '') || /^(des|der|of|for)$/u.test(words[from + spokes + 1]?.lower ?? '');
    // (The owner's full form, unless that drops a word the article also writes in lowercase: "World Health Organization".)
    const printed = owner.join(' ');
    const known = owner.length > 0 && people.isSpeakerActor(printed);
    if (owner.length && (genitive || known)) {
      const full = people.fullName(owner);
      return { kind: 'name', name: !known && full.split(' ').length >= owner.length ? full : printed, gender: null };
    }
    if (!owner.length) return { kind: 'role', name: words.slice(from).map((w) => w.text).join(' '), gender: det ?? null, spokesperson: true };
  }
  // "the company said", "The panel wrote": a body's common noun alone after its article takes up the body named last,
  // or the one whose name it ends ("the commission" after "the European Commission").
  // (Lowercase adjectives may follow it in the Romance languages: "le syndicat socialiste", "le syndicat libéral".)
  // (English: a verb in "-s" may follow it, read into the phrase where the sentence has no verb of saying: "The company
  // credits this expansion to “…”".)
  const verbAfter = lex.lang === 'en' && words.length - from === 2 && /\p{Ll}s$/u.test(words[from + 1].text) && !/ss$/u.test(words[from + 1].text);
  if (lex.lang !== 'de' && det !== undefined && !lex.indefinite.has(words[0].lower) && words.length - from >= 1 && words.slice(from).every((w) => !w.cap)
    && (words.length - from === 1 || lex.lang !== 'en' || verbAfter)) {
    const body = bodyAnaphor(words[from].lower, lex);
    // (The body named before the phrase, not one named between it and the quotation: "the company claims its new
    // prices and Prime deals have saved customers “…”".)
    const named = body ? people.byHeadNoun(words[from].text) ?? people.organisationBefore(at) : null;
    if (named) return { kind: 'name', name: named, gender: null, viaRole: true };
  }
  // "la diocesi di Treviso", "le parquet de Paris": a body's noun, a genitive and a capitalised name to the end name the
  // body itself, which speaks (not a person taken up by a description).
  if (lex.lang !== 'de' && det !== undefined && !lex.indefinite.has(words[0].lower) && from + 2 < words.length && !words[from].cap
    && (SEATED_BODIES[lex.lang] ?? []).includes(words[from].lower) && lex.genitive.has(words[from + 1].lower)) {
    let c = from + 2;
    while (c < words.length && !words[c].cap && lex.determiners.has(words[c].lower)) c++;
    if (c < words.length && words.slice(c).every((w) => w.cap || lex.particles.has(w.lower))) return { kind: 'name', name: words.slice(from).map((w) => w.text).join(' '), gender: null };
  }
  // "der brasilianische Präsident": the adjective tells which of the article's presidents.
  const adjective = words.slice(from, words.indexOf(head)).find((w) => !w.cap && /^\p{Ll}{5,}$/u.test(w.text) && !lex.determiners.has(w.lower));
  // Outside German only a role word is looked up as a role: "El primer objetivo es …" describes no one.
  // (So does the body named after it: "el presidente de la Asamblea" is the Assembly's president, not the country's.)
  const qualifiers = words.slice(from, complement ? words.length : words.indexOf(head)).filter((w) => w.cap && !w.punct && w !== head).map((w) => w.text);
  // "wrote the center" after "the Storm Prediction Center", "la Commission" after "la Commission européenne":
  // a definite common noun that ends (or, in German, opens) a name the article gave before stands for it.
  const definiteHead = DEFINITE.has(words[0].lower) && words.length - from === 1 ? people.byHeadNoun(head.text) : null;
  const bodyEnding = lex.bodyEndings.some((e) => head.lower.endsWith(e));
  // "Außerdem halte die Fraktion …" after "die SPD-Landtagsfraktion": a bare definite body noun is that body, before
  // any person whose role mentions it.
  if (definiteHead && bodyEnding && !lex.roleEndings.some((e) => head.lower.endsWith(e))) return { kind: 'name', name: definiteHead, gender: null, viaRole: true };
  const person = (adjective && people.byAdjective(adjective.text)) || (lex.lang === 'de' || roleAt >= 0 ? people.byRole(head.text, at, qualifiers) : null);
  const roleGender = people.roleGender(head.text);
  const gender = roleGender ?? (det ?? null);
  if (person) return { kind: 'name', name: person, gender: gender ?? people.genderOf(person), viaRole: true };
  // (Not a person's role noun: "so die Juristin" after "sagt die BDA-Juristin" is the lawyer again, not a name.)
  if (definiteHead && roleGender === undefined) return { kind: 'name', name: definiteHead, gender: null, viaRole: true };
  // "Der Berliner Senat", "die Münchner Polizei": German capitalises a place's adjective too; the body is the noun after it.
  // ("der Tessiner Ständerat" is a councillor: a role word is no body whatever it ends in.)
  const body = bodyEnding
    || (lex.lang === 'de' && caps.length === 2 && /er$/u.test(caps[0].text) && caps.slice(1).some((w) => !lex.roleEndings.some((e) => w.lower.endsWith(e)) && lex.bodyEndings.some((e) => w.lower.endsWith(e))));
  // After a verb, an object ("die Hoffnung", "the idea") is no speaker: only roles and bodies are.
  if (strict && roleGender === undefined && !body) return null;
  // An abstract German noun never speaks ("die Entscheidung", "Die Verleihung des Titels"): the object or the
  // subject of another clause, not a description of a speaker.
  if (lex.lang === 'de' && roleGender === undefined && !body && people.nounShaped(head.text)) return null;
  const text = words.slice(from).map((w) => w.text).join(' ');
  // "commente la CGSLB", "La FGTB regrette": an acronym alone after its article is a body's name, not a role.
  if (words.length - from === 1 && /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(head.text)) return { kind: 'name', name: people.fullName([head.text]), gender: null };
  // "der CDU-Politiker", "la premier": a definite role already introduced stands for the person, like a pronoun.
  return { kind: 'role', name: text, gender, anaphoric: definite && !body, generic: roleGender === undefined && !body, nounGender: !!roleGender };
}

/**
 * Where the capitalised run that ends the phrase starts, when a lowercase word other than a preposition or a
 * determiner stands right before it ("campaign manager", "delegate", "police"); else -1.
 */
function lastCapsRun(words: Token[], from: number, lex: Lexicon): number {
  let e = words.length;
  if (e <= from || !words[e - 1].cap) return -1;
  let b = e - 1;
  while (b > from && (words[b - 1].cap || (lex.particles.has(words[b - 1].lower) && words[b].cap && b - 1 > from && words[b - 2].cap))) b--;
  const before = words[b - 1];
  if (b <= from || !before || before.cap || /['’]s$/u.test(before.text)) return -1;
  // "una corrispondente in Libano di Al Jazeera Zeina Khodr": after a genitive, a first name inside the run opens the
  // holder's name; the words before it name the body.
  const genitive = lex.genitive.has(before.lower) ? b : words.findIndex((w, i) => i >= b && i < e && lex.genitive.has(w.lower)) + 1;
  if (genitive > 0) for (let f = Math.max(b + 1, genitive); f < e - 1; f++) if (isFirstName(words[f].text) && !isFirstName(words[f - 1].text)) return f;
  if (STOP.has(before.lower) || lex.genitive.has(before.lower) || lex.determiners.has(before.lower) || lex.particles.has(before.lower)) return -1;
  // "zegt Nicole van Lieshout van de plaatselijke VVV": a capitalised word, then a genitive and a lowercase word, makes
  // the run after it a complement of the name before, not the phrase's head.
  for (let g = from + 1; g < b - 1; g++) if (words[g - 1].cap && lex.genitive.has(words[g].lower) && !words[g + 1].cap) return -1;
  return b;
}

/**
 * A document or medium as the source of a quotation ("einer Pressemitteilung des BMI", "dem Schreiben"):
 * the body that owns it, when a genitive names one.
 */
function documentSource(words: Token[], h: number, lex: Lexicon, people: EntityTable): Speaker | null {
  if (h < 0 || !isDocumentNoun(words[h], lex)) return null;
  // "dem LSVD-Schreiben", "ein SPD-Papier": an acronym the compound opens with is the document's owner.
  const prefix = words[h].text.match(/^(\p{Lu}{2,}[\p{Lu}\d]*)-\p{L}/u);
  if (prefix) return { kind: 'name', name: people.fullName([prefix[1]]), gender: null };
  const g = words[h + 1];
  if (g && /^(des|der|von|vom|of|de|du|des|del|della|dello|van)$/u.test(g.lower)) {
    const owner: string[] = [];
    for (let n = h + 2; n < words.length && (words[n].cap || (owner.length && lex.particles.has(words[n].lower) && !/^d(er|es|ie|em|en)$/u.test(words[n].lower) && words[n + 1]?.cap)); n++) owner.push(words[n].text);
    if (owner.length) return { kind: 'name', name: people.fullName(owner), gender: null };
  }
  // A document alone ("the letter", "el auto", "dem Schreiben") names no one: the context may.
  return null;
}
