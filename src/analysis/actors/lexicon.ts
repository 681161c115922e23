// The word lists behind the actor rules, loaded from data/actor-*.json and i18n-iso-countries and
// indexed once per language. Everything here is a lookup; no rule lives in this file.
import roleData from '../data/actor-role-nouns.json';
import personData from '../data/actor-person-cues.json';
import orgData from '../data/actor-org-patterns.json';
import placeData from '../data/actor-places.json';
import nonNameData from '../data/actor-non-names.json';
import monthData from '../data/metadata-months.json';
import functionWords from '../data/function-words.json';
import roleWords from '../data/quote-role-words.json';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import es from 'i18n-iso-countries/langs/es.json';
import it from 'i18n-iso-countries/langs/it.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import natDe from 'i18n-nationality/langs/de.json';
import natEn from 'i18n-nationality/langs/en.json';
import natFr from 'i18n-nationality/langs/fr.json';
import natEs from 'i18n-nationality/langs/es.json';
import natIt from 'i18n-nationality/langs/it.json';
import natNl from 'i18n-nationality/langs/nl.json';
import provinceData from '../data/actor-provinces.json';
import { cachedWordKey, fold } from './name-key';
import { lexicon as quoteLexicon } from '../quotes/lexicon';

type ByLang<T> = Record<string, T>;
const COUNTRY_NAMES: ByLang<{ countries: Record<string, string | string[]> }> = { de, en, fr, es, it, nl };

export interface Gazetteer {
  /** nameKey of a place or well-known organisation -> what it is. */
  entries: Map<string, { id: string; kind: 'place' | 'organization'; canonical: string }>;
  /** Longest entry, in words. */
  maxWords: number;
  /** Key of the first word of every entry: most words start none, and are passed over at once. */
  firstWords: Set<string>;
}

export interface Lexicon {
  lang: string;
  isRoleNoun(word: string): boolean;
  /**
   * A word shaped like an agent or occupation noun ("sociologist", "Verwalter", "politologue"). Weaker
   * than isRoleNoun: used only where the syntax already says a role stands there.
   */
  isAgentNoun(word: string): boolean;
  /** Outside German: a lowercase noun followed by this of-word heads an apposition's role ("shérif du comté de Clark"). */
  isAppositionOf(word: string, next: string): boolean;
  /** Outside German: a lowercase word that may qualify a role noun from the left ("former", "toenmalig", "ancien"). */
  isPremodifier(word: string): boolean;
  /** A premodifier the list names ("former", "retired"), not one recognised by its ending. */
  isListedPremodifier(word: string): boolean;
  /** "as", "als", "comme": introduces the function someone acts in. */
  isAsWord(word: string): boolean;
  /** A verb whose object an "as" phrase describes ("regard Ireland as a friend"). */
  isObjectAsVerb(word: string): boolean;
  /** The office an abbreviated role noun stands for ("Gov." -> "governor"); other words lowercased, unchanged. */
  fullRoleNoun(word: string): string;
  /** German: a word after which "der/die + role" is an object, not the subject ("mit der Ministerin"). */
  isPreposition(word: string): boolean;
  /** English "at": the workplace after a role ("product manager at MongoDB"), left out of the role shown. */
  isWorkplacePreposition(word: string): boolean;
  /** "now", "inzwischen", "actualmente": an adverb that may open an apposition before its role. */
  isAppositionAdverb(word: string): boolean;
  isCopula(word: string): boolean;
  /** A finite verb or modal after the subject that may lead to a predicate role: "wurde", "soll", "was", "è". */
  isAuxiliary(word: string): boolean;
  /** A participle of appointing: "gewählt", "named", "nominato". */
  isAppointVerb(word: string): boolean;
  /** German "zum", "zur", Dutch "tot": mark the function someone is appointed to. */
  isAppointPreposition(word: string): boolean;
  /** German "bleiben", "werden", "sein": close a predicate after a modal ("soll … Chefaufseher bleiben"). */
  isPredicateInfinitive(word: string): boolean;
  isSubjectPronoun(word: string): boolean;
  /** German "in", "aus", "nach": before a place name they take no article. */
  isArticlelessPreposition(word: string): boolean;
  /** German nouns in set phrases after those prepositions ("in Kraft", "in Haft"). */
  isIdiomAfterPreposition(word: string): boolean;
  /** "boek", "book", "Buch": the capitalised words after it are a work's title. */
  isWorkNoun(word: string): boolean;
  /** "who": a relative pronoun that only refers to a person. */
  isPersonRelative(word: string): boolean;
  /** A relative pronoun for a person, and a verb of working after it: "who … works in communications". */
  isWorkRelative(word: string): boolean;
  isWorkVerb(word: string): boolean;
  /** A country's own name in this language as i18n-iso-countries lists it ("United States"), not a colloquial short form ("America"). */
  isOfficialCountryName(form: string): boolean;
  /** A two-word role ("prime minister", "chief executive"), given the two words. */
  isRolePair(a: string, b: string): boolean;
  isTitle(word: string): boolean;
  isPeerTitle(word: string): boolean;
  /** An article or contraction that never stands right before a person's given name ("al", "sul", "du"). */
  isArticleNoPerson(word: string): boolean;
  isParticle(word: string): boolean;
  /** A generational suffix after a surname: "Jr", "Sr", "III". */
  isNameSuffix(word: string): boolean;
  isSpeechVerb(word: string): boolean;
  /** A helper verb or adverb that may stand before a verb of saying ("ha detto", "a déclaré"), as the quotation steps list them. */
  isSpeechAuxiliary(word: string): boolean;
  /** The verbs that open an attribution after a title ("boek Eerlijk gezegd, zegt ze"): this list only, not every form of saying. */
  isAttributionVerb(word: string): boolean;
  isOrgSuffix(word: string): boolean;
  /** An abbreviation that opens a sports club's name ("TSV", "SK", "VfB"). */
  isClubPrefix(word: string): boolean;
  /** The noun of a day, a feast or a war ("Day", "Tag", "War"): a name holding one is an event, no person. */
  isEventHead(word: string): boolean;
  /** An ordinal ("Second", "Zweite"): it counts, never opens a person's name. */
  isOrdinal(word: string): boolean;
  /** The word is, or (German) ends in, an institution noun; English heads count in every language ("Washington Post"). */
  isOrgHead(word: string): boolean;
  /** German: an English institution noun that is no German one ("Center", "Foundation"): it heads a name taken over whole. */
  isForeignOrgHead(word: string): boolean;
  /** German: a compound ending in an institution noun, longer than the noun alone ("Landessynode", not "Synode"). */
  isOrgCompound(word: string): boolean;
  /** A capitalised country adjective or demonym ("Swedish", "Venezuelan"): never an actor itself. */
  isDemonym(word: string): boolean;
  /** Two words that together are a country's adjective ("Sierra Leonean"), not a given name and a surname. */
  isDemonymPhrase(first: string, second: string): boolean;
  isOrgAdjective(word: string): boolean;
  isNonName(word: string): boolean;
  /** A determiner, conjunction or adverb a sentence may open on ("Another", "When", "Then"). */
  isOpener(word: string): boolean;
  /** An English personal pronoun ("You"), which the first-name list also holds. */
  isPersonalPronoun(word: string): boolean;
  isFunctionWord(word: string): boolean;
  /** A month's name or abbreviation in any language read ("Aug", "Sept", "März"). */
  isMonth(word: string): boolean;
  isPlacePreposition(word: string): boolean;
  /** "Nord", "South": continues a place's name ("Atlantique Nord"). */
  isCompass(word: string): boolean;
  /** "City", "County": makes the name before it a place of its own ("Kansas City"). */
  isPlaceHead(word: string): boolean;
  /** "and", "und", "et": joins the items of a list. */
  isListJoiner(word: string): boolean;
  /** "town", "Gemeinde", "ville": the name right after it is a place ("the party town Van Vieng"). */
  isPlaceNoun(word: string): boolean;
  /** German: the word ends like a common noun no place has ("Prüfungen", "Freiheit"). */
  hasNounSuffix(word: string): boolean;
  /** German: the word ends like a place name ("Ahrtal", "Duisburg"). */
  hasPlaceSuffix(word: string): boolean;
  /** Country code of a lowercase country adjective in any inflection ("russischen" -> RU). */
  countryOfAdjective(word: string): string | null;
  connectors: Set<string>;
  gazetteer: Gazetteer;
}

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const NON_NAMES = lower(nonNameData.words);
const ORDINALS = lower(nonNameData.ordinals);
const OPENERS = lower(nonNameData.openers);
const PRONOUNS = lower(nonNameData.pronouns);
// Month names and their abbreviations in every language the dates step reads ("Aug", "Sept", "janv"): a date
// cut at its full stop ("at an Aug. 17 briefing") leaves one capitalised word that names nothing. Not "May" (a
// surname), "Mar" (a sea, a name) or "Gen" (General).
const MONTHS = new Set(monthData.months.flat().map((m) => m.toLowerCase()).filter((m) => !['may', 'mar', 'gen'].includes(m)));
const COMPASS = new Set(placeData.compass);
const DE_PLACE = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${placeData.germanPlaceSuffixes.join('|')})s?$`, 'u');
const PARTICLES = lower(personData.particles);
const NAME_SUFFIXES = lower(personData.nameSuffixes);
const PEERS = lower(personData.peerTitles);
const ORG_SUFFIXES = new Set(orgData.suffixes);
// A head ending in -e drops it in the feminine: "Biologe", "(Pflanzen)biologin"; "Epidemiologe", "Epidemiologin".
const DE_ROLE_HEADS = [...roleData.de.heads, ...roleData.de.heads.filter((h) => h.endsWith('e')).map((h) => `${h.slice(0, -1)}in`)];
const DE_ROLE = new RegExp(`(?:${DE_ROLE_HEADS.join('|')})(?:in|innen|en|e|er|es|n|s|r|nen)?$`, 'u');
const DE_ROLE_BARE = lower(roleData.de.bare);
const byLang = <T>(x: unknown, lang: string, fallback: T): T => ((x as ByLang<T>)[lang] ?? fallback);
const shapeRegex = (lang: string) => {
  const shapes = byLang<string[]>(roleData.agentShapes, lang, []);
  return shapes.length ? new RegExp(`\\p{L}{3,}(?:${shapes.join('|')})$`, 'u') : null;
};
const DE_ORG = new RegExp(`(?:${orgData.heads.de.join('|')})(?:s|es|en|n|e)?$`, 'u');
const DE_ORG_COMPOUND = new RegExp(`^\\p{L}{3,}(?:${orgData.heads.de.join('|')})(?:s|es|en|n|e)?$`, 'u');
const EN_HEADS = lower(orgData.heads.en);
const EVENT_HEADS = new Set(roleWords.eventHeads);
// Words that join the capitalised parts of one name: "Wiener Zentrum für Migrationspolitik",
// "University of Houston", "Consejo de Europa", "Corpo dei Guardiani della Rivoluzione".
const CONNECTORS: ByLang<string[]> = {
  de: ['für', 'zur', 'zum'],
  en: ['of', 'for', '&'],
  fr: ['de', 'du', 'des', 'd’', "d'", 'la', '&'],
  es: ['de', 'del', 'la', 'los', 'las', '&'],
  it: ['di', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'd’', "d'", '&'],
  nl: ['van', 'voor', '&'],
};
const ADJECTIVE_COUNTRY = new Map<string, string>();
/** Country adjectives of several words ("sierra leonean", "costa rican"): their first word may also be a given name. */
const DEMONYM_PHRASES = new Set<string>();
for (const [code, forms] of Object.entries(placeData.adjectives)) for (const f of forms) ADJECTIVE_COUNTRY.set(f, code);
// Every country's adjective in our languages from i18n-nationality ("Australian", "Thai", "australisch"),
// less the entries that are a country's own name in some language (its Italian list has "Andorra", "Bahrein").
{
  const countryNames = new Set<string>();
  for (const c of Object.values(COUNTRY_NAMES)) for (const n of Object.values(c.countries)) for (const x of Array.isArray(n) ? n : [n]) countryNames.add(x.toLowerCase());
  for (const nat of [natDe, natEn, natFr, natEs, natIt, natNl] as { nationalities: Record<string, string> }[]) {
    for (const [code, f] of Object.entries(nat.nationalities)) {
      const l = f.toLowerCase();
      if (l.includes(' ')) DEMONYM_PHRASES.add(l);
      else if (!countryNames.has(l) && !ADJECTIVE_COUNTRY.has(l)) ADJECTIVE_COUNTRY.set(l, code);
    }
  }
}
const DE_NOUN = new RegExp(`\\p{Ll}(?:${placeData.germanNounSuffixes.join('|')})$`, 'u');
const PROVINCE_EXCLUDED = new Set(placeData.provinceExclusions);

function buildGazetteer(lang: string): Gazetteer {
  const entries: Gazetteer['entries'] = new Map();
  const firstWords = new Set<string>();
  let maxWords = 1;
  const add = (name: string, id: string, kind: 'place' | 'organization', canonical: string) => {
    const words = name.split(/\s+/);
    // nameKey, keeping the first word's key for firstWords (a word's key holds no space).
    const first = cachedWordKey(words[0], lang);
    let key = first;
    for (let i = 1; i < words.length; i++) key += ` ${cachedWordKey(words[i], lang)}`;
    if (!entries.has(key)) entries.set(key, { id, kind, canonical });
    firstWords.add(first);
    if (words.length > maxWords) maxWords = words.length;
  };
  const countries = COUNTRY_NAMES[lang] ?? COUNTRY_NAMES.en;
  for (const [code, names] of Object.entries(countries.countries)) {
    const list = Array.isArray(names) ? names : [names];
    // The package lists the official name first ("Russische Föderation", "Russland"); the short one reads better.
    const canonical = [...list].sort((a, b) => a.length - b.length)[0];
    for (const n of list) add(n, `country:${code}`, 'place', canonical);
  }
  for (const [code, names] of Object.entries(placeData.aliases)) {
    const own = countries.countries[code];
    const canonical = own ? [...(Array.isArray(own) ? own : [own])].sort((a, b) => a.length - b.length)[0] : names[0];
    for (const n of names) add(n, `country:${code}`, 'place', canonical);
  }
  for (const r of placeData.regions) add(r, `place:${fold(r)}`, 'place', r);
  // States and provinces ("Kansas", "Niederösterreich", "Ontario"); their letter codes are not names.
  // Already only the countries of provinceCountries (build-provinces.mjs keeps just those).
  for (const p of provinceData.provinces as { name: string; alt?: string[] }[]) {
    if (PROVINCE_EXCLUDED.has(p.name)) continue;
    for (const n of [p.name, ...(p.alt ?? []).filter((a) => a.includes(' '))]) add(n, `place:${fold(p.name)}`, 'place', p.name);
  }
  for (const o of orgData.known) add(o, `org:${fold(o)}`, 'organization', o);
  return { entries, maxWords, firstWords };
}

const cache = new Map<string, Lexicon>();

export function lexicon(langTag: string): Lexicon {
  const lang = (langTag || 'en').slice(0, 2).toLowerCase();
  let lex = cache.get(lang);
  if (lex) return lex;
  const countries = COUNTRY_NAMES[lang] ?? COUNTRY_NAMES.en;
  const roles = lang === 'de' ? new Set<string>() : lower((roleData as unknown as ByLang<string[]>)[lang] ?? roleData.en);
  const roleTails = [...roles].filter((r) => r.length >= 6 && !r.includes(' ') && !r.includes('-'));
  const titles = lower((personData.titles as ByLang<string[]>)[lang] ?? personData.titles.en);
  const speech = lower(((personData.speechVerbs as ByLang<string[]>)[lang] ?? personData.speechVerbs.en).map((v) => v.split(' ').pop()!));
  const quoteVerbs = quoteLexicon(lang).speechVerbs;
  const quoteAuxiliaries = quoteLexicon(lang).auxiliaries;
  const articlesNoPerson = new Set((personData.articlesNoPerson as Record<string, string[]>)[lang] ?? []);
  const heads = lower((orgData.heads as ByLang<string[]>)[lang] ?? orgData.heads.en);
  const adjectives = lower((orgData.adjectives as ByLang<string[]>)[lang] ?? []);
  const fw = lower((functionWords as unknown as ByLang<string[]>)[lang] ?? []);
  const preps = lower((placeData.prepositions as ByLang<string[]>)[lang] ?? placeData.prepositions.en);
  const bare = (w: string) => w.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/, '');
  // The German patterns are long alternations; each word is tested once per language.
  const memo = <T>(f: (w: string) => T) => {
    const seen = new Map<string, T>();
    return (w: string): T => {
      let v = seen.get(w);
      if (v === undefined) { if (seen.size > 20_000) seen.clear(); seen.set(w, (v = f(w))); }
      return v;
    };
  };
  const agentShape = shapeRegex(lang);
  const notAgents = lower(byLang<string[]>(roleData.notAgents, lang, []));
  const premods = byLang<{ suffixes: string[]; words: string[] }>(roleData.premodifiers, lang, { suffixes: [], words: [] });
  const premodWords = lower(premods.words);
  const premodShape = premods.suffixes.length ? new RegExp(`\\p{L}{2,}(?:${premods.suffixes.join('|')})$`, 'u') : null;
  const asWords = lower(byLang<string[]>(roleData.asWords, lang, []));
  const objectAs = lower(byLang<string[]>(roleData.objectAs, lang, []));
  const roleAbbreviations = new Map(Object.entries(byLang<Record<string, string>>(roleData.abbreviations as unknown as Record<string, Record<string, string>>, lang, {})));
  const appositionLinks = new Set(roleData.appositionOf.links);
  const appositionNot = lower(byLang<string[]>(roleData.appositionOf.notRoles as Record<string, string[]>, lang, []));
  const prepositions = lower(byLang<string[]>(roleData.prepositions, lang, []));
  const workplace = lower(byLang<string[]>(roleData.workplace, lang, []));
  const appositionAdverbs = lower(byLang<string[]>(roleData.appositionAdverbs, lang, []));
  const copulas = lower(byLang<string[]>(roleData.copulas, lang, []));
  const appoint = byLang<{ auxiliaries: string[]; participles: string[]; prepositions: string[]; infinitives: string[] }>(
    roleData.appointment, lang, { auxiliaries: [], participles: [], prepositions: [], infinitives: [] });
  const auxiliaries = lower(appoint.auxiliaries);
  const appointVerbs = lower(appoint.participles);
  const appointPreps = lower(appoint.prepositions);
  const infinitives = lower(appoint.infinitives);
  const pronouns = lower(byLang<string[]>(roleData.subjectPronouns, lang, []));
  const clubPrefixes = new Set(byLang<string[]>(orgData.clubPrefixes, lang, []));
  const work = byLang<{ pronouns: string[]; verbs: string[] }>(roleData.workClause, lang, { pronouns: [], verbs: [] });
  const workRel = lower(work.pronouns);
  const workVerbs = lower(work.verbs);
  const personRelatives = lower(byLang<string[]>(personData.personRelatives, lang, []));
  const workNouns = lower(byLang<string[]>(orgData.workNouns, lang, []));
  const barePreps = new Set(byLang<string[]>(placeData.articlelessPrepositions, lang, []));
  const idioms = lower(byLang<string[]>(placeData.idiomsAfterPrepositions, lang, []));
  const placeHeads = new Set(byLang<string[]>(placeData.placeHeads, lang, []));
  const listJoiners = new Set(byLang<string[]>(placeData.listJoiners, lang, []));
  const placeNouns = new Set(byLang<string[]>(placeData.placeNouns, lang, []));
  const official = new Set<string>();
  for (const names of Object.values(countries.countries)) for (const n of Array.isArray(names) ? names : [names]) official.add(n.toLowerCase());
  lex = {
    lang,
    isRoleNoun: memo((w) => {
      const l = bare(w);
      if (lang === 'de') return DE_ROLE_BARE.has(l) || DE_ROLE.test(l.split('-').pop()!);
      const last = l.split('-').pop()!;
      if (roles.has(l) || roles.has(last)) return true;
      // "vice-president-elect", "minister-designate", "président-élu": an office not yet taken is still the office.
      const pending = l.replace(/-(?:elect|designate|élu|élue|electo|electa|eletto|eletta)$/u, '');
      if (pending !== l && (roles.has(pending) || roles.has(pending.split('-').pop()!))) return true;
      // "excandidata", "exministro", "expresidente": Spanish and Italian write "ex" closed up to the role.
      if (/^ex\p{Ll}{4,}$/u.test(l) && roles.has(l.slice(2))) return true;
      // Dutch writes its compounds closed, as German does: "Kamervoorzitter", "fractievoorzitter" are a
      // "voorzitter". Only a listed noun of six letters or more counts as the tail, so "ochtendspits" is no "spits".
      return lang === 'nl' && last.length >= 9 && roleTails.some((t) => last.endsWith(t) && last.length - t.length >= 3);
    }),
    isAgentNoun: memo((w) => {
      const l = bare(w);
      const last = l.split('-').pop()!;
      if (l.length < 5 || last.length < 4 || !agentShape || /\d/u.test(l) || NON_NAMES.has(l) || fw.has(l)) return false;
      if (notAgents.has(last) || notAgents.has(l)) return false;
      // Spanish and Italian adverbs end like agent nouns ("actualmente", "-ente"): "Rosa Romero, actualmente en la Mesa".
      if ((lang === 'es' || lang === 'it') && /mente$/u.test(l)) return false;
      // German compounds end in a common noun now and then ("Sommer", "Kinder"): the list holds the frequent ones.
      if (lang === 'de' && [...notAgents].some((n) => last.endsWith(n) && last.length - n.length <= 6 && n.length >= 5)) return false;
      return agentShape.test(last);
    }),
    isAppositionOf: (w, next) => {
      const l = w.toLowerCase();
      if (lang === 'de' || !appositionLinks.has(next.toLowerCase()) || l.length < 4 || /\d/u.test(l) || fw.has(l) || appositionNot.has(l)) return false;
      // Participles and gerunds open a clause, not a role: "âgé de 45 ans", "accompagnato di", "speaking of".
      return !/(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|ato|ata|ito|ita|uto|uta|ed|ing|ant|ando|endo|iendo|ly|ment|mente)$/u.test(l) && !speech.has(l) && !quoteVerbs.has(l);
    },
    isPremodifier: (w) => {
      const l = w.toLowerCase();
      if (/\d/u.test(l) || fw.has(l)) return false;
      return premodWords.has(l) || (!!premodShape && premodShape.test(l));
    },
    isListedPremodifier: (w) => premodWords.has(w.toLowerCase()),
    isPersonRelative: (w) => personRelatives.has(w.toLowerCase()),
    isWorkNoun: (w) => workNouns.has(w.toLowerCase()),
    isArticlelessPreposition: (w) => barePreps.has(w),
    isIdiomAfterPreposition: (w) => idioms.has(w.toLowerCase()),
    isAsWord: (w) => asWords.has(w.toLowerCase()),
    isObjectAsVerb: (w) => objectAs.has(w.toLowerCase()),
    fullRoleNoun: (w) => roleAbbreviations.get(bare(w)) ?? w.toLowerCase(),
    isPreposition: (w) => prepositions.has(w.toLowerCase()),
    isWorkplacePreposition: (w) => workplace.has(w.toLowerCase()),
    isAppositionAdverb: (w) => appositionAdverbs.has(w.toLowerCase()),
    isCopula: (w) => copulas.has(w.toLowerCase()),
    isAuxiliary: (w) => auxiliaries.has(w.toLowerCase()) || copulas.has(w.toLowerCase()),
    isAppointVerb: (w) => appointVerbs.has(w.toLowerCase()),
    isAppointPreposition: (w) => appointPreps.has(w.toLowerCase()),
    isPredicateInfinitive: (w) => infinitives.has(w.toLowerCase()),
    isSubjectPronoun: (w) => pronouns.has(w.toLowerCase()),
    isWorkRelative: (w) => workRel.has(w.toLowerCase()),
    isWorkVerb: (w) => workVerbs.has(w.toLowerCase()),
    isOfficialCountryName: (f) => official.has(f.toLowerCase()),
    isRolePair: (a, b) => lang !== 'de' && roles.has(`${bare(a)} ${bare(b)}`),
    isTitle: (w) => titles.has(bare(w)),
    isPeerTitle: (w) => lang === 'en' && PEERS.has(bare(w)),
    isArticleNoPerson: (w) => articlesNoPerson.has(w),
    isParticle: (w) => PARTICLES.has(w.toLowerCase()),
    isNameSuffix: (w) => NAME_SUFFIXES.has(w.replace(/\.$/u, '').toLowerCase()),
    // One vocabulary of verbs of saying: the quotation step's (with German and Dutch weak forms) and this list.
    isSpeechVerb: (w) => speech.has(w.toLowerCase()) || quoteVerbs.has(w.toLowerCase()),
    isSpeechAuxiliary: (w) => quoteAuxiliaries.has(w.toLowerCase()),
    isAttributionVerb: (w) => speech.has(w.toLowerCase()),
    isOrgSuffix: (w) => ORG_SUFFIXES.has(w.replace(/\.$/, '')),
    isClubPrefix: (w) => clubPrefixes.has(w),
    isOrgHead: memo((w) => {
      const l = bare(w);
      if (EN_HEADS.has(l)) return true;
      if (lang === 'de') return DE_ORG.test(l.split('-').pop()!);
      return heads.has(l);
    }),
    isForeignOrgHead: (w) => lang === 'de' && EN_HEADS.has(bare(w)) && !DE_ORG.test(bare(w)),
    isOrgCompound: memo((w) => lang === 'de' && DE_ORG_COMPOUND.test(bare(w))),
    isDemonym: (w) => /^\p{Lu}/u.test(w) && ADJECTIVE_COUNTRY.has(bare(w)),
    isDemonymPhrase: (a, b) => DEMONYM_PHRASES.has(`${a} ${b}`.toLowerCase()),
    isOrgAdjective: (w) => adjectives.has(w.toLowerCase()),
    isEventHead: (w) => EVENT_HEADS.has(w.toLowerCase()),
    isOrdinal: (w) => ORDINALS.has(w.toLowerCase()),
    isOpener: (w) => OPENERS.has(w.toLowerCase()),
    isPersonalPronoun: (w) => lang === 'en' && PRONOUNS.has(w.toLowerCase()),
    isNonName: (w) => NON_NAMES.has(bare(w)) || /^I['’]/u.test(w),
    isFunctionWord: (w) => fw.has(w.toLowerCase()),
    isMonth: (w) => MONTHS.has(w.replace(/\.$/u, '').toLowerCase()),
    isPlacePreposition: (w) => preps.has(w.toLowerCase()),
    isCompass: (w) => COMPASS.has(w),
    isPlaceHead: (w) => placeHeads.has(w),
    isListJoiner: (w) => listJoiners.has(w.toLowerCase()),
    isPlaceNoun: (w) => placeNouns.has(w),
    hasNounSuffix: (w) => lang === 'de' && DE_NOUN.test(w),
    hasPlaceSuffix: (w) => lang === 'de' && DE_PLACE.test(w),
    countryOfAdjective: (w) => {
      const l = w.toLowerCase();
      return ADJECTIVE_COUNTRY.get(l) ?? (lang === 'de' ? ADJECTIVE_COUNTRY.get(l.replace(/(e|en|er|es|em)$/u, '')) ?? null : null);
    },
    connectors: new Set(CONNECTORS[lang] ?? CONNECTORS.en),
    gazetteer: buildGazetteer(lang),
  };
  cache.set(lang, lex);
  return lex;
}
