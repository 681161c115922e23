// The word lists of src/analysis/data/quote-*.json, per language, as sets. German and Dutch weak verbs are
// listed by stem and expanded here to their regular forms (sag -> sagt, sagte, sagten, gesagt …).
import speechVerbs from '../data/quote-speech-verbs.json';
import pronouns from '../data/quote-pronouns.json';
import nameCues from '../data/quote-name-cues.json';
import roleWords from '../data/quote-role-words.json';
import sources from '../data/quote-sources.json';
import functionWords from '../data/function-words.json';

export type Gender = 'male' | 'female';

export interface Lexicon {
  lang: string;
  /** German and Dutch put the finite verb second: the subject may follow it ("Dem Spiegel sagte Stoltenberg"). */
  verbSecond: boolean;
  /** Languages that drop a subject pronoun: the word that opens the reported clause ("Valora que …"). */
  complementizers: Set<string>;
  speechVerbs: Set<string>;
  /** The language's most frequent function words (articles, prepositions, conjunctions, common adverbs). */
  functionWords: Set<string>;
  /** Helper verbs and adverbs that may stand between a quotation and its verb ("ha detto", "a déclaré"). */
  auxiliaries: Set<string>;
  /** Set phrases between a verb of saying and its subject ("quant à elle", "por su parte"), as lowercase word sequences. */
  insets: string[][];
  pronouns: Map<string, Gender | null>;
  determiners: Map<string, Gender | null>;
  /** Determiners of an object (dative, accusative): the phrase they open is not a subject. */
  oblique: Set<string>;
  /** Words between a speech verb and its subject: "äußerte sich der Minister", "heißt es". */
  reflexive: Set<string>;
  nameCues: Set<string>;
  nameCueSuffixes: string[];
  /** Copulas and the comparison word ("sei", "als", "is"): a quotation after one is the clause's predicate, not a name. */
  predicative: Set<string>;
  honorifics: Map<string, Gender | null>;
  particles: Set<string>;
  /** Genitive prepositions tying a complement to a role noun ("de la", "of", "del", "van"). */
  genitive: Set<string>;
  /** German nobiliary particles ("von", "zu"): an article after one is part of a name ("von der Leyen"). */
  nobiliary: Set<string>;
  roleEndings: string[];
  /** Endings of nouns for bodies that speak as one ("Bundesregierung", "ministry"). */
  bodyEndings: string[];
  /** Possessive and relative determiners ("Deren Haltung", "Seine Zuversicht"): they open no name. */
  possessive: Set<string>;
  /** Indefinite articles ("ein", "a", "une"). */
  indefinite: Set<string>;
  /** The writer's own "I" ("I ask", "ich frage"): an interviewer's turn. */
  firstPerson: Set<string>;
  /** Pronouns and possessives that stand for one person of one gender ('he', 'his', 'herself', 'seine'). */
  genderMarks: Map<string, Gender>;
  /** Pronouns that can only be a subject ("er", "ich", "wir"). */
  nominative: Set<string>;
  /** Active forms of "to quote": the person quoted is the object, the medium the subject. */
  quoting: Set<string>;
  /** Prepositions of the agent of a passive participle of saying ("riferito dal deputato", "reported by"). */
  agentPrepositions: Set<string>;
  /** Prepositions among the attribution words ("laut", "selon"): the speaker follows them. */
  sourceWords: Set<string>;
  /** Words opening a sentence that points back at the quotation before it ("Lo ha scritto X", "Das sagte X"). */
  backReferences: Set<string>;
  /** Conjunctions joining a second verb to the first one's subject ("bestätigte … und nannte"). */
  coordinators: Set<string>;
  /** Verbs of saying whose object is whom it was said to ('told'): the phrase after one is never the speaker. */
  addressee: Set<string>;
  /** Prepositions that set a view in an inset ("Para Hurtado, …", "Pour la syndicaliste, …"). */
  viewOpeners: Set<string>;
  /** German Konjunktiv I forms ('sei', 'habe'): a sentence holding one reports someone's speech. */
  reportedMood: Set<string>;
  /** Forms of a verb of saying that are nouns after these words ("tener en cuenta", "la cuenta"). */
  nounUses: Map<string, Set<string>>;
  /** Conjunctions opening a subordinate clause (German "da", "nachdem"): such a clause before the verb is no subject. */
  subordinators: Set<string>;
  /** Prepositions that open an adverbial ("antes del inicio de …", "after the meeting"): such a phrase is no subject. */
  adverbialPrepositions: Set<string>;
  /** Nouns of documents and media quoted from ("Bericht", "Pressemitteilung"). */
  sourceNouns: Set<string>;
  /** Prepositions opening such a document after "heißt es" ("in dem Schreiben"). */
  sourcePreps: Set<string>;
  /** Verbs of reading ('lire', 'read', 'lesen'): what one reads in is the source. Verbs of saying too, for the frames. */
  reading: Set<string>;
}

const LANGS = ['de', 'en', 'fr', 'es', 'it', 'nl'] as const;
type Lang = typeof LANGS[number];
const cache = new Map<string, Lexicon>();

const INSEPARABLE = /^(be|er|ver|ent|zer|ge|miss|emp|hinter|über|unter|wider)/u;

function weakForms(stem: string, lang: Lang): string[] {
  if (lang === 'nl') return [stem + 'de', stem + 'den', stem + 'te', stem + 'ten', stem + 't', 'ge' + stem + 'd', 'ge' + stem + 't', stem + 'en'];
  const forms = [stem + 't', stem + 'te', stem + 'ten', stem + 'e', stem + 'en', stem + 'et', stem + 'ete', stem + 'eten'];
  if (!INSEPARABLE.test(stem) && !stem.endsWith('ier')) forms.push('ge' + stem + 't', 'ge' + stem + 'et');
  return forms;
}

export function lexicon(lang: string): Lexicon {
  const key: Lang = (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
  let lex = cache.get(key);
  if (lex) return lex;
  const verbs = speechVerbs[key] as { agentPrepositions?: string[]; verbSecond?: boolean; weak?: string[]; forms: string[]; auxiliaries?: string[]; insets?: string[]; quoting?: string[]; sourceWords?: string[]; coordinators?: string[]; addressee?: string[]; viewOpeners?: string[]; subordinators?: string[]; complementizers?: string[]; backReferences?: string[]; reportedMood?: string[]; nounUses?: Record<string, string[]> };
  const src = sources[key] as { nouns: string[]; prepositions: string[]; reading?: string[] };
  const p = pronouns[key] as { male: string[]; female: string[]; any: string[]; determiners: Partial<Record<'male' | 'female' | 'any', string[]>>; oblique: string[]; reflexive: string[]; nominative?: string[]; possessive?: string[]; indefinite?: string[]; firstPerson?: string[]; genderMarks?: Partial<Record<'male' | 'female', string[]>> };
  const gendered = (lists: Partial<Record<'male' | 'female' | 'any', string[]>>) => {
    const m = new Map<string, Gender | null>();
    for (const w of lists.any ?? []) m.set(w, null);
    for (const w of lists.male ?? []) m.set(w, 'male');
    for (const w of lists.female ?? []) m.set(w, 'female');
    return m;
  };
  const cues = nameCues[key] as { exact: string[]; suffix: string[]; predicative?: string[] };
  lex = {
    lang: key,
    verbSecond: verbs.verbSecond === true,
    speechVerbs: new Set([...verbs.forms, ...(verbs.weak ?? []).flatMap((s) => weakForms(s, key)), ...(src.reading ?? [])]),
    auxiliaries: new Set(verbs.auxiliaries ?? []),
    insets: (verbs.insets ?? []).map((x) => x.split(' ')),
    functionWords: new Set(((functionWords as unknown as Record<string, string[]>)[key] ?? []).map((w) => w.toLowerCase())),
    pronouns: gendered(p),
    determiners: gendered(p.determiners),
    oblique: new Set(p.oblique),
    reflexive: new Set(p.reflexive),
    nameCues: new Set(cues.exact),
    predicative: new Set(cues.predicative ?? []),
    nameCueSuffixes: cues.suffix,
    honorifics: gendered(roleWords.honorifics),
    particles: new Set(roleWords.particles),
    genitive: new Set(roleWords.genitive),
    nobiliary: new Set(roleWords.particlesGerman.nobiliary),
    roleEndings: roleWords.roleEndings,
    bodyEndings: roleWords.bodyEndings,
    nominative: new Set(p.nominative ?? []),
    indefinite: new Set(p.indefinite ?? []),
    firstPerson: new Set(p.firstPerson ?? []),
    genderMarks: gendered(p.genderMarks ?? {}) as Map<string, Gender>,
    possessive: new Set(p.possessive ?? []),
    quoting: new Set(verbs.quoting ?? []),
    sourceWords: new Set(verbs.sourceWords ?? []),
    agentPrepositions: new Set(verbs.agentPrepositions ?? []),
    coordinators: new Set(verbs.coordinators ?? []),
    addressee: new Set(verbs.addressee ?? []),
    viewOpeners: new Set(verbs.viewOpeners ?? []),
    subordinators: new Set(verbs.subordinators ?? []),
    complementizers: new Set(verbs.complementizers ?? []),
    backReferences: new Set(verbs.backReferences ?? []),
    // (The Konjunktiv I of a weak verb of saying is its stem and -e: "erinnere", "betone".)
    reportedMood: new Set([...(verbs.reportedMood ?? []), ...(verbs.reportedMood ? (verbs.weak ?? []).map((w) => w + 'e') : [])]),
    nounUses: new Map(Object.entries(verbs.nounUses ?? {}).map(([w, before]) => [w, new Set(before)])),
    adverbialPrepositions: new Set(roleWords.adverbialPrepositions),
    sourceNouns: new Set(src.nouns),
    sourcePreps: new Set(src.prepositions),
    reading: new Set(src.reading ?? []),
  };
  cache.set(key, lex);
  return lex;
}
