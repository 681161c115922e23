// The role an article gives a person, read from the words around one mention of the name:
// before it ("Nato-Generalsekretär Jens Stoltenberg", "der damalige Landrat des Kreises Ahrweiler,
// Jürgen Pföhler", "la presidenta de la Comisión Europea, Ursula von der Leyen") or after it as an
// apposition ("Sophie Binet, secrétaire générale de la CGT,", "Hayley Walsh, a lecturer,").
import { joinWords, OPEN_QUOTES, type Token } from './tokens';
import type { Lexicon } from './lexicon';
import { firstNameGender, isFirstName } from './first-names';

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'the', 'a', 'an', 'le', 'la', 'les', 'l’', "l'", 'un', 'une', 'el', 'los', 'las', 'il', 'lo', 'gli', 'uno', 'de', 'het', 'een']);
// Words that may sit inside a role's complement: "Landrat des Kreises Ahrweiler", "directeur de campagne pour la pêche".
const LINKS = new Set(['des', 'der', 'von', 'vom', 'im', 'am', 'in', 'für', 'of', 'for', 'the', 'at', 'de', 'du', 'la', 'le', 'l’', "l'", 'pour', 'à',
  'del', 'di', 'della', 'dei', 'degli', 'delle', 'dello', 'e', 'y', 'et', 'en', 'los', 'las', 'd’', "d'", 'and', 'und', 'al', 'au', 'aux', 'da', 'van', 'het', 'voor',
  // Italian portfolios and seats: "assessore alla Sanità", "capogruppo alla Camera di Iv".
  'alla', 'allo', 'alle', 'ai', 'agli']);
const AND_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'en']);
const ROMANCE = new Set(['fr', 'es', 'it']);
/** Links that mean "to": after a lowercase word they open its object, not a role's complement. */
const TO_WORDS = new Set(['al', 'au', 'aux', 'à', 'alla', 'allo', 'alle', 'ai', 'agli']);
const CONJUNCTIONS = new Set(['und', 'and', 'et', 'y', 'ed', 'oder', 'or', 'ou', 'o', 'sowie', 'aber', 'but', 'mais', 'pero', 'ma']);
/** Words that cite a source before a comma: "Selon le ministre,", "According to the mayor,", "Laut dem Minister,". */
const SOURCE_OPENERS = new Set(['selon', 'd’après', "d'après", 'según', 'secondo', 'volgens', 'laut', 'according', 'zufolge']);
/** Words that open a subordinate clause: after one, the word before was a verb, not a role noun. */
const SUBORDINATORS = new Set(['que', 'qu’', "qu'", 'qu', 'that', 'dass', 'che', 'dat', 'como', 'comme', 'wie']);
/** Words that give a person's name after a role noun: "a meteorologist named …". */
const NAMING = new Set(['named', 'called', 'namens', 'llamado', 'llamada', 'nommé', 'nommée', 'chiamato', 'chiamata', 'genaamd']);
const MAX_BEFORE = 10;
const MAX_AFTER = 10;

const text = (ts: Token[]) => joinWords(ts.map((t) => t.text)).replace(/ ([,.)’'])/g, '$1').replace(/\( /g, '(')
  .replace(/(\p{L}) - (\p{L})/gu, '$1-$2');

/** A lowercase word that can qualify a role: "damalige", "designierter", "former", "italiana", "scheidenden". */
function modifier(t: Token, lex: Lexicon): boolean {
  if (!t.word || t.cap || ARTICLES.has(t.text)) return false;
  // German adjectives by their shape, so verbs ("räumte", "musste") and possessives ("seine") stay out.
  // (A verb of saying in the past has the shape of a participle: "…“, reagierte Klimaschutzministerin Leonore Gewessler".)
  if (lex.lang === 'de') return (/(?:ig|lich|isch|iert|ert|end|alig|her|neu|iv|al|ell|ös|bar|sam|weit|ter)(?:e|en|er|es|em)$/u.test(t.text) || /^neue[nrms]?$/u.test(t.text)) && !lex.isSpeechVerb(t.text);
  // A Spanish or Italian word ending in a stressed "ó"/"ò" is a verb in the past ("El presidente resumió", "dichiarò"),
  // never an adjective; nor is an adverb in "-mente" ("Rosa Romero, actualmente en la Mesa del Congreso").
  if ((lex.lang === 'es' || lex.lang === 'it') && /(?:[óò]|\p{L}{3}mente)$/u.test(t.text)) return false;
  return !lex.isFunctionWord(t.text) && !CONJUNCTIONS.has(t.text) && t.text.length > 2;
}

/** A capitalised word that can own a role: a genitive or possessive ("Estlands", "Trumps", "Sweden's"), a demonym ("Swedish"). */
function owner(t: Token, lex: Lexicon): boolean {
  if (!t.word || !t.cap || lex.isFunctionWord(t.text)) return false;
  if (lex.lang === 'de') return /s$/u.test(t.text) || t.acronym || /(?:er|ische[nrs]?)$/u.test(t.text);
  // Outside German a capitalised word before a role noun qualifies it: "Labour peer", "Bafta-award winning actress".
  return !t.initial || /['’]s$/u.test(t.text) || lex.isDemonym(t.text) || /(?:an|ish|ese|ic)$/u.test(t.text) || t.acronym || t.text.includes('-')
    // A sentence opens on it: a body's name there too ("Jefferies analyst Jonathan Matuszewski", "Wells Fargo analyst
    // Zachary Fadem"), unless the word is one that any sentence may open on ("Another witness", "When President …").
    || (lex.lang !== 'de' && !lex.isOpener(t.text) && !lex.isNonName(t.text) && !/ly$/u.test(t.text) && !lex.isSpeechVerb(t.text) && !lex.isAuxiliary(t.text) && !lex.isPreposition(t.text) && !lex.isPremodifier(t.text.toLowerCase()));
}

// German roles after "des", "dem", "den" are declined ("des scheidenden Generaldirektors", "des prorussischen
// Rechtsradikalen"); the popup shows them as the article would name the person: in the nominative.
const ADJECTIVAL_NOUN = /^(.*(?:beauftragt|vorsitzend|abgeordnet|radikal|betroffen|angestellt|gesandt|delegiert|bevollmächtigt|verantwortlich))en$/u;

function nominative(words: string[], lex: Lexicon, oblique = false, definite = false): string[] {
  if (lex.lang !== 'de' || !words.length) return words;
  const out = [...words];
  // "der designierte US-Präsident", "Der frühere Vizekanzler": after "der" a masculine role's adjectives
  // take the weak ending; without the article the popup shows the strong one ("designierter US-Präsident").
  if (definite && !oblique && !/in$/u.test(out[out.length - 1])) {
    for (let i = out.length - 2; i >= 0 && /^\p{Ll}.*[^e]e$/u.test(out[i]); i--) out[i] = `${out[i]}r`;
    return out;
  }
  const last = out[out.length - 1];
  let noun: string | null = null;
  const adj = last.match(ADJECTIVAL_NOUN);
  if (adj) noun = `${adj[1]}er`;
  else if (/[^s]s$/u.test(last) && !/ins$/u.test(last) && lex.isRoleNoun(last.slice(0, -1))) noun = last.slice(0, -1);
  else if (/[^e]en$/u.test(last) && lex.isRoleNoun(last.slice(0, -2)) && !/innen$/u.test(last)) noun = last.slice(0, -2);
  else if (/en$/u.test(last) && lex.isRoleNoun(last.slice(0, -1)) && !/innen$/u.test(last)) noun = last.slice(0, -1);
  // After "den", "dem", "des" the noun may keep its form while the adjectives decline: "den früheren griechischen Migrationsminister".
  if (!noun && !oblique) return out;
  noun ??= last;
  out[out.length - 1] = noun;
  const feminine = /in$/u.test(noun);
  for (let i = out.length - 2; i >= 0 && /^\p{Ll}.*en$/u.test(out[i]); i--) out[i] = out[i].slice(0, -2) + (feminine ? 'e' : 'er');
  return out;
}

/**
 * A conjunction inside the body a role's complement names, between a capitalised word and another or a link:
 * "ministre du Commerce et de l’Industrie", "directora de Planificación y Desarrollo Urbano de la Fundación …".
 */
function nameConjunction(tokens: Token[], k: number, lex?: Lexicon): boolean {
  const next = tokens[k + 1];
  // ("Leader McConnell and President Trump": before a title the conjunction joins two people, not a body's words.)
  return CONJUNCTIONS.has(tokens[k].text.toLowerCase()) && !!tokens[k - 1]?.word && tokens[k - 1].cap
    && !!next?.word && (next.cap || LINKS.has(next.text.toLowerCase())) && !(lex && (lex.isRoleNoun(next.text) || lex.isTitle(next.text)));
}

/**
 * A preposition between two capitalised words of a body's name: "la Coalición por México al Frente", "Committee on
 * Foreign Relations", "Instituto contra la Discriminación" (English has few outside the links).
 */
const EN_NAME_PREPOSITIONS = new Set(['on', 'against']);
function prepositionInName(tokens: Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k], prev = tokens[k - 1], next = tokens[k + 1];
  return !!t?.word && !t.cap && (lex.isPreposition(t.text) || (lex.lang === 'en' && EN_NAME_PREPOSITIONS.has(t.text)))
    && !!prev?.word && prev.cap && !!next?.word && next.cap && !lex.isRoleNoun(next.text) && !lex.isTitle(next.text);
}

/**
 * A conjunction or preposition inside a body's name: capitalised words on both sides, and the run after it ends on an
 * institution's noun ("Roderick and Solange MacArthur Justice Center", "Council on Renewable Energy"), so that two
 * bodies or a body and a person ("Acme and Jane Doe") are not read as one.
 */
function bodyNameLink(tokens: Token[], k: number, lex: Lexicon): boolean {
  return (nameConjunction(tokens, k, lex) || prepositionInName(tokens, k, lex)) && capsEndOnOrgHead(tokens, k + 1, 5, lex);
}

/** Whether the capitalised words from tokens[from] (up to `max`) end on an institution's noun ("Solange MacArthur Justice Center"). */
function capsEndOnOrgHead(tokens: Token[], from: number, max: number, lex: Lexicon): boolean {
  let e = from;
  while (e < tokens.length && e - from < max && tokens[e].word && tokens[e].cap) e++;
  return e > from && lex.isOrgHead(tokens[e - 1].text);
}

/** A number between two capitalised words of a body's name: "MoVimento 5 Stelle", "Channel 4 News". */
const numberInName = (tokens: Token[], k: number) => /^\d{1,4}$/u.test(tokens[k]?.text ?? '') && !!tokens[k - 1]?.word && tokens[k - 1].cap && !!tokens[k + 1]?.word && tokens[k + 1].cap;

/**
 * The listed role noun whose complement a role starting at tokens[from] is ("hermano del …", "Bruder des …", "wife of
 * the …"): one or two links or articles between them, an adjective after the outer noun allowed ("hermano menor del").
 * Returns its index, or -1.
 */
function outerRole(tokens: Token[], from: number, lex: Lexicon): number {
  let j = from - 1, links = 0;
  while (j >= 0 && links < 2 && tokens[j].word && !tokens[j].cap && (LINKS.has(tokens[j].text.toLowerCase()) || ARTICLES.has(tokens[j].text.toLowerCase()))) { j--; links++; }
  // (One link at least, and not "and": "ministre du Commerce et de l’Industrie" is one office.)
  if (!links || AND_WORDS.has(tokens[j + 1].text.toLowerCase()) || !tokens[j]?.word) return -1;
  const listed = (t: Token | undefined) => !!t?.word && lex.isRoleNoun(t.text) && (lex.lang === 'de' || !t.cap) && !lex.isTitle(t.text);
  if (listed(tokens[j])) return j;
  if (lex.lang !== 'de' && lex.lang !== 'en' && modifier(tokens[j], lex) && listed(tokens[j - 1])) return j - 1;
  return -1;
}

/** Role from the words before the name: tokens[start] is the name's first word. */
function roleBefore(tokens: Token[], start: number, lex: Lexicon, agents = false, genitive = false): string | null {
  // "ein ehemaliger nationaler Sicherheitsberater Trumps": a German genitive after the role noun owns
  // the role; the holder is someone else.
  if (genitive && tokens[start - 1]?.word) return null;
  let end = start; // exclusive end of the role phrase
  // "il fondatore di Libera, don Luigi Ciotti", "Il vicario generale della Diocesi di Treviso, monsignor Adriano
  // Cevolotto": an honorific between the role and the name is neither (the name the popup shows leaves it out).
  const dot = tokens[end - 1]?.text === '.' ? 1 : 0;
  const honorific = tokens[end - 1 - dot];
  if (honorific?.word && lex.isTitle(honorific.text) && !lex.isRoleNoun(honorific.text) && end - 1 - dot > 0) end -= 1 + dot;
  if (tokens[end - 1]?.text === ',') {
    end--;
    // "el diputado y líder de Acción Humanista (Apruebo Dignidad), Tomás Hirsch": a party or alliance in brackets
    // between the role and the comma is no part of the role.
    if (tokens[end - 1]?.text === ')') {
      let open = end - 2;
      while (open > 0 && end - open <= 8 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
      if (tokens[open]?.text === '(' && open > 0) end = open;
    }
  }
  // "a meteorologist named Edward Norton Lorenz", "un periodista llamado …": the role noun before the naming word.
  else if (tokens[end - 1]?.word && NAMING.has(tokens[end - 1].text.toLowerCase()) && tokens[end - 2]?.word && !tokens[end - 2].cap) end--;
  // The leftmost role noun of a chain within reach: "Minister of Justice", "Landrat des Kreises Ahrweiler".
  let head = -1;
  let bodyOnly = true;
  for (let k = end - 1; k >= Math.max(0, end - MAX_BEFORE - 6); k--) {
    const t = tokens[k];
    if (!t.word && t.text !== '.') break;
    if (!t.word) continue;
    // Past the usual reach only the body a complement names goes on ("directora de Planificación y Desarrollo
    // Urbano de la Fundación Ciudad del Saber, Myriam Calvo"), up to its role noun: capitalised words, links and
    // the conjunctions inside a name, nothing else on the way.
    const conjunction = nameConjunction(tokens, k, lex) || numberInName(tokens, k) || prepositionInName(tokens, k, lex);
    const bodyWord = t.cap || LINKS.has(t.text.toLowerCase()) || conjunction || lex.isRoleNoun(t.text);
    bodyOnly &&= bodyWord;
    if (end - k > MAX_BEFORE && !bodyOnly) break;
    // An agent noun's shape is enough where a person's name follows: "Verwalter der Heime Franz Webhofer",
    // "USA-Kenner Thomas Jäger"; outside German only right before the name ("sociologist Jessica Calarco").
    // Only when no listed role noun is in reach: "des Kreises Ahrweiler" ends like an agent noun too.
    // (Romance languages put an adjective after it: "un ginecologo statunitense Arnold Kegel".)
    const nextToName = k === end - 1 || (k === end - 2 && lex.lang !== 'en' && modifier(tokens[end - 1], lex) && (lex.isDemonym(tokens[end - 1].text) || /(?:ense|ano|ana|ese|ais|aise|ien|ienne|ico|ica|ale)$/u.test(tokens[end - 1].text)));
    // A capitalised one is a title in front of the name ("Investigator Robert Cornett wrote") where a first name follows.
    // (English only, and not inside a run of names: "Sigourney Weaver West End play".)
    const title = lex.lang === 'en' && t.cap && k === end - 1 && end === start && isFirstName(tokens[start].text) && !isFirstName(t.text)
      && !(tokens[k - 1]?.word && tokens[k - 1].cap);
    const agent = agents && (lex.lang === 'de' ? t.cap : (nextToName && (!t.cap || title))) && lex.isAgentNoun(t.text);
    if (lex.isRoleNoun(t.text) || agent || (lex.isTitle(t.text) && k === end - 1)) {
      // "the former chairman of President Barack Obama’s Council": a capitalised title runs on leftwards only to
      // capitalised role nouns ("Minister of Justice"); a lowercase one there is someone else's.
      // (Not a lowercase role noun right before the title: "police press liaison officer Superintendent Audley Peters".)
      if (head >= 0 && tokens[head].cap && !t.cap && lex.lang !== 'de' && tokens.slice(k + 1, head).some((x) => LINKS.has(x.text.toLowerCase()))) break;
      head = k;
      // Only a capitalised title runs on leftwards ("Minister of Justice"); "pareja de la presidenta" does not.
      if (lex.lang === 'de' || !t.cap) break;
      continue;
    }
    if (head >= 0 && !LINKS.has(t.text.toLowerCase()) && !(t.cap && !t.initial)) break;
    // ("the Minister of Humanitarian Affairs and Poverty Alleviation in President Bola Ahmed Tinubu's administration": a
    // title runs on leftwards through "of" and "for", the links of an office, never through "in" or "at", which place
    // another office somewhere.)
    if (head >= 0 && tokens[head].cap && /^(?:in|at|im|am|à|en|a|dans)$/u.test(t.text)) break;
    // "CEO Shlomi Ben Haim and CTO Yoav Landman": a conjunction right before the title, after a name, joins two people.
    if (head === k + 1 && CONJUNCTIONS.has(t.text.toLowerCase()) && tokens[k - 1]?.word && tokens[k - 1].cap && !lex.isRoleNoun(tokens[k - 1].text)) break;
    if (t.text === 'am' && (!tokens[k + 1]?.word || lex.isNonName(tokens[k + 1].text))) break;
    // ("Leader McConnell and President Trump": a conjunction that joins no body's words joins two people.)
    // (After "Title Surname" only: "Primer Secretario del Partido … y Presidente de la República" is one person's.)
    if (head >= 0 && CONJUNCTIONS.has(t.text.toLowerCase()) && !conjunction && tokens[k - 1]?.cap && !lex.isRoleNoun(tokens[k - 1].text)
      && !!tokens[k - 2]?.word && (lex.isRoleNoun(tokens[k - 2].text) || lex.isTitle(tokens[k - 2].text))) break;
    // (Nor after a person's full name, whatever follows: "CEO Dr Matthew Miles and Company Secretary David Goldberg".)
    if (head >= 0 && CONJUNCTIONS.has(t.text.toLowerCase()) && tokens[k - 1]?.word && tokens[k - 1].cap && tokens[k - 2]?.word && tokens[k - 2].cap
      && isFirstName(tokens[k - 2].text) && !lex.isOrgHead(tokens[k - 1].text) && !lex.isRoleNoun(tokens[k - 1].text)) break;
    if (!t.cap && !LINKS.has(t.text.toLowerCase()) && !modifier(t, lex) && !conjunction) break;
  }
  if (head < 0) return null;
  if (lex.isTitle(tokens[head].text) && !lex.isRoleNoun(tokens[head].text)) return null;
  // "Selon le président américain, Oussama Ben Laden a été tué": a role that a source word opens is whom the sentence
  // cites, and the comma closes that adverbial; the name after it is no apposition.
  // (Only right before the role's article: "según confirmó ayer el presidente del Gobierno, Pedro Sánchez" is a verb's
  // subject in apposition.)
  if (end < start) {
    let lead = head - 1;
    while (lead > 0 && tokens[lead].word && (ARTICLES.has(tokens[lead].text.toLowerCase()) || lex.isListedPremodifier(tokens[lead].text.toLowerCase()) || lex.isRoleNoun(tokens[lead].text))) lead--;
    const w = tokens[lead]?.text.toLowerCase() ?? '';
    if (lead < head - 1 && (SOURCE_OPENERS.has(w) || (w === 'to' && tokens[lead - 1]?.text.toLowerCase() === 'according'))) return null;
  }
  // "… attributes a quote to President-elect Trump, Emery states": before a comma, a role noun with a name right
  // after it is that name's role; the name after the comma is someone else.
  if (end < start && head + 1 < end && tokens[head + 1].word && tokens[head + 1].cap && !LINKS.has(tokens[head + 1].text.toLowerCase()) && !lex.isRoleNoun(tokens[head + 1].text)) return null;
  // "director de gabinete de Díaz Ayuso": the name completes someone else's role.
  if (end > head + 1 && (LINKS.has(tokens[end - 1].text.toLowerCase()) || tokens[end - 1].text === 'bei')) return null;
  // "professeur de français à l’université Al-Azhar de Gaza": the name is the institution's the role ends on.
  // (Not behind a comma: "As policy director for the ACLU’s Montana office, Keegan Medrano".)
  if (end === start && end > head + 1 && !tokens[end - 1].cap && lex.isOrgHead(tokens[end - 1].text)) return null;
  // "hat GROOVE-Autorin Charlotte Elsen Tobias Trommer … getroffen": another person's full name between the role and
  // this name makes the role theirs.
  // (Right after the role noun, a first name that is no role word and a surname that is none either.)
  const plainName = (t: Token | undefined) => !!t?.word && t.cap && !lex.isRoleNoun(t.text) && !lex.isTitle(t.text);
  const k1 = head + 1;
  if (k1 + 1 < end && plainName(tokens[k1]) && plainName(tokens[k1 + 1]) && firstNameGender(tokens[k1].text) && !isFirstName(tokens[k1 + 1].text)) return null;
  // What stands between the role noun and the name must be its complement, not a clause.
  let linked = false;
  for (let k = head + 1; k < end; k++) {
    const t = tokens[k];
    if (t.word && !t.cap && !LINKS.has(t.text.toLowerCase()) && !modifier(t, lex) && !nameConjunction(tokens, k) && !numberInName(tokens, k) && !prepositionInName(tokens, k, lex)) return null;
    // English: a lowercase word there only inside a complement a link opened ("director of public health"), not a
    // verb ("defensive tackle Ndamukong Suh drew the ire of the Green Bay Packers").
    if (lex.lang === 'en' && t.word && !t.cap && !LINKS.has(t.text.toLowerCase()) && !linked && !prepositionInName(tokens, k, lex)) return null;
    if (t.word && LINKS.has(t.text.toLowerCase())) linked = true;
  }
  // Leftwards: qualifiers, an owner ("Estlands", "Sweden's", "Travis Kelce's"), more role words.
  let from = head;
  for (let k = head - 1; k >= 0 && head - k <= 4; k--) {
    const t = tokens[k];
    if (!t.word) break;
    // "Despite being Turkey’s most notorious prisoner, Öcalan …": a clause says what the person is, it names no function.
    if (lex.lang === 'en' && /^(?:being|having|becoming)$/u.test(t.text)) return null;
    if (ARTICLES.has(t.text.toLowerCase()) || lex.isFunctionWord(t.text)) break;
    // Outside German only adjective-like words qualify a role from the left ("toenmalig", "former", "single");
    // a verb or a date ends it ("In oktober 2020 tovert CD&V-voorzitter …").
    // A speech verb is a verb even where its ending looks like a participle's: "A Spotify chief claimed Prince Harry …".
    // English stacks plain nouns before its role nouns ("police press liaison officer", "customer service
    // representative"): a lowercase word that is no function word, adverb or verb of saying belongs to the role.
    // (Only before a lowercase role noun: a capitalised one is a title, "the Vatican under Pope Francis".)
    // A participle there describes what befell the person or how they are seen ("captured strongman", "abused
    // daughter", "New York-based developer"), not the function: only listed ones qualify. (Not "-ing": "Bafta-award
    // winning actress" keeps it.)
    const participle = lex.lang === 'en' && /(?:ed|-based)$/u.test(t.text) && !lex.isListedPremodifier(t.text);
    const compound = lex.lang === 'en' && !t.cap && !tokens[head].cap && !lex.isPreposition(t.text) && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !/ly$/u.test(t.text) && !lex.isSpeechVerb(t.text) && !lex.isAuxiliary(t.text) && !participle
      && tokens[k - 1]?.text.toLowerCase() !== 'to'; // "to kill Rep. Ilhan Omar": an infinitive, not a noun
    // Before a capitalised title only the listed words qualify ("former Gov.", "retired Gen."): a word shaped like
    // an adjective there is mostly a verb whose object the person is ("today ripped Gov. Chris Christie").
    const shapedOnly = lex.lang === 'en' && tokens[head].cap && !lex.isListedPremodifier(t.text);
    // German: an adjective in its weak form ("-e") stands after an article, a possessive or another adjective; with none
    // before it the word is a verb in the past ("…“, kritisierte HDE-Hauptgeschäftsführer Stefan Genth").
    // (A feminine role takes "-e" in both forms: "Chicagos progressive Bürgermeisterin", "Loriots kongeniale Partnerin".)
    const weakAlone = lex.lang === 'de' && /[^e]e$/u.test(t.text) && !/in$/u.test(tokens[head].text) && !(tokens[k - 1]?.word && (ARTICLES.has(tokens[k - 1].text.toLowerCase())
      || /^(?:ihr|sein|unser|euer|mein|dein|dies|jen)(?:e|er|en|em|es)?$/iu.test(tokens[k - 1].text) || (!tokens[k - 1].cap && modifier(tokens[k - 1], lex))));
    const qualifier = lex.lang === 'de' ? modifier(t, lex) && !weakAlone : !t.cap && (lex.isPremodifier(t.text) || compound) && !lex.isSpeechVerb(t.text) && !shapedOnly && !participle;
    if (qualifier || lex.isRoleNoun(t.text) || owner(t, lex) || lex.isRolePair(t.text, tokens[k + 1].text)) { from = k; continue; }
    break;
  }
  // German puts an adjective's complement before it, inside the noun phrase: "ihr für den Katastrophenschutz
  // zuständiger Innenminister", "die für Finanzen zuständige Ministerin". A preposition, an article and a noun right
  // before a lowercase qualifier are part of the role.
  if (lex.lang === 'de' && from < head && !tokens[from].cap) {
    const noun = tokens[from - 1], mid = tokens[from - 2], third = tokens[from - 3];
    // (Only inside a noun phrase an article or a possessive opens: "In Berlin neue Ministerin …" is an adverbial.)
    const opens = (t: Token | undefined) => !!t?.word && (ARTICLES.has(t.text.toLowerCase()) || /^(?:ihr|sein|unser|euer|mein|dein)(?:e|er|en|em|es)?$/iu.test(t.text));
    if (noun?.word && noun.cap && mid?.word) {
      if (lex.isPreposition(mid.text) && opens(third)) from -= 2;
      else if (ARTICLES.has(mid.text.toLowerCase()) && third?.word && lex.isPreposition(third.text) && opens(tokens[from - 4])) from -= 3;
    }
  }
  // "El hermano del expresidente hondureño, Juan Antonio Hernández", "Der Bruder des Täters, Max Berger", "the wife of
  // the president, Jill Biden": the role found is the complement of a role noun before it, whose holder the name is. The
  // whole phrase is the person's role, never the other person's role inside it.
  // (Behind a comma only: "the granddaughter of legendary organized labor icon Cesar Chavez" names the icon.)
  const outer = end < start ? outerRole(tokens, from, lex) : -1;
  // ("su primer teniente de alcalde, Fran Romero": qualifiers before the outer noun are the role's.)
  let lead = outer;
  while (lead > 0 && outer - lead < 2 && lex.lang !== 'de' && tokens[lead - 1].word && !tokens[lead - 1].cap && lex.isListedPremodifier(tokens[lead - 1].text.toLowerCase())) lead--;
  const opener = tokens[lead - 1]?.text.toLowerCase() ?? '';
  // (Only a phrase that an article or a possessive opens: "Alberto González Amador, pareja de la presidenta madrileña,
  // Isabel Díaz Ayuso" is the first name's apposition, and the role inside it the second name's.)
  if (outer >= 0 && (ARTICLES.has(opener) || SUBJECT_OPENERS.has(opener))) {
    const obliqueOuter = /^(?:den|dem|des|einen|einem|eines)$/u.test(opener);
    const phrase = [...tokens.slice(lead, outer).map((t) => t.text), ...nominative([tokens[outer].text], lex, obliqueOuter, opener === 'der'), ...tokens.slice(outer + 1, end).map((t) => t.text)];
    return text(phrase.map((t) => ({ text: t }) as Token)).replace(/^[\s,–—-]+|[\s,–—-]+$/g, '') || null;
  }
  // Do not cut a name in two: "Travis Kelce's mom" keeps "Travis".
  while (from > 0 && tokens[from - 1].word && tokens[from - 1].cap && !tokens[from - 1].initial && /['’]s$/u.test(tokens[from].text)) from--;
  const article = tokens[from - 1]?.text.toLowerCase() ?? '';
  const oblique = /^(?:den|dem|des|einen|einem|eines)$/u.test(article) || (article === 'der' && /in$/u.test(tokens[head].text));
  const phrase = [...nominative(tokens.slice(from, head + 1).map((t) => t.text), lex, oblique, article === 'der'), ...tokens.slice(head + 1, end).map((t) => t.text)];
  const out = text(phrase.map((t) => ({ text: t }) as Token)).replace(/^[\s,–—-]+|[\s,–—-]+$/g, '');
  return out || null;
}

/**
 * A role phrase starting at tokens[k]: an optional article, qualifiers, a role noun (or, where `agents`,
 * a word shaped like one), and its complement ("a sociologist at the University of Wisconsin-Madison",
 * "secrétaire générale de la CGT", "customer service representative for a manufacturing company").
 * Returns the phrase and the index after it, or null.
 */
function rolePhrase(tokens: Token[], k: number, lex: Lexicon, agents: boolean, strict = false, apposition = false): { role: string; end: number } | null {
  if (tokens[k] && ARTICLES.has(tokens[k].text.toLowerCase()) && tokens[k].word && !tokens[k].cap) k++;
  // "Johanna Rolland, sa directrice de campagne", "Jeremy Robinson, her lawyer": a possessive opens an apposition too.
  else if (apposition && tokens[k]?.word && !tokens[k].cap && POSSESSIVES.has(tokens[k].text.toLowerCase())) {
    // (Not in a list of people: "Lorenz, his secretary, his programmer and his graduate students".)
    let e = k + 1;
    while (e < tokens.length && e - k < 6 && tokens[e].word) e++;
    if (tokens[e]?.text === ',' && POSSESSIVES.has(tokens[e + 1]?.text.toLowerCase() ?? '')) return null;
    k++;
  }
  const from = k;
  let head = -1;
  // An apposition may name the body before the role noun: "Julie Graham, Washington State Department of Health public
  // information officer, said"; past four words only the body's capitalised words and its links go on.
  // (Two qualifiers or roles joined by a conjunction take a word more: "a paleontologist and early bird expert".)
  let joined = false;
  for (; k < tokens.length && k - from < (apposition ? 9 : 4); k++) {
    const t = tokens[k];
    if (!t.word) break;
    if (k - from >= (joined ? 5 : 4) && (!tokens[from].cap || (t.cap && !tokens.slice(from, k).every((x) => x.cap || LINKS.has(x.text))))) break;
    joined ||= AND_WORDS.has(t.text);
    if (apposition && LINKS.has(t.text) && k > from && tokens[k - 1].cap && tokens[k + 1]?.word && tokens[k + 1].cap && tokens.slice(from, k).every((x) => x.cap || LINKS.has(x.text))) continue;
    // An apposition's first noun with an of-complement is its role, listed or not: "Joseph Lombardo, shérif du
    // comté de Clark", "Laurent Fabius, ministre des Affaires étrangères".
    if (apposition && k === from && !t.cap && tokens[k + 1]?.word && tokens[k + 2]?.word && lex.isAppositionOf(t.text, tokens[k + 1].text)) { head = k; break; }
    // German nouns are capitalised: a strict phrase (no capitalised word skipped) may take one by its shape.
    const listed = lex.isRoleNoun(t.text);
    // ("a reproductive and perinatal epidemiologist": a word shaped like an agent noun before "and" qualifies.)
    // (Not before an article: "a prominent virologist and the dean of …" joins two roles; the first is the head.)
    if (!listed && AND_WORDS.has(tokens[k + 1]?.text ?? '') && modifier(t, lex) && !!tokens[k + 2] && modifier(tokens[k + 2], lex)) continue;
    if (listed || (agents && (strict && lex.lang === 'de' ? t.cap : !t.cap) && lex.isAgentNoun(t.text))) {
      head = k;
      // "customer service representative": English stacks nouns before the head.
      if (!(lex.isRoleNoun(tokens[k + 1]?.text ?? '') && tokens[k + 1].word && !tokens[k + 1].cap)) break;
      continue;
    }
    // "a reproductive and perinatal epidemiologist": two qualifiers joined by a conjunction.
    if (AND_WORDS.has(t.text) && k > from && modifier(tokens[k - 1], lex) && tokens[k + 1] && modifier(tokens[k + 1], lex)) continue;
    // Strict: only qualifiers before the role noun, no capitalised words ("zum Schutz der Ministerin" is none).
    if (!modifier(t, lex) && (!t.cap || strict)) break;
  }
  if (head < 0) return null;
  // "a 44-year-old data scientist": the age describes the person, it is no part of the role.
  let first = from;
  while (first < head && /^\d{1,3}[-‑](?:year|yr)s?[-‑]old$/iu.test(tokens[first].text)) first++;
  let stop = head + 1;
  // (A body's name the limit would cut goes on to its end: "director of the Louisiana office of the Roderick and Solange
  // MacArthur Justice Center".)
  // (A place is cut as before: "… Drug Policy Alliance in New York".)
  const inName = (at: number) => !!tokens[at - 1]?.word && tokens[at - 1].cap && !!tokens[at]?.word
    && (bodyNameLink(tokens, at, lex) || capsEndOnOrgHead(tokens, at, 6, lex));
  for (; stop < tokens.length && (stop - from < MAX_AFTER || (stop - from < MAX_AFTER + 6 && inName(stop))); stop++) {
    const t = tokens[stop];
    // A conjunction or a preposition between the capitalised words of a body's name is part of it: "the Roderick and
    // Solange MacArthur Justice Center", "the American Council on Renewable Energy".
    if (bodyNameLink(tokens, stop, lex)) continue;
    if (!t.word && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    // A dash standing alone (a compound is one token) closes an inserted phrase ("… di urologia - Questa …").
    if (t.text === '-') break;
    // Romance languages link a role's complement with a preposition ("consigliere regionale della Basilicata"): a party's
    // name right after the role and its adjectives ("consigliere regionale Forza Italia") is an affiliation, as one in
    // brackets, no part of the role. (An acronym stays: "convencional UDI"; so does a portfolio that a link goes on
    // from: "responsabile Prevenzione di Alisa".)
    if (ROMANCE.has(lex.lang) && t.word && t.cap && !t.acronym && stop > head && tokens[stop - 1].word && !tokens[stop - 1].cap
      && !LINKS.has(tokens[stop - 1].text.toLowerCase()) && !ARTICLES.has(tokens[stop - 1].text.toLowerCase()) && !/['’]$/u.test(tokens[stop - 1].text)) {
      let e = stop;
      while (e < tokens.length && tokens[e].word && (tokens[e].cap || /['’]/u.test(tokens[e].text))) e++;
      if (!(tokens[e]?.word && LINKS.has(tokens[e].text.toLowerCase()))) break;
    }
    // Two titles sharing one complement: "president and CEO of Feinstein", "CEO and co-founder of Savvy Society".
    if (AND_WORDS.has(t.text) && stop === head + 1 && tokens[stop + 1]?.word && lex.isRoleNoun(tokens[stop + 1].text)
      && LINKS.has(tokens[stop + 2]?.text.toLowerCase() ?? '') && !CONJUNCTIONS.has(tokens[stop + 2].text)) continue;
    if (CONJUNCTIONS.has(t.text)) break;
    // "Sanktionsexperte bei Baker McKenzie", "Sportchef bei Borussia Mönchengladbach": German "bei" links the employer
    // named right after it (no article, not a common noun: "bei Bedarf", "bei der Pressekonferenz" end the role).
    if (lex.lang === 'de' && t.text === 'bei') {
      const next = tokens[stop + 1];
      if (next?.word && next.cap && !ARTICLES.has(next.text.toLowerCase()) && !lex.isNonName(next.text) && !lex.hasNounSuffix(next.text)) continue;
      break;
    }
    // "Virologe am College of Public Health": "am" links a place of work, never a day ("am Montag", "am 8. Mai").
    if (t.text === 'am' && (!tokens[stop + 1]?.word || !tokens[stop + 1].cap || lex.isNonName(tokens[stop + 1].text))) break;
    // "an organizer with D.C. Ferguson": "with" links a complement only when a name follows it, not "a teacher with
    // a passion for …".
    if (t.text === 'with' && lex.lang === 'en') {
      const next = ARTICLES.has(tokens[stop + 1]?.text ?? '') ? tokens[stop + 2] : tokens[stop + 1];
      if (next?.word && next.cap) continue;
      break;
    }
    // An article inside the complement, after a link: "for a nonprofit", "at the University".
    if (ARTICLES.has(t.text.toLowerCase()) && LINKS.has(tokens[stop - 1]?.text.toLowerCase() ?? '')) continue;
    // Outside German a lowercase word right after the name a complement gave ("coordinatrice valdostana di Libera tende
    // la mano") is the next clause's verb: adjectives there qualify the role noun before its complement, or name a
    // country ("ministra de Defensa española").
    // (Romance languages only: English and Dutch stack nouns after a name, "NASA’s science mission directorate".)
    if (ROMANCE.has(lex.lang) && t.word && !t.cap && stop > head + 1 && tokens[stop - 1].word && tokens[stop - 1].cap && !LINKS.has(t.text.toLowerCase())
      && !ARTICLES.has(t.text.toLowerCase()) && !lex.isPreposition(t.text) && !lex.isRoleNoun(t.text) && lex.countryOfAdjective(t.text) === null && !lex.isDemonym(t.text)) break;
    // A verb would end the phrase; finite verbs are lowercase words that are neither links nor modifiers.
    // (An auxiliary always: "Dominique Strauss-Kahn, président du FMI avait peut-être sauté sur …".)
    if (t.word && !t.cap && (lex.isAuxiliary(t.text) || (!LINKS.has(t.text.toLowerCase()) && !modifier(t, lex) && !lex.isRoleNoun(t.text)))) break;
    // English and Dutch put adjectives before the noun: a lowercase word right after the head is the next clause's
    // verb ("the Oscar winner proved to be …"), unless a link has opened a complement ("director of public health").
    // ("customer service representative": nouns stacked before a later head go on.)
    const stacked = (x: Token | undefined) => !!x?.word && !x.cap && (lex.isRoleNoun(x.text) || lex.isAgentNoun(x.text));
    // ("the chief retail industry analyst": up to two plain nouns may stand between two role nouns.)
    // ("deputy state director": a verb of saying's form right before a role noun is a noun, as after a link: "director of
    // state policies", "secretary of state".)
    const nounUse = (at: number) => lex.isSpeechVerb(tokens[at]?.text ?? '') && (lex.isRoleNoun(tokens[at + 1]?.text ?? '') || LINKS.has(tokens[at - 1]?.text.toLowerCase() ?? ''));
    const plain = (at: number) => { const x = tokens[at]; return !!x?.word && !x.cap && !LINKS.has(x.text.toLowerCase()) && !lex.isFunctionWord(x.text) && !lex.isCopula(x.text) && (!lex.isSpeechVerb(x.text) || nounUse(at)) && !/(?:ly|ed)$/u.test(x.text); };
    const stackedAhead = stacked(tokens[stop + 1]) || (plain(stop + 1) && stacked(tokens[stop + 2]) && lex.isRoleNoun(tokens[stop + 2].text));
    if ((lex.lang === 'en' || lex.lang === 'nl') && stop === head + 1 && t.word && !t.cap && !LINKS.has(t.text.toLowerCase()) && !stacked(t) && !(plain(stop) && stackedAhead)) break;
    // (A capitalised one is a name's word: "a professor of chemical engineering at Penn State".)
    if (!t.cap && (lex.isCopula(t.text) || (lex.isSpeechVerb(t.text) && !(lex.lang === 'en' && nounUse(stop))))) break;
  }
  // A quoted word inside the complement ended it ("a writer for partisan “fact-checking” websites"): what the link
  // opened is cut short, so the phrase ends before that link.
  // A body named in quotation marks right after the link is the complement's name ("presidente dello “Sportello dei
  // Diritti”", "director de “El Faro”"): its capitalised words and links, then the closing mark.
  const quoted = OPEN_QUOTES.has(tokens[stop]?.text ?? '') && LINKS.has(tokens[stop - 1]?.text.toLowerCase() ?? '') && !!tokens[stop + 1]?.word && tokens[stop + 1].cap
    ? quotedName(tokens, stop + 1) : -1;
  if (quoted > 0) {
    const role = `${text(tokens.slice(first, stop))} ${tokens[stop].text}${text(tokens.slice(stop + 1, quoted))}${tokens[quoted].text}`;
    return { role, end: quoted + 1 };
  }
  if (OPEN_QUOTES.has(tokens[stop]?.text ?? '')) {
    let link = stop - 1;
    while (link > head && !LINKS.has(tokens[link].text.toLowerCase())) link--;
    if (link > head) stop = link;
  }
  // An abbreviation's full stop ended the phrase inside a name ("… Science Center in St. Louis"): the cut name goes.
  if (stop > head + 2 && tokens[stop]?.text === '.' && /^\p{Lu}\p{Ll}{0,2}$/u.test(tokens[stop - 1].text) && tokens[stop + 1]?.word && tokens[stop + 1].cap) stop--;
  // The length limit cut a name in two ("… Drug Policy Alliance in New" before "York"): the cut name goes, with its link.
  if (stop - from >= MAX_AFTER && tokens[stop]?.word && tokens[stop].cap && tokens[stop - 1]?.word && tokens[stop - 1].cap) {
    let b = stop - 1;
    while (b > head + 1 && tokens[b - 1].word && tokens[b - 1].cap) b--;
    if (b > head + 1 && LINKS.has(tokens[b - 1].text.toLowerCase())) stop = b;
  }
  // A complement cut short ends on its link: "representative for" is no role; drop the dangling words.
  while (stop > head + 1 && (LINKS.has(tokens[stop - 1].text.toLowerCase()) || ARTICLES.has(tokens[stop - 1].text.toLowerCase()) || !tokens[stop - 1].word)) stop--;
  const out = text(tokens.slice(first, stop));
  return out ? { role: out, end: stop } : null;
}

/** The index of the mark closing a quoted name that starts at tokens[k] (capitalised words and links, up to six), or -1. */
function quotedName(tokens: Token[], k: number): number {
  for (let j = k; j < tokens.length && j - k <= 6; j++) {
    const t = tokens[j];
    if (!t.word) return j > k && /^[”“»«’"]$/u.test(t.text) ? j : -1;
    if (!t.cap && !LINKS.has(t.text.toLowerCase()) && !/^\d+$/u.test(t.text)) return -1;
  }
  return -1;
}

/** Role from an apposition after the name: tokens[end] is the first token after it. */
export function roleAfter(tokens: Token[], end: number, lex: Lexicon): string | null {
  // "commenta Walter Artibani Segretario generale della Società italiana di urologia": a capitalised office right
  // after the name, with no comma (German capitalises every noun, so only outside it).
  if (lex.lang !== 'de' && tokens[end]?.word && tokens[end].cap && lex.isRoleNoun(tokens[end].text) && tokens[end + 1]?.word && !tokens[end + 1].cap) {
    return rolePhrase(tokens, end, lex, false)?.role ?? null;
  }
  // "Feng Zhang (see 35 Innovators Under 35, 2013), a researcher …": a bracket between the name and its apposition.
  if (tokens[end]?.text === '(') {
    let c = end + 1;
    while (c < tokens.length && c < end + 14 && tokens[c].text !== ')') c++;
    if (tokens[c]?.text === ')' && tokens[c + 1]?.text === ',') end = c + 1;
  }
  if (tokens[end]?.text !== ',') return null;
  let k = end + 1;
  // "Hayley Walsh, 42, a lecturer": an age between the name and the apposition.
  if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
  // "Charpentier, now a professor at the Helmholtz Centre": an adverb before the apposition's role.
  // (Only where an article or a lowercase word follows it: "Müller, auch Schmidt" names another person.)
  const adverbed = !!tokens[k]?.word && lex.isAppositionAdverb(tokens[k].text) && !!tokens[k + 1]?.word && (!tokens[k + 1].cap || lex.lang === 'de');
  if (adverbed) k++;
  // "Mario Rossi, nominato segretario del partito": the role is what the participle appoints to.
  if (tokens[k]?.word && lex.isAppointVerb(tokens[k].text)) k++;
  // "Rioland, who has a bachelor's degree and works in communications for a nonprofit": the work clause is the role.
  if (tokens[k] && lex.isWorkRelative(tokens[k].text)) {
    for (let v = k + 1; v < tokens.length && v - k <= 12 && tokens[v].text !== ',' && tokens[v].text !== '.'; v++) {
      if (!lex.isWorkVerb(tokens[v].text)) continue;
      let stop = v + 1;
      while (stop < tokens.length && stop - v < MAX_AFTER && (tokens[stop].word || tokens[stop].text === '-' || tokens[stop].text === '’') && !CONJUNCTIONS.has(tokens[stop].text)) stop++;
      return stop > v + 2 ? text(tokens.slice(v, stop)) : null;
    }
    // (German "der", "die" are articles too: "Guim Roda, der aktuelle Team-Manager von KRT," is an apposition.)
    if (!ARTICLES.has(tokens[k].text)) return null;
  }
  const r = rolePhrase(tokens, k, lex, true, false, true);
  // "a poursuivi Ricardin St Jean, soulignant que …": a present participle opening a clause has a noun's ending
  // ("-ant", like "représentant") but is no role: a subordinator follows it, never a complement.
  if (r && r.end === k + 1 && !lex.isRoleNoun(tokens[k].text) && SUBORDINATORS.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return null;
  // "Guim Roda, der aktuelle Team-Manager von KRT,": shown without its article, a masculine role's adjectives take the
  // strong ending ("aktueller Team-Manager von KRT"), as roleBefore gives them.
  if (r && lex.lang === 'de' && tokens[k]?.text === 'der') {
    const words = r.role.split(' ');
    const head = words.findIndex((w) => /^\p{Lu}/u.test(w));
    if (head > 0) return [...nominative(words.slice(0, head + 1), lex, false, true), ...words.slice(head + 1)].join(' ');
  }
  return r?.role ?? null;
}

/** "Name is a professor …", "Thomas Jäger ist Professor für Internationale Politik": a role as the predicate. */
export function rolePredicate(tokens: Token[], end: number, lex: Lexicon, agents = true): string | null {
  let k = end;
  // "Annelies Verlinden (46) is": an age in brackets; "Zakaria Shehab, 37 ans, est": between commas, with its unit.
  if (tokens[k]?.text === '(' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') k += 3;
  else if (tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '')) {
    let c = k + 2;
    while (c < k + 5 && tokens[c]?.word && !/^\d/u.test(tokens[c].text)) c++;
    if (tokens[c]?.text === ',') k = c + 1;
  }
  if (!tokens[k] || !lex.isCopula(tokens[k].text)) return null;
  return rolePhrase(tokens, k + 1, lex, agents)?.role ?? null;
}

/**
 * "Burnett takes home about $2,800 a month as a customer service representative", "… dit keer als
 * minister van Justitie": the function the nearest person named before "as" acts in. Another person's
 * name, a quotation or a clause break in between gives the phrase to someone else.
 */
function roleAs(tokens: Token[], end: number, lex: Lexicon): string | null {
  for (let k = end; k < tokens.length && k - end <= 24; k++) {
    const t = tokens[k];
    if (/^[;:„“”«»"]$/u.test(t.text)) return null;
    // Someone else named on the way: "… seine ehemalige Anwältin Pam Bondi als Justizministerin".
    if (t.word && k > end && tokens[k + 1]?.word && tokens[k + 1].cap && ((t.cap && !t.initial && isFirstName(t.text)) || lex.isRoleNoun(t.text))) return null;
    // "Israel does not regard Ireland as a friend": after such a verb the phrase describes its object.
    if (t.word && k > end && lex.isObjectAsVerb(t.text)) return null;
    if (t.word && lex.isAsWord(t.text) && tokens[k + 1]?.word) {
      const r = rolePhrase(tokens, k + 1, lex, true);
      return r?.role ?? null;
    }
  }
  return null;
}

/**
 * The function the sentence appoints its subject to, tokens[end] being the first token after the name:
 * an auxiliary and a participle of appointing ("was named chief executive", "è stato nominato
 * segretario"), a participle in apposition ("X, nominato segretario del partito"), or in German and Dutch
 * the function further on, marked by "zum"/"zur"/"tot" ("war im Mai 2022 zum Aufsichtsratschef gewählt
 * worden") or closed by an infinitive after a modal ("soll weitere vier Jahre Chefaufseher der Deutschen
 * Bank bleiben"). Another person named on the way, or a clause break, gives it to someone else.
 */
export function roleAppointed(tokens: Token[], end: number, lex: Lexicon): string | null {
  const apposition = tokens[end]?.text === ',';
  let k = apposition ? end + 1 : end;
  let aux = 0;
  while (aux < 3 && tokens[k]?.word && lex.isAuxiliary(tokens[k].text)) { k++; aux++; }
  if (tokens[k]?.word && lex.isAppointVerb(tokens[k].text) && (aux > 0 || apposition)) {
    let r = k + 1;
    if (tokens[r] && (lex.isAsWord(tokens[r].text) || lex.isAppointPreposition(tokens[r].text))) r++;
    return rolePhrase(tokens, r, lex, false, true)?.role ?? null;
  }
  if (!aux || apposition) return null;
  for (let g = k; g < tokens.length && g - k <= 8; g++) {
    const t = tokens[g];
    if (!t.word) return null;
    if (t.cap && !t.initial && isFirstName(t.text) && tokens[g + 1]?.word && tokens[g + 1].cap) return null;
    const prep = lex.isAppointPreposition(t.text);
    if (!prep && (ARTICLES.has(tokens[g - 1]?.text.toLowerCase() ?? '') || lex.isPreposition(tokens[g - 1]?.text ?? ''))) continue;
    const r = rolePhrase(tokens, prep ? g + 1 : g, lex, true, true);
    if (!r) continue;
    const after = tokens[r.end];
    // "wurde zur Präsidentin": right after the auxiliary the preposition says it alone.
    if (prep && (g === k || (after?.word && lex.isAppointVerb(after.text)))) return r.role;
    if (!prep && after?.word && lex.isPredicateInfinitive(after.text)) return r.role;
    g = r.end - 1;
  }
  return null;
}

/** Party or canton in brackets right after the name: "Malu Dreyer (SPD)", "Thomas Matter (ZH)". */
function bracket(tokens: Token[], end: number): string | null {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return null;
  const t = tokens[end + 1];
  // An American party-and-district tag ("(R-Warren)", "(D-N.Y.)") locates the seat, it is no part of the office.
  if (/^\p{Lu}-\p{Lu}/u.test(t.text)) return null;
  return t.word && (t.acronym || t.cap) && t.text.length <= 12 ? `(${t.text})` : null;
}

/** The role around the name at tokens[start, end), or null. */
/**
 * A listed role noun right beside the name, before it or in apposition after it ("la ministra Izkia Siches", "la
 * ministra del Interior, Izkia Siches", "Andrew J. Tabler, an expert on Syria"): evidence that the name is a
 * person's, stricter than findRole (no predicate, no noun known only by its shape).
 */
export function adjacentRole(tokens: Token[], start: number, end: number, lex: Lexicon): string | null {
  const role = roleBefore(tokens, start, lex, false, false) || roleAfter(tokens, end, lex);
  if (!role || LINKS.has(role.split(' ').pop()!.toLowerCase())) return null;
  const words = role.split(/\s+/);
  // English stacks its role nouns and puts the head last: "Star defensive tackle".
  const head = lex.lang === 'en' ? words.findLastIndex((w) => lex.isRoleNoun(w)) : words.findIndex((w) => lex.isRoleNoun(w));
  if (head < 0) return null;
  // After the role noun only its complement: links, articles, names, a country's adjective ("ministra del Interior",
  // "président vénézuélien"), never a clause ("président vénézuélien menotté à bord de l'USS").
  // A lowercase noun only after a link ("consulente di mercato del Barcellona").
  const rest = words.slice(head + 1);
  const complement = rest.every((w, i) => /^\p{Lu}/u.test(w) || /^(?:l|d)['’]\p{Lu}/iu.test(w) || LINKS.has(w.toLowerCase()) || ARTICLES.has(w.toLowerCase())
    || lex.isRoleNoun(w) || lex.countryOfAdjective(w) !== null || /^[(),.'’-]/u.test(w) || LINKS.has((rest[i - 1] ?? words[head]).toLowerCase()));
  return complement ? role : null;
}

/** Possessives that may open an apposition ("sa directrice de campagne", "his lawyer", "su portavoz"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'sa', 'son', 'ses', 'leur', 'su', 'sus', 'suo', 'sua', 'sein', 'seine', 'ihr', 'ihre', 'zijn', 'haar']);

/** The determiners and possessives that open a subject role phrase ("His new campaign manager", "Le nouveau ministre"). */
const SUBJECT_OPENERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'der', 'die', 'sein', 'seine', 'ihr', 'ihre', 'le', 'la', 'son', 'sa',
  'el', 'su', 'il', 'lo', 'suo', 'sua', 'de', 'het', 'zijn', 'haar']);
const MODALS = new Set(['will', 'would', 'shall', 'wird', 'sera', 'será', 'sarà', 'zal', 'wordt']);

/**
 * "His new campaign manager will be Julie Chavez Rodriguez", "Neuer Trainer ist Max Müller", "El nuevo ministro es Juan
 * Pérez": a role phrase that is the subject of a copula whose complement is the name, tokens[start] being its first word.
 */
function roleBeforeCopula(tokens: Token[], start: number, lex: Lexicon): string | null {
  let k = start - 1;
  if (tokens[k]?.text.toLowerCase() === 'be' && MODALS.has(tokens[k - 1]?.text.toLowerCase() ?? '')) k -= 2;
  else if (tokens[k]?.word && (lex.isCopula(tokens[k].text) || MODALS.has(tokens[k].text.toLowerCase()))) k--;
  else return null;
  const head = tokens[k];
  if (!head?.word || !lex.isRoleNoun(head.text) || (lex.lang !== 'de' && head.cap && !head.initial)) return null;
  // Leftwards: qualifiers up to the determiner that opens the sentence's subject (or the sentence's start).
  let from = k;
  while (from > 0 && k - from < 3 && tokens[from - 1].word && !SUBJECT_OPENERS.has(tokens[from - 1].text.toLowerCase())
    && (lex.lang === 'de' ? modifier(tokens[from - 1], lex) || tokens[from - 1].initial : !tokens[from - 1].cap && (lex.isPremodifier(tokens[from - 1].text) || lex.isRoleNoun(tokens[from - 1].text)))) from--;
  const opener = tokens[from - 1];
  const opens = from === 0 || !opener?.word ? /^[.!?:;]?$/u.test(opener?.text ?? '') : SUBJECT_OPENERS.has(opener.text.toLowerCase()) && (from - 1 === 0 || /^[.!?:;]$/u.test(tokens[from - 2]?.text ?? '') || tokens[from - 1].initial);
  if (!opens) return null;
  // (A qualifier that opens the sentence is written in lowercase inside the role: "Neuer Trainer ist …" -> "neuer Trainer".)
  const words = tokens.slice(from, k + 1).map((t) => t.text);
  if (tokens[from].initial && from < k) words[0] = words[0].toLowerCase();
  return words.join(' ');
}

export function findRole(tokens: Token[], start: number, end: number, lex: Lexicon): string | null {
  // "James P. Kennedy Jr., the U.S. Attorney": a full stop before a comma is the abbreviation's, not the sentence's.
  if (tokens[end]?.text === '.' && tokens[end + 1]?.text === ',') end++;
  // A one-word German name ending in a genitive s right after a word: "Berater Putins", "Sicherheitsberater Trumps".
  const genitive = lex.lang === 'de' && end - start === 1 && /\p{Ll}[^s]s$/u.test(tokens[start].text);
  let role = roleBefore(tokens, start, lex, false, genitive) || roleAfter(tokens, end, lex) || roleBefore(tokens, start, lex, true, genitive)
    || roleBeforeCopula(tokens, start, lex);
  // "Dr Ronald Walcott, managing director of Precision Cybertechnologies": an abbreviated title says less than the
  // function in apposition.
  if (role && /^\p{Lu}\p{Ll}{0,3}\.?$/u.test(role)) role = roleAfter(tokens, end, lex) ?? role;
  if (role && LINKS.has(role.split(' ').pop()!.toLowerCase())) role = null;
  // A portfolio in brackets completes the office ("la ministra Izkia Siches (Interior)"); a party's or canton's
  // acronym ("Boris Pistorius (SPD)", "Thomas Matter (ZH)") is the person's affiliation, no part of the role.
  if (role) {
    const party = bracket(tokens, end);
    if (party && !tokens[end + 1].acronym && !role.includes(party)) role = `${role} ${party}`;
  }
  // What the rest of the sentence says the person is or acts as comes after the role beside the name.
  const more = roleAppointed(tokens, end, lex) ?? rolePredicate(tokens, end, lex) ?? roleAs(tokens, end, lex);
  if (more && !(role ?? '').includes(more)) role = role ? `${role}, ${more}` : more;
  return role;
}

/**
 * "She was a secretary for Washington's child services department": a sentence that opens on a
 * subject pronoun and a copula gives a role to someone just named. Returns the role phrase, or null.
 */
export function pronounPredicate(tokens: Token[], lex: Lexicon): string | null {
  const w = tokens.filter((t) => t.word || t.text === '’' || t.text === "'" || t.text === ',' || t.text === '.');
  if (w.length < 3) return null;
  // "She is a …"; in English also "He’s a …", "He’s been a chef at Cassava", "She has been a …".
  const contracted = lex.lang === 'en' && /^(?:he|she)['’]s$/iu.test(w[0].text);
  if (!contracted && !lex.isSubjectPronoun(w[0].text)) return null;
  let k = 1;
  if (!contracted) {
    if (lex.isCopula(w[1].text)) k = 2;
    else if (lex.lang === 'en' && /^(?:has|had)$/iu.test(w[1].text) && w[2]?.text.toLowerCase() === 'been') k = 3;
    else return null;
  } else if (w[1].text.toLowerCase() === 'been') k = 2;
  const r = rolePhrase(w, k, lex, true);
  // "Il est presque certain que …", "He is certain that …": an adjective that a clause follows is no role, whatever its
  // ending ("certain" is shaped like "écrivain"); only a listed role noun stands there as one.
  if (r && SUBORDINATORS.has(w[r.end]?.text.toLowerCase() ?? '') && !r.role.split(/\s+/).some((x) => lex.isRoleNoun(x))) return null;
  return r?.role ?? null;
}

/**
 * A sentence that opens on a definite description ("Der US-Präsident teilte …", "The Prime Minister
 * suggested …", "The Labour peer has given …") names, by its role, someone just mentioned by name.
 * Returns that role phrase, or null.
 */
export function openingDescription(tokens: Token[], lex: Lexicon): string | null {
  const at = descriptionStart(tokens, lex);
  if (at < 0 || namedInApposition(tokens, at)) return null;
  const words = tokens.slice(at).filter((t) => t.word || t.text === '’' || t.text === "'");
  let head = -1;
  let k = 1;
  for (; k < words.length && k <= 4; k++) {
    const t = words[k];
    if (lex.isRoleNoun(t.text)) head = k;
    else if (head >= 0) break;
    else if (!(t.cap || modifier(t, lex) || lex.isPremodifier(t.text))) return null; // "l'ex governatore"
  }
  if (head < 0) return null;
  // A short complement: "chef de l’Etat", "Landrat des Kreises".
  let end = head + 1;
  for (let c = head + 1; c < words.length && c - head <= 4; c++) {
    const t = words[c];
    // "il senatore della Florida Marco Rubio": the description belongs to the name that follows it.
    if (t.cap && !t.initial && isFirstName(t.text) && words[c + 1]?.cap) return null;
    if (t.cap && c > head + 1) { end = c + 1; continue; }
    // An adjective of the role before its complement ("governatore leghista della Regione Lombardia") or closing a
    // capitalised complement at the end of the phrase ("ministre des Affaires étrangères").
    const next = words[c + 1];
    // (English puts no adjective after its role noun but a few set ones, "attorney general", "president-elect": "The
    // football star recapped the weekend" holds a verb there.)
    if (lex.lang === 'en' && !t.cap && !POSTPOSED.has(t.text.toLowerCase()) && !LINKS.has(t.text.toLowerCase())) break;
    // (Not before "al", "au", "à": "el Pontífice agradece al autor" holds a verb and its object there.)
    if (!t.cap && modifier(t, lex) && ((c === head + 1 && next && LINKS.has(next.text.toLowerCase()) && !TO_WORDS.has(next.text.toLowerCase())) || (c > head + 1 && words[c - 1].cap && !next))) {
      end = c + 1;
      continue;
    }
    // ("The Puerto Rican singer and the Brazilian actress": a conjunction and an article open a second description.)
    if (AND_WORDS.has(t.text.toLowerCase()) && next && DEFINITE.has(next.text.toLowerCase())) break;
    if (!LINKS.has(t.text.toLowerCase())) break;
  }
  // ("Plus nuancée, la professeure de nutrition Francisca Joly-Gomez ajoute …": a full name right after a lowercase
  // complement also holds the description.)
  for (let c = head + 1; c < words.length && c <= head + 5; c++) {
    const t = words[c];
    if (t.cap && !t.initial && isFirstName(t.text) && words[c + 1]?.cap) return null;
    if (t.cap || !(LINKS.has(t.text.toLowerCase()) || LINKS.has(words[c - 1].text.toLowerCase()))) break;
  }
  const phrase = nominative(words.slice(1, head + 1).map((t) => t.text), lex, false, words[0].text.toLowerCase() === 'der').concat(words.slice(head + 1, end).map((t) => t.text));
  return text(phrase.map((t) => ({ text: t }) as Token)) || null;
}

/**
 * "The Puerto Rican singer and the Brazilian actress have been taking over …": the second of two descriptions joined by a
 * conjunction at the sentence's start (the first is openingDescription's), or null.
 */
export function secondOpeningDescription(tokens: Token[], lex: Lexicon): string | null {
  const at = descriptionStart(tokens, lex);
  if (at < 0) return null;
  for (let k = at + 2; k < tokens.length && k - at <= 8; k++) {
    const t = tokens[k];
    if (!t.word) return null;
    if (AND_WORDS.has(t.text.toLowerCase()) && DEFINITE.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return openingDescription(tokens.slice(k + 1), lex);
  }
  return null;
}

/** The English adjectives that follow a role noun: "attorney general", "president elect". */
const POSTPOSED = new Set(['general', 'elect', 'designate', 'emeritus']);
const DEFINITE = new Set(['der', 'die', 'the', 'le', 'la', 'el', 'il', 'lo', 'de', 'het', 'l’', "l'"]);

/**
 * "said the director of the US National Institute of Standards and Technology, Laurie Locascio,": the description
 * names its holder in apposition, so it refers back to no one.
 */
function namedInApposition(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 16; k++) {
    const t = tokens[k];
    if (t.text === ',') return !!tokens[k + 1]?.cap && isFirstName(tokens[k + 1].text) && !!tokens[k + 2]?.word && tokens[k + 2].cap;
    if (!t.word && t.text !== '-' && t.text !== '’' && t.text !== "'") return false;
  }
  return false;
}

/**
 * "«Es kommen zu viele und es kommen die Falschen» sagte der Tessiner Ständerat", "…," said the agency's
 * director: a definite description right after a quotation's closing mark and a speech verb names the
 * speaker by role. Returns that role phrase, or null.
 */
export function attributionDescription(tokens: Token[], lex: Lexicon): string | null {
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!/^[“”»«"‹›]$/u.test(tokens[k - 1].text)) continue;
    // (A mark with words before it and none of its kind earlier in the sentence opens a quotation: "LaBolt noted Biden
    // “called the CEO of Stellantis …”" quotes what Biden did; no one is described.)
    if (k - 1 > 0 && !tokens.slice(0, k - 1).some((t) => /^[“”»«"‹›„]$/u.test(t.text))) continue;
    const v = tokens[k].text === ',' ? k + 1 : k;
    if (!tokens[v]?.word || !lex.isSpeechVerb(tokens[v].text) || !DEFINITE.has(tokens[v + 1]?.text.toLowerCase() ?? '')) continue;
    return openingDescription(tokens.slice(v + 1), lex);
  }
  return null;
}
const MAX_LEAD = 6;

/**
 * Where the sentence's subject description starts: its first word ("Der Trainer freut sich"), or a
 * definite article after a short fronted phrase, behind a comma ("On Monday, the minister said",
 * "Kaum eingewechselt, scheiterte der Stürmer") or, in German, behind the verb in second place ("Zuvor
 * hatte die Aktivistin …"), not behind a preposition ("mit der Ministerin"). A pronoun or a quotation
 * before it means the sentence is about someone else. Returns the token index, or -1.
 */
function descriptionStart(tokens: Token[], lex: Lexicon): number {
  let words = 0;
  for (let k = 0; k < tokens.length && words <= MAX_LEAD; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (/^[„“”«»"‚‘:;]$/u.test(t.text)) return -1;
      continue;
    }
    if (DEFINITE.has(t.text.toLowerCase())) {
      // ("But the black former Massachusetts governor is eager …": a conjunction opening the sentence joins it to the one
      // before; the description still opens its clause.)
      if (words === 0 || (words === 1 && CONJUNCTIONS.has(tokens[k - 1]?.text.toLowerCase() ?? ''))) return k;
      const before = tokens[k - 1];
      if (before?.text === ',') return k;
      if (lex.lang === 'de' && before?.word && !before.cap && !lex.isPreposition(before.text) && !ARTICLES.has(before.text)) return k;
    }
    if (lex.isSubjectPronoun(t.text)) return -1;
    words++;
  }
  return -1;
}
