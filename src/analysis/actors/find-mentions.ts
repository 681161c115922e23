// Mentions of people, organisations and places in one sentence. A run of capitalised words is cut
// into names by evidence, never by capitalisation alone (German capitalises every noun): a first name
// starts a person; a role noun or title before a name makes it a person and is kept as the role; a
// country, region or well-known organisation is looked up; an acronym, a legal-form suffix or an
// institution noun makes an organisation. Whatever is left is a "bare" capitalised word, which only
// counts where it matches a name found with evidence ("Stoltenberg" after "Jens Stoltenberg") or,
// outside German, where it recurs away from sentence starts.
import type { ActorKind } from '../types';
import { CLOSE_QUOTES, OPEN_QUOTES, type Token } from './tokens';
import type { Lexicon } from './lexicon';
import { isFirstName } from './first-names';
import { adjacentRole, findRole, roleAfter, roleAppointed, rolePredicate } from './find-role';
import { cachedWordKey, nameKey } from './name-key';

export type Evidence = 'first-name' | 'role' | 'title' | 'gazetteer' | 'acronym' | 'org' | 'adjective-org' | 'bare';

export interface Mention {
  words: string[];
  kind: ActorKind | null;
  evidence: Evidence;
  /** Gazetteer identity ("country:RU") shared by all forms of one place. */
  id?: string;
  canonical?: string;
  role: string | null;
  /** The word before the name is a place preposition ("in Coburg", "from Nottingham"). */
  afterPlacePreposition: boolean;
  /** German: the word before the name is an article or a determiner ("der Kraft"): a common noun, not a place. */
  afterArticle?: boolean;
  /** German: the word before is a preposition that takes no article before a place ("in Lienz"). */
  afterBarePreposition?: boolean;
  /** The name starts its sentence, where any word is capitalised. */
  initial: boolean;
  /** A quoted title of a work ("The Tortured Poets Department"): a name as a whole, kept even when named once. */
  title?: boolean;
  /** Acronym written in brackets right after the name: "Wiener Zentrum für Migrationspolitik (ICMPD)". */
  acronym?: string;
  /** Token positions of the name in its sentence (end exclusive). */
  start?: number;
  end?: number;
  /** A single bare word inside a role ("Premier ministre", "ministre de la Santé"): set by find-actors.ts. */
  inRole?: boolean;
  /** Listed with a known place and nothing else ("Dallas, Tulsa and Omaha"): see listed-places.ts. */
  listedWithPlace?: boolean;
}

export interface Context {
  lex: Lexicon;
  /** Words seen capitalised away from a sentence start somewhere in the article (non-German evidence). */
  midCaps: Set<string>;
  /** Words seen in lowercase in the article: "just", "west" are no first names there. */
  lowerWords: Set<string>;
  /** Find names in this text (false for a Title Case English headline: there only known names count). */
  spans: boolean;
  /** The text is in Title Case (a headline, a teaser's line): a verb after a name is capitalised too. */
  titleCase?: boolean;
}

// A German adjective that can open an institution's name: "Europäische", "Evangelischen", "Wiener", "Oberster".
const GERMAN_ADJECTIVE = /(?:isch|sch|lich|ig|st|er)(?:e|en|er|es|em)?$|^(?:Neue|Freie|Rote|Weiße|Grüne|Vereinigte|Vereinte)[nrs]?$/u;

// German articles, contractions and determiners: a noun after one is a common noun ("der Zukunft", "im Ahrtal" aside).
const DETERMINERS = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zum|zur|vom|beim|am|ins|dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden|kein|keine|keinen|keinem|keiner|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|unserem|unserer|mein|meine|dein|deine|welche|welcher|welches)$/iu;

type Hit = { n: number; id: string; kind: 'place' | 'organization'; canonical: string };

function gazetteerAt(tokens: Token[], idx: number[], k: number, lex: Lexicon): Hit | null {
  const { entries, maxWords, firstWords } = lex.gazetteer;
  if (!firstWords.has(cachedWordKey(tokens[idx[k]].text, lex.lang))) return null;
  for (let n = Math.min(maxWords, idx.length - k); n >= 1; n--) {
    const words = idx.slice(k, k + n).map((i) => tokens[i].text);
    if (!/^[\p{Lu}\d]/u.test(words[0])) continue;
    const hit = entries.get(nameKey(words, lex.lang));
    if (hit) return { n, ...hit };
  }
  return null;
}

const TITLE_JOINERS = new Set(['of', 'the', 'and', 'for', 'in', 'to', 'from', 'a', 'de', 'la', 'le', 'del', 'di', 'der', 'die', 'das', 'für', 'von', '–', '-', ':', '&']);

/**
 * A title of a work or a handle in quotation marks, capitalised throughout: "The Tortured Poets Department",
 * "Irish for Trump", „Babo – Die Haftbefehl-Story“. Returns the end (exclusive) of the closing mark, or -1.
 */
function quotedTitle(tokens: Token[], i: number, lex: Lexicon): number {
  if (!OPEN_QUOTES.has(tokens[i].text)) return -1;
  let words = 0;
  for (let k = i + 1; k < tokens.length && k - i <= 9; k++) {
    const t = tokens[k];
    if (CLOSE_QUOTES.has(t.text) && t.text !== '‘') {
      // German quotes whole sentences and single nouns; only names of two words or more are titles there.
      // German quotes single nouns and phrases ("„Zerschlagung Russlands“"): there a title needs three words or a dash.
      const inner = tokens.slice(i + 1, k);
      const german = lex.lang === 'de' && !(inner.filter((x) => x.word).length >= 3 || inner.some((x) => x.text === '–' || x.text === ':'));
      return words >= 1 && !german && tokens[i + 1].cap && k > i + 1 ? k : -1;
    }
    if (t.word && t.cap) { words++; continue; }
    if (TITLE_JOINERS.has(t.text.toLowerCase()) && k > i + 1) continue;
    // American punctuation puts the comma inside the marks: “So High School,”.
    if ((t.text === ',' || t.text === '.') && CLOSE_QUOTES.has(tokens[k + 1]?.text ?? '')) continue;
    return -1;
  }
  return -1;
}

/**
 * The closing mark of a nickname opening at tokens[j]: one to three capitalised words in quotation marks with a
 * capitalised word right after the mark ("“Tony” Hernández", "“El Chapo” Guzmán"). Returns its index, or -1.
 */
function nicknameEnd(tokens: Token[], j: number): number {
  if (!OPEN_QUOTES.has(tokens[j]?.text ?? '')) return -1;
  let c = j + 1;
  while (c < tokens.length && c - j <= 3 && tokens[c].word && tokens[c].cap) c++;
  return c > j + 1 && CLOSE_QUOTES.has(tokens[c]?.text ?? '') && !!tokens[c + 1]?.word && tokens[c + 1].cap ? c : -1;
}

/** Lowercase particles that open only a person's surname (Dutch and Flemish): "van", "ter", "ten". */
const DUTCH_PARTICLE_OPENERS = new Set(['van', 'ter', 'ten']);

/** A compound whose last part (three letters or more) is a body's noun: "Museumraad", "Gemeenteraad". */
function endsInOrgHead(word: string, lex: Lexicon): boolean {
  const l = word.toLowerCase();
  for (let i = 3; i <= l.length - 3; i++) if (lex.isOrgHead(l.slice(i))) return true;
  return false;
}

/** A romanised Korean given name: two syllables joined by a hyphen, the second in lowercase ("Sang-hak", "Jae-in"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/** A compass word before "of" makes what follows a place: "northeast of San Francisco", "south of Gaza City". */
const COMPASS_OF = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;

/** The preposition between a minister's noun and the portfolio: "ministra de Salud", "Minister of Health", "ministre de la Santé". */
const PORTFOLIO_OF = /^(?:of|de|del|des|du|di|della|dello|van)$/i;
/** The offices that hold a portfolio: minister, secretary, councillor, in the languages read. */
const PORTFOLIO_HOLDER = /^(?:minist|secr[eé]tar|consejer|conseill|consigli|assessor|staatssecretaris)/i;

export function findMentions(tokens: Token[], ctx: Context): Mention[] {
  const out: Mention[] = [];
  const { lex } = ctx;
  // Opening marks of titles found: the words inside are not parsed again ("So High School" is no "So High").
  const titled = new Set<number>();
  const titleEnds = new Map<number, number>();
  if (ctx.spans) {
    for (let q = 0; q < tokens.length; q++) {
      const close = quotedTitle(tokens, q, lex);
      if (close < 0 || (nicknameEnd(tokens, q) === close && tokens[q - 1]?.cap && isFirstName(tokens[q - 1].text))) continue;
      const inner = tokens.slice(q + 1, close).filter((t, n, all) => !(n === all.length - 1 && !t.word));
      // Names the other rules know ("„Washington Post“", "„Donald Trump“") are left to them.
      if (inner.filter((t) => t.word).length < 2 && lex.lang !== 'en') continue;
      const words = inner.map((t) => t.text).join(' ').replace(/ ([:’'])/g, '$1').split(' ');
      out.push({ words, kind: 'organization', evidence: 'bare', role: null, afterPlacePreposition: false, initial: false, title: true });
      titled.add(q);
      q = close;
    }
  }
  // "in haar boek Eerlijk gezegd dat …": after a work noun, a capitalised word opens a title in sentence
  // case (its own lowercase words run on up to a function word or punctuation).
  if (ctx.spans) {
    for (let q = 1; q < tokens.length - 1; q++) {
      const t = tokens[q];
      if (!t.word || !t.cap || t.initial || titled.has(q) || !tokens[q - 1].word || !lex.isWorkNoun(tokens[q - 1].text)) continue;
      let e = q + 1;
      while (e < tokens.length && e - q < 5 && tokens[e].word && !lex.isFunctionWord(tokens[e].text) && !lex.isAttributionVerb(tokens[e].text)) e++;
      const words = tokens.slice(q, e).map((x) => x.text);
      out.push({ words, kind: 'organization', evidence: 'bare', role: null, afterPlacePreposition: false, initial: false, title: true });
      titled.add(q);
      titleEnds.set(q, e);
      q = e - 1;
    }
  }
  const firstName = (t: Token) => t.cap && isFirstName(t.text) && !ctx.lowerWords.has(t.text.toLowerCase()) && !lex.isFunctionWord(t.text) && !lex.isOrdinal(t.text) && !lex.isPersonalPronoun(t.text);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (titleEnds.has(i)) { i = titleEnds.get(i)!; continue; }
    if (titled.has(i)) { i++; while (i < tokens.length && !CLOSE_QUOTES.has(tokens[i].text)) i++; continue; }
    if (!t.word || !t.cap) { i++; continue; }
    // "la Red de Mujeres Construyendo una Nueva República (RMCNR)", "The Israel Defense Forces (IDF)": a name whose
    // capitalised words give the initials of the acronym in brackets after it is that body's full name, whatever
    // its words are (a gerund, a place), and the acronym its short form.
    // (Past an article that opens the sentence: "La Red …", "The Israel …".)
    const s0 = lex.isFunctionWord(t.text) && tokens[i + 1]?.word && tokens[i + 1].cap ? i + 1 : i;
    const expanded = ctx.spans ? acronymExpansion(tokens, s0, lex) : -1;
    if (expanded > 0) {
      const before = tokens[s0 - 1];
      out.push({ words: tokens.slice(s0, expanded).map((x) => x.text), kind: 'organization', evidence: 'org', role: null, afterPlacePreposition: !!before?.word && lex.isPlacePreposition(before.text), initial: tokens[s0].initial, acronym: tokens[expanded + 1].text, start: s0, end: expanded });
      i = expanded;
      continue;
    }
    // The run: capitalised words, joined by connectors ("für", "of", "de la") when a capitalised word
    // follows, by particles after a first name ("Ursula von der Leyen"), by an initial's or a title's
    // full stop, and (Romance) by the adjective of an institution ("Union européenne").
    const idx = [i];
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      const last = tokens[idx[idx.length - 1]];
      // "Sweden's Minister": a possessive ends a name; not an office's ("Riverside County Sheriff’s Department",
      // "District Attorney's Office"), whose institution goes on.
      if (lex.lang === 'en' && /['’]s?$/u.test(last.text) && last.text.length > 2 && !officeOfInstitution(last, u, lex)) break;
      if (u.word && u.cap) { idx.push(j); j++; continue; }
      // "Juan Antonio “Tony” Hernández", "Joaquín “El Chapo” Guzmán": a nickname in quotation marks after a first name
      // is no part of the name the article goes on with; the surname after it is.
      const nick = nicknameEnd(tokens, j);
      if (nick > 0 && firstName(tokens[idx[0]])) { j = nick + 1; continue; }
      if (u.text === '.' && tokens[j + 1]?.word && tokens[j + 1].cap && (lex.isTitle(last.text) || lex.isRoleNoun(last.text) || /^\p{Lu}$/u.test(last.text))) { j++; continue; }
      if (u.word && !u.cap && lex.isOrgAdjective(u.text) && lex.isOrgHead(tokens[idx[0]].text)) { idx.push(j); j++; continue; }
      // German articles are no name particles unless "von" or "zu" comes first ("von der Leyen", not "Tag der Sprachen").
      const particle = (x: Token, prev: Token) => lex.isParticle(x.text) && (firstName(prev) || lex.isParticle(prev.text))
        && !(lex.lang === 'de' && /^(?:der|den|des|das|die)$/u.test(x.text) && !lex.isParticle(prev.text))
        // German names take "von der", never "von den"/"von dem": "Tag von den Nachbarn" is a phrase.
        && !(lex.lang === 'de' && /^(?:den|dem|das|die)$/u.test(x.text));
      const joiner = (x: Token, prev: Token) => x.word && !x.cap && (lex.connectors.has(x.text.toLowerCase()) || particle(x, prev));
      // "National Oceanic and Atmospheric Administration", "Food and Drug Administration": an institution's name
      // may coordinate its words; the conjunction joins when capitalised words after it end in the institution's head.
      if (lex.lang === 'en' && (u.text === 'and' || u.text === '&') && !firstName(tokens[idx[0]]) && !lex.isOrgHead(last.text)) {
        let k = j + 1;
        while (k < tokens.length && k - j <= 4 && tokens[k].word && (tokens[k].cap || lex.connectors.has(tokens[k].text.toLowerCase()))) k++;
        if (k - 1 > j && tokens[k - 1].cap && lex.isOrgHead(tokens[k - 1].text) && !lex.isPlaceHead(tokens[k - 1].text)) { for (let m = j; m < k; m++) idx.push(m); j = k; continue; }
      }
      // "Centre for Research on Energy and Clean Air", "Council on Foreign Relations", "Centre for Science and
      // Environment": a body's name opened by its head and already joined by "for"/"of" goes on through "on" and "and"
      // to the capitalised words that close it.
      // (Also a head inside the run that a connector follows: "US National Institute of Standards and Technology".)
      const headOpens = lex.isOrgHead(tokens[idx[0]].text) || idx.some((m, n) => n > 0 && lex.isOrgHead(tokens[m].text) && !lex.isRoleNoun(tokens[m].text) && lex.connectors.has(tokens[idx[n + 1]]?.text ?? ''));
      if (lex.lang === 'en' && (u.text === 'on' || u.text === 'and') && headOpens && !firstName(tokens[idx[0]])
        && (u.text === 'on' || idx.some((m) => lex.connectors.has(tokens[m].text)))) {
        let k = j + 1;
        while (k < tokens.length && k - j <= 3 && tokens[k].word && tokens[k].cap && !firstName(tokens[k]) && !lex.isFunctionWord(tokens[k].text)) k++;
        const next = tokens[k];
        if (k > j + 1 && !(next?.word && (next.cap || lex.connectors.has(next.text.toLowerCase())))) { for (let m = j; m < k; m++) idx.push(m); j = k; continue; }
      }
      // "Attorney’s Office for the Western District of New York", "Court of Appeals for the Ninth Circuit": after an
      // institution's head, "the" may follow the connector.
      const theAfterHead = (x: Token, prev: Token) => lex.lang === 'en' && x.text === 'the' && lex.connectors.has(prev.text) && lex.isOrgHead(last.text);
      if (joiner(u, last)) {
        let k = j;
        while (k < tokens.length && k - j < 3 && (joiner(tokens[k], k === j ? last : tokens[k - 1]) || (k > j && theAfterHead(tokens[k], tokens[k - 1])))) k++;
        if (tokens[k]?.word && tokens[k].cap && !lex.isFunctionWord(tokens[k].text)) { for (let m = j; m <= k; m++) idx.push(m); j = k + 1; continue; }
      }
      break;
    }
    if (ctx.spans) parseRun(tokens, idx, ctx, firstName, out);
    else bareWords(tokens, idx, ctx, out);
    i = j;
  }
  return out;
}

/**
 * Where the name that starts at tokens[i] ends, when the capitalised words up to a bracketed acronym are its initials
 * ("Red de Mujeres Construyendo una Nueva República (RMCNR)"): the index of the "(", else -1. Little words may stand
 * between the capitalised ones ("de", "una", "of the").
 */
function acronymExpansion(tokens: Token[], i: number, lex: Lexicon): number {
  let initials = '';
  for (let k = i; k < tokens.length && k - i < 12; k++) {
    const t = tokens[k];
    if (t.text === '(') {
      const a = tokens[k + 1];
      return k > i + 1 && initials.length >= 2 && a?.acronym && tokens[k + 2]?.text === ')' && a.text.replace(/[^\p{Lu}]/gu, '') === initials ? k : -1;
    }
    if (!t.word) return -1;
    if (t.cap) initials += t.text.split('-').map((w) => w[0]).join('').toUpperCase();
    else if (!lex.isFunctionWord(t.text) && !lex.connectors.has(t.text.toLowerCase())) return -1;
  }
  return -1;
}

/** Each word of a run as a bare mention (matched later against names found with evidence). */
function bareWords(tokens: Token[], idx: number[], ctx: Context, out: Mention[]) {
  for (let k = 0; k < idx.length;) {
    const g = gazetteerAt(tokens, idx, k, ctx.lex);
    const t = tokens[idx[k]];
    if (g) {
      out.push({ words: idx.slice(k, k + g.n).map((i) => tokens[i].text), kind: g.kind, evidence: 'gazetteer', id: g.id, canonical: g.canonical, role: null, afterPlacePreposition: false, initial: t.initial, start: idx[k], end: idx[k + g.n - 1] + 1 });
      k += g.n;
      continue;
    }
    if (t.cap) out.push({ words: [t.text], kind: null, evidence: 'bare', role: null, afterPlacePreposition: false, initial: true, start: idx[k], end: idx[k] + 1 });
    k++;
  }
}

function parseRun(tokens: Token[], idx: number[], ctx: Context, firstName: (t: Token) => boolean, out: Mention[]) {
  const { lex } = ctx;
  const word = (k: number) => tokens[idx[k]];
  const prepBefore = (k: number) => {
    const p = tokens[idx[k] - 1];
    // (English "of" after a compass word: "30 miles northeast of San Francisco"; the other languages' "de", "di", "von"
    // are place prepositions already.)
    return !!p && p.word && (lex.isPlacePreposition(p.text) || compassOf(k));
  };
  const compassOf = (k: number) => tokens[idx[k] - 1]?.text === 'of' && COMPASS_OF.test(tokens[idx[k] - 2]?.text ?? '');
  const push = (from: number, to: number, m: Pick<Mention, 'kind' | 'evidence' | 'id' | 'canonical'>, role: string | null = null) => {
    const words = idx.slice(from, to).map((i) => tokens[i].text);
    // A bracketed acronym right after the name is its short form: "(EKD)", "(ICMPD)".
    const after = idx[to - 1] + 1;
    const acronym = m.kind !== 'person' && tokens[after]?.text === '(' && tokens[after + 1]?.acronym && tokens[after + 2]?.text === ')' ? tokens[after + 1].text : undefined;
    // "Philipp von Ditfurth/dpa": a photo credit, not someone in the story.
    if (tokens[after]?.text === '/' && tokens[after + 1]?.word) return;
    const before = tokens[idx[from] - 1];
    const afterArticle = !!before?.word && DETERMINERS.test(before.text);
    const afterBarePreposition = !!before?.word && lex.isArticlelessPreposition(before.text);
    out.push({ words, role, afterPlacePreposition: prepBefore(from), afterArticle, afterBarePreposition, initial: word(from).initial, acronym, start: idx[from], end: after, ...m });
  };
  /** A word that can continue a person's name after the first name. */
  const nameWord = (t: Token) => t.cap && !t.acronym && !lex.isRoleNoun(t.text) && !lex.isNonName(t.text) && !lex.isOrgHead(t.text) && !lex.isEventHead(t.text)
    && !lex.isFunctionWord(t.text) && !lex.isTitle(t.text) && !lex.isDemonym(t.text);
  const roleWord = (k: number) => lex.isRoleNoun(word(k).text) || lex.isTitle(word(k).text)
    || (k + 1 < idx.length && lex.isRolePair(word(k).text, word(k + 1).text));

  // A bare surname can still carry a role that joins the person later: "Bafta-award winning actress Weaver".
  const bareRole = (k: number) => {
    const before = tokens[idx[k] - 1];
    if (before && (before.text === ',' || (before.word && lex.isRoleNoun(before.text)))) return findRole(tokens, idx[k], idx[k] + 1, lex);
    // "That's because Doudna, a structural biologist at the University of California, Berkeley, was …": an
    // apposition opened by an indefinite article.
    // (Also "the", or an owner and a role noun: "Marshal Cohen, the chief retail industry analyst",
    // "says Hyman, RTR's CEO".)
    // ("says Charpentier, now a professor at …": an adverb may stand before the article.)
    const adverb = !!tokens[idx[k] + 2]?.word && lex.isAppositionAdverb(tokens[idx[k] + 2].text) ? 1 : 0;
    const third = tokens[idx[k] + 2 + adverb], fourth = tokens[idx[k] + 3 + adverb];
    const owned = !!third?.word && third.cap && /['’]s$/u.test(third.text) && !!fourth?.word && lex.isRoleNoun(fourth.text);
    if (tokens[idx[k] + 1]?.text === ',' && (/^(?:a|an|un|una|une|uno|een|the)$/u.test(third?.text ?? '') || owned)) {
      const r = roleAfter(tokens, idx[k] + 1, lex);
      // (After "the" only a listed role noun: "According to Hotez, the next treatment to emerge …" describes no one.)
      if (r && (third?.text !== 'the' || r.split(/\s+/).some((x) => lex.isRoleNoun(x)))) return r;
    }
    // "… bevor Wynaendts 2008 zum Vorstandschef ernannt wurde": the predicate appoints the surname.
    // "Hege is the CEO of DH": a sentence that opens on the surname and a copula says what the person is (a listed
    // role noun only: "Christie is the last high-profile GOP contender" describes, it names no function).
    const opens = !before || /^[.!?]$/u.test(before.text);
    return roleAppointed(tokens, idx[k] + 1, lex) ?? (opens ? rolePredicate(tokens, idx[k] + 1, lex, false) : null);
  };

  let s = 0;
  // A unit after a number is no name: "3 Min Einsatz", "5 Mio Euro".
  if (/^\d{1,3}$/u.test(tokens[idx[0] - 1]?.text ?? '') && word(0).text.length <= 4 && !word(0).acronym) {
    if (idx.length === 1) return;
    s = 1;
  }
  // The name right after a settlement noun is a place: "the party town Van Vieng", "la ville de Lyon",
  // "die Gemeinde Crans-Montana" (German capitalises the noun, so it opens the run).
  const nounAt = lex.lang === 'de' && lex.isPlaceNoun(word(s).text) ? s : -1;
  const before = tokens[idx[s] - 1], before2 = tokens[idx[s] - 2];
  const nounBefore = nounAt < 0 && !!before?.word && (lex.isPlaceNoun(before.text) || (lex.connectors.has(before.text) && !!before2?.word && lex.isPlaceNoun(before2.text)));
  if (nounAt >= 0 || nounBefore) {
    const from = nounAt >= 0 ? s + 1 : s;
    let e = from;
    while (e < idx.length && e - from < 4 && word(e).cap && !lex.isRoleNoun(word(e).text) && !lex.isFunctionWord(word(e).text) && !lex.isNonName(word(e).text)) e++;
    if (e > from && !gazetteerAt(tokens, idx, from, lex)) {
      push(from, e, { kind: 'place', evidence: 'gazetteer' });
      if (e >= idx.length) return;
      s = e;
    }
  }
  // A sentence-initial word proves nothing: drop it when it is a function word or stands before a first
  // name ("Su Cecilia Sala"), and (in German, or when it is never capitalised elsewhere) unless it is a
  // known name, a first name or a role.
  if (s === 0 && word(0).initial) {
    const w = word(0);
    // ("“…,” Strauss Zelnick, CEO of Take-Two, adds": a first and a last name with a role in apposition after them.)
    const apposed = lex.lang !== 'de' && (idx.length === 2 || (idx.length === 3 && /^\p{Lu}\.?$/u.test(word(1).text)))
      && idx[idx.length - 1] - idx[0] === idx.length - 1 + (idx.length === 3 && tokens[idx[1] + 1]?.text === '.' ? 1 : 0)
      && tokens[idx[idx.length - 1] + 1]?.text === ',' && !!adjacentRole(tokens, idx[0], idx[idx.length - 1] + 1, lex);
    const known = firstName(w) || gazetteerAt(tokens, idx, 0, lex) || w.acronym || roleWord(0) || lex.isPeerTitle(w.text)
      || (lex.lang !== 'de' && ctx.midCaps.has(w.text)) || apposed;
    const beforeFirstName = idx.length > 1 && firstName(word(1)) && !firstName(w) && !roleWord(0);
    if (lex.isFunctionWord(w.text) || lex.isNonName(w.text) || beforeFirstName || (!known && idx.length > 1)) s = 1;
    else if (!known) {
      const n = out.length;
      bareWords(tokens, idx, ctx, out);
      // "Wynaendts war im Mai 2022 zum Aufsichtsratschef gewählt worden": a surname opening the sentence
      // takes the function its predicate appoints it to (kept only if the name turns out a person's).
      // So does one whose predicate is a listed role noun ("Hege is the CEO of DH").
      if (out.length === n + 1 && out[n].evidence === 'bare') out[n].role = roleAppointed(tokens, idx[0] + 1, lex) ?? rolePredicate(tokens, idx[0] + 1, lex, false);
      return;
    }
  }
  while (s < idx.length && !word(s).cap) s++;

  // "Riverside County Sheriff’s Department", "District Attorney's Office": an office's possessive before an
  // institution's head names the institution, not a person with a role.
  if (lex.lang === 'en') {
    const p = idx.findIndex((_, n) => n >= s && n + 1 < idx.length && officeOfInstitution(word(n), word(n + 1), lex));
    if (p >= 0) {
      let e = p + 2;
      while (e < idx.length && word(e).cap && lex.isOrgHead(word(e).text)) e++;
      // (Joined on through a connector, the rest is the office's: "Attorney’s Office for the Western District of New York".)
      if (e < idx.length && !word(e).cap && lex.connectors.has(word(e).text)) e = idx.length;
      push(s, e, { kind: 'organization', evidence: 'org' });
      if (e < idx.length) parseRun(tokens, idx.slice(e), ctx, firstName, out);
      return;
    }
  }
  // Role words and titles at the start of the run, before a name: "Swedish Prime Minister Ulf Kristersson",
  // "Nato-Generalsekretär Jens Stoltenberg", "Mr Lammy". They are evidence of a person, not part of the name.
  let prefixEnd = s;
  for (let k = s; k < idx.length - 1; k++) {
    const w = word(k);
    if (firstName(w) && !roleWord(k)) break;
    if (roleWord(k)) {
      prefixEnd = k + 1;
      if (k + 1 < idx.length && lex.isRolePair(w.text, word(k + 1).text)) { prefixEnd = k + 2; k++; }
    } else if (!w.cap) break;
  }
  if (prefixEnd >= idx.length) prefixEnd = s; // only role words: no name here
  const personCue = prefixEnd > s;

  for (let k = personCue ? prefixEnd : s; k < idx.length;) {
    const w = word(k);
    if (!w.cap) { k++; continue; }
    // An acronym in the plural is a common noun: "super PACs", "NGOs", "CEOs".
    if (/^\p{Lu}{2,5}s$/u.test(w.text)) { k++; continue; }
    // "Texas-headquartered Rackspace", "New York-based …": a place made an adjective describes the name after it.
    if (/-(?:based|headquartered|born|owned|led|backed)$/u.test(w.text)) { k++; continue; }
    // "TSV Bayer Dormagen", "SK Rapid": a club's abbreviation and the capitalised words after it are one club, whatever
    // place or first name they hold (up to a person's full name: "SV Werder Bremen Trainer …" stays out by its role noun).
    if (w.acronym && lex.isClubPrefix(w.text) && k + 1 < idx.length && idx[k + 1] === idx[k] + 1) {
      let e = k + 1;
      while (e < idx.length && e - k <= 3 && idx[e] === idx[e - 1] + 1 && word(e).cap && !roleWord(e) && !lex.isNonName(word(e).text)
        && !(firstName(word(e)) && e + 1 < idx.length && nameWord(word(e + 1)))) e++;
      if (e > k + 1) {
        push(k, e, { kind: 'organization', evidence: 'org' });
        k = e;
        continue;
      }
    }
    const g = gazetteerAt(tokens, idx, k, lex);
    // A street's head alone ("Southwest 117th Avenue") names no place of its own.
    if (!g && lex.isPlaceHead(w.text) && (k + 1 >= idx.length || idx[k + 1] !== idx[k] + 1) && (k === 0 || idx[k - 1] !== idx[k] - 1)) { k++; continue; }
    // A time zone after a time of day: "Jun 26, 2015 9:52 AM PT".
    if (w.acronym && /^(?:AM|PM|a\.m|p\.m)$/u.test(tokens[idx[k] - 1]?.text ?? '')) { k++; continue; }
    // A label in capitals before a colon ("MAN DOWN: Levels of BPA …") names no one.
    if (k === 0 && w.acronym && idx.length >= 2 && idx.every((i, n) => n === 0 || i === idx[n - 1] + 1) && idx.every((i) => /^\p{Lu}{3,}$/u.test(tokens[i].text)) && tokens[idx[idx.length - 1] + 1]?.text === ':') { k = idx.length; continue; }
    // A first name the non-name list holds for its common sense ("Mark", "Will", "May") still opens a person's
    // name when a surname follows it ("premier Mark Rutte").
    // (German nouns are capitalised: "eine Art Dekolonisierung" is no name.)
    // (Or a particle and a surname: "oprichter Mark van Baal".)
    const particleSurname = k + 2 < idx.length && !word(k + 1).cap && lex.isParticle(word(k + 1).text) && idx[k + 1] === idx[k] + 1 && idx[k + 2] === idx[k + 1] + 1 && nameWord(word(k + 2)) && !gazetteerAt(tokens, idx, k + 2, lex);
    const opensName = firstName(w) && k + 1 < idx.length && ((nameWord(word(k + 1)) && !lex.isNonName(word(k + 1).text) && !lex.hasNounSuffix(word(k + 1).text)) || particleSurname) && !roleWord(k);
    // ("American Museum of Natural History": a demonym before an institution's head opens its name.)
    const demonym = lex.isDemonym(w.text) && !(k + 1 < idx.length && lex.isOrgHead(word(k + 1).text));
    if (!g && !opensName && (lex.isNonName(w.text) || roleWord(k) || demonym || (lex.isFunctionWord(w.text) && w.initial))) {
      k += k + 1 < idx.length && lex.isRolePair(w.text, word(k + 1).text) ? 2 : 1;
      continue;
    }
    // A person: a first name followed by name words ("Jens Stoltenberg", "Álvaro García Ortiz"), with
    // particles right after it ("Ursula von der Leyen"); a peerage title stands for the first name ("Lord Alli").
    const next = k + 1 < idx.length ? word(k + 1) : undefined;
    const peer = lex.isPeerTitle(w.text);
    // A known place is not a first name ("Berlin Ortsteil Johannisthal", "Florida Marco Rubio").
    // A place that is also a first name opens a person's name after a role noun: "la toxicologue Dominique
    // Parent-Massin" (Dominique is Dominica in French).
    const prev = tokens[idx[k] - 1];
    // (Or after a role in apposition before a comma: "el fundador del Centro …, Oscar Hernández Bernalette", where "Oscar"
    // also names an award.)
    const afterRole = (!!prev?.word && !prev.cap && (lex.isRoleNoun(prev.text) || lex.isAgentNoun(prev.text)))
      || (!!g && prev?.text === ',' && !!adjacentRole(tokens, idx[k], idx[k] + 1, lex));
    // Likewise before a role in apposition: "Chad Hawk, vice president of PMG, a paper money grading company".
    const roleAfterIt = !!g && g.n === 1 && !!next && k + 2 === idx.length && nameWord(next) && !gazetteerAt(tokens, idx, k + 1, lex)
      && tokens[idx[k + 1] + 1]?.text === ',' && !!roleAfter(tokens, idx[k + 1] + 1, lex);
    // (A particle may open the surname capitalised: "Alexander De Croo", "Alexander Van der Bellen".)
    const particleNext = !!next && lex.isParticle(next.text) && (!next.cap || (k + 2 < idx.length && (nameWord(word(k + 2)) || lex.isParticle(word(k + 2).text))));
    // A name word no first-name list holds before a capitalised particle and a surname opens a name as well: "Jelle Van
    // Damme", "Wout Van Aert" (Dutch and Flemish capitalise the particle).
    // (Not in German, which capitalises its nouns and its articles in names: "Nachrichtenmagazin DER SPIEGEL".)
    const particleName = lex.lang !== 'de' && !g && !firstName(w) && !w.initial && nameWord(w) && !!next?.cap && /\p{Ll}/u.test(next.text) && lex.isParticle(next.text) && k + 2 < idx.length && nameWord(word(k + 2))
      && !lex.isOrgHead(w.text) && !gazetteerAt(tokens, idx, k, lex);
    // A name word no first-name list holds, then a lowercase Dutch particle and a surname: "Jacquelien van Stekelenburg",
    // "Tjirk van der Ziel" (given names of Dutch and Flemish people that no list holds; "van", "ter", "ten" open
    // surnames, never a body's or a place's name, which the exclusions below keep out: "Ministerie van Defensie", "Raad
    // van Europa"). Not at a sentence's start, not in German (whose capitalised nouns take "von" and "van" as well).
    // (Nor a compound ending in a body's noun: "Museumraad van de Belgische …".)
    // (The particle is tested first: most words have none after them.)
    const dutchParticleName = !!next && !next.cap && DUTCH_PARTICLE_OPENERS.has(next.text) && idx[k + 1] === idx[k] + 1
      && lex.lang !== 'de' && !g && !firstName(w) && !w.initial && nameWord(w) && !lex.isOrgHead(w.text) && !lex.isPlaceHead(w.text) && !endsInOrgHead(w.text, lex)
      && (() => {
        let j = k + 2;
        while (j < idx.length && j - k <= 3 && !word(j).cap && lex.isParticle(word(j).text) && idx[j] === idx[j - 1] + 1) j++;
        return j < idx.length && idx[j] === idx[j - 1] + 1 && word(j).cap && nameWord(word(j)) && !firstName(word(j)) && !gazetteerAt(tokens, idx, j, lex)
          && !lex.isOrgHead(word(j).text) && !lex.isPlaceHead(word(j).text) && !lex.isPlaceNoun(word(j).text) && !roleWord(j);
      })();
    // A particle after a double first name or a first surname joins a compound surname: "María Dolores de Cospedal",
    // "Soraya Sáenz de Santamaría". Only one or two lowercase particles, then a surname that is no first name, no place
    // and no institution's head, with nothing between ("Meloni da Donald Trump", "Rajoy de España" are no names).
    const compoundSurname = (e: number) => {
      if (lex.lang === 'de' || e < k + 2) return false;
      let j = e;
      while (j < idx.length && j - e < 2 && !word(j).cap && lex.isParticle(word(j).text)) j++;
      return j < idx.length && j > e && idx[j] - idx[e - 1] === j - e + 1 && word(j).cap && nameWord(word(j)) && !firstName(word(j))
        && !gazetteerAt(tokens, idx, j, lex) && !lex.isOrgHead(word(j).text) && !lex.isPlaceHead(word(j).text) && !lex.isPlaceNoun(word(j).text) && !roleWord(j)
        && !/['’]s$/u.test(word(e - 1).text);
    };
    // A lowercase role noun before a given name no list holds and a surname: "staatssecretaris Stientje van Veldhoven".
    const roleName = lex.lang !== 'de' && afterRole && !g && !w.initial && nameWord(w) && !lex.isNonName(w.text) && !!next && (nameWord(next) || particleNext)
      && !lex.isOrgHead(w.text) && !gazetteerAt(tokens, idx, k + 1, lex)
      // (Not a party or a body before a listed given name: "le vice-premier ministre Open Vld Alexander De Croo".)
      && !idx.slice(k + 1, k + 4).some((i) => firstName(tokens[i]));
    // "al Pio Albergo Trivulzio": Romance articles stand before no person's given name; the name is a place's or a body's.
    // (Capitalised at a sentence's start too: "Al Pio Albergo Trivulzio di Milano ci sono stati …".)
    if (w.initial && lex.isArticleNoPerson(w.text.toLowerCase()) && next?.cap) { k++; continue; }
    const afterArticle = !!prev?.word && (!prev.cap || prev.initial) && lex.isArticleNoPerson(prev.text.toLowerCase());
    // A country's adjective of two words names no one: "Sierra Leonean officials", "Costa Rican" ("Sierra", "Costa" are given names).
    if (next && idx[k + 1] === idx[k] + 1 && lex.isDemonymPhrase(w.text, next.text)) { k += 2; continue; }
    // A country's adjective right after a given name is a surname ("Mario Russo", "Anthony Albanese", "Giovanna
    // Maltese", "Giovanni Greco"), unless a capitalised word goes on after it ("Deutsche Bank").
    const demonymSurname = (e: number) => e === k + 1 && firstName(w) && !g && lex.isDemonym(word(e).text) && idx[e] === idx[k] + 1
      && !lex.isDemonymPhrase(w.text, word(e).text)
      && !(e + 1 < idx.length && idx[e + 1] === idx[e] + 1);
    // A minister's or secretary's noun and "of" before it make the capitalised words a portfolio, not a given name: "la
    // ministra de Salud de la Nación" ("Salud" is a Spanish given name), "Minister of Justice", "ministre de la Santé".
    // (Other roles take a body or a place there, which may open on a given name: "manager of Nana Backpacker Hostel",
    // "vescovo di Vittorio Veneto".)
    const portfolio = !!prev && PORTFOLIO_OF.test(prev.text) && (() => {
      let j = idx[k] - 2;
      while (j >= 0 && /^(?:la|le|l'|el|the)$/i.test(tokens[j].text)) j--;
      return j >= 0 && !!tokens[j].word && PORTFOLIO_HOLDER.test(tokens[j].text);
    })();
    // A Korean name: a short surname, then a given name of two syllables joined by a hyphen, the second in lowercase
    // ("Park Sang-hak", "Go Myong-hyun", "Moon Jae-in"); no first-name list holds them, and "Park" is also a noun.
    const koreanName = !g && !!next && idx[k + 1] === idx[k] + 1 && /^\p{Lu}\p{Ll}{1,4}$/u.test(w.text) && KOREAN_GIVEN.test(next.text);
    if ((firstName(w) || peer || particleName || roleName || dutchParticleName || koreanName) && !afterArticle && !portfolio && !compassOf(k) && (!g || ((afterRole || roleAfterIt) && g.n === 1)) && next && (nameWord(next) || particleNext || demonymSurname(k + 1)) && !/\d/u.test(next.text)) {
      let e = k + 1;
      while (e < idx.length && e - k < 5) {
        const u = word(e);
        // Particles only right after the first name: "Ursula von der Leyen", not "Meloni da Donald Trump".
        // A particle may be capitalised inside the name: "Alexander Van der Bellen".
        const allParticles = idx.slice(k + 1, k + 1 + (e - k - 1)).every((i) => lex.isParticle(tokens[i].text));
        if (!u.cap) { if ((allParticles || compoundSurname(e)) && lex.isParticle(u.text)) { e++; continue; } break; }
        if (!nameWord(u) && !lex.isParticle(u.text) && !demonymSurname(e)) break;
        // "Hillary Clinton Sides With George W. Bush": in Title Case a first name and a surname end the name (a middle
        // initial or a suffix goes on).
        if (ctx.titleCase && e - k >= 2 && !/^\p{Lu}\.?$/u.test(word(e - 1).text) && !lex.isNameSuffix(u.text)) break;
        // "… Weaver West End": a first name followed by another name word starts a new name.
        // A middle initial keeps the name whole: "James P. Kennedy Jr." ("Kennedy" is a first name too).
        // A first name after a particle continues it: "Rosario del Pilar Pentón Díaz", "María de los Ángeles …".
        if (e > k + 1 && firstName(u) && word(e - 1).cap && !firstName(word(e - 1)) && !/^\p{Lu}$/u.test(word(e - 1).text) && e + 1 < idx.length && nameWord(word(e + 1))) break;
        // A German surname in the genitive governs the noun after it: "Hillary Clintons Verweis", "Karl Lauterbachs Plan".
        if (lex.lang === 'de' && e > k + 1 && /\p{Ll}[^s]s$/u.test(word(e - 1).text) && !firstName(word(e - 1)) && !firstName(u)) break;
        e++;
      }
      while (e > k + 1 && !word(e - 1).cap) e--;
      // A war's or a feast's noun right after it makes the whole an event, no one's name: "the Second World War".
      if (e < idx.length && lex.isEventHead(word(e).text)) { k = e + 1; continue; }
      // An institution's head right after the name makes the whole an institution: "Just Stop Oil".
      const asOrg = e < idx.length && word(e).cap && lex.isOrgHead(word(e).text) ? orgSpan(tokens, idx, k, lex, () => false) : k;
      if (asOrg > e) {
        push(k, asOrg, { kind: 'organization', evidence: 'org' });
        k = asOrg;
        continue;
      }
      push(k, e, { kind: 'person', evidence: peer ? 'title' : 'first-name' }, findRole(tokens, idx[k], idx[e - 1] + 1, lex));
      k = e;
      continue;
    }
    const orgEnd = orgSpan(tokens, idx, k, lex, firstName);
    // "Kansas City", "Mexico City": a known place and a place head is a place, though "City" also heads clubs.
    const placeHeaded = !!g && g.kind === 'place' && k + g.n < idx.length && lex.isPlaceHead(word(k + g.n).text) && orgEnd <= k + g.n + 1;
    if (g && (placeHeaded || !(orgEnd > k + g.n))) {
      if (k + g.n < idx.length && lex.isCompass(word(k + g.n).text)) g.n++;
      // "Kansas City", "Oklahoma City": a place of its own, not the state it starts with.
      if (k + g.n < idx.length && lex.isPlaceHead(word(k + g.n).text)) {
        push(k, k + g.n + 1, { kind: 'place', evidence: 'gazetteer' });
        k += g.n + 1;
        continue;
      }
      push(k, k + g.n, { kind: g.kind, evidence: 'gazetteer', id: g.id, canonical: g.canonical });
      k += g.n;
      continue;
    }
    if (w.acronym && !(orgEnd > k + 1)) {
      let e = k + 1;
      while (e < idx.length && /^\p{Lu}{2,}$/u.test(word(e).text)) e++; // "EL PAÍS": one name in capitals
      push(k, e, { kind: 'organization', evidence: 'acronym' });
      k = e;
      continue;
    }
    // German institutions named after their town: "Universität Osnabrück", "Landgericht Berlin", "Klinikum Nürnberg".
    if (lex.lang === 'de' && k + 1 < idx.length && lex.isOrgHead(w.text) && !roleWord(k) && !w.initial) {
      const town = gazetteerAt(tokens, idx, k + 1, lex);
      const n = town?.kind === 'place' ? town.n : lex.hasPlaceSuffix(word(k + 1).text) ? 1 : 0;
      if (n > 0) {
        push(k, k + 1 + n, { kind: 'organization', evidence: 'org' });
        k += 1 + n;
        continue;
      }
    }
    // German hyphenated compounds: "UN-Sicherheitsrat" is an organisation; "Nato-Staaten" and
    // "Nato-Generalsekretär" only mention Nato, which the counting pass picks up.
    if (lex.lang === 'de' && w.text.includes('-')) {
      const parts = w.text.split('-');
      if (/^\p{Lu}[\p{Lu}\d]+$/u.test(parts[0]) && lex.isOrgHead(parts[parts.length - 1]) && !lex.isRoleNoun(parts[parts.length - 1])) {
        push(k, k + 1, { kind: 'organization', evidence: 'org' });
      }
      k++;
      continue;
    }
    // Institutions: a head noun ("Comisión Europea", "Labour Party", "Europäische Kommission") or a legal form.
    if (orgEnd > k) {
      // "told The Media Line": a capitalised "The" inside the sentence opens a title that runs to the end of the
      // capitalised words, past the institution noun inside it.
      let end = orgEnd;
      if (lex.lang === 'en' && word(k).text === 'The' && !word(k).initial) while (end < idx.length && idx[end] === idx[end - 1] + 1 && word(end).cap && !(firstName(word(end)) && end + 1 < idx.length && word(end + 1).cap) && !lex.isRoleNoun(word(end).text)) end++;
      push(k, end, { kind: 'organization', evidence: 'org' });
      k = end;
      continue;
    }
    // A country's adjective before a common noun describes ("Iranische Sicherheitskräfte"); before an institution it names one.
    const describes = lex.countryOfAdjective(w.text) !== null && k + 1 < idx.length && !lex.isOrgHead(word(k + 1).text);
    if (lex.lang === 'de' && k + 1 < idx.length && !describes && /^(?:Oberste|Vereinigte|Vereinte|Weiße|Rote)[nrs]?$|ische[nrs]?$/u.test(w.text) && word(k + 1).cap && !roleWord(k + 1)) {
      push(k, k + 2, { kind: 'organization', evidence: 'adjective-org' });
      k += 2;
      continue;
    }
    // What is left: a person's name after a role or title ("Rapper Haftbefehl", "Präsidentin Annekathrin Preidel").
    if (personCue && k === prefixEnd) {
      let e = k;
      while (e < idx.length && e - k < 4 && (nameWord(word(e)) || (!word(e).cap && lex.isParticle(word(e).text) && idx.slice(k + 1, e).every((i) => !tokens[i].cap)))) e++;
      while (e > k + 1 && !word(e - 1).cap) e--;
      // German capitalises every noun: "wirft dem Künstler Betriebsblindheit vor" names no one.
      if (e === k + 1 && lex.hasNounSuffix(word(k).text)) e = k;
      if (e > k) {
        push(k, e, { kind: 'person', evidence: 'role' }, findRole(tokens, idx[k], idx[e - 1] + 1, lex));
        k = e;
        continue;
      }
    }
    // "Rioland, who has …", "Daizha Rioland, who …": only a person is referred to by "who".
    if (!g && !w.acronym && idx.length - k <= 3 && tokens[idx[idx.length - 1] + 1]?.text === ',' && lex.isPersonRelative(tokens[idx[idx.length - 1] + 2]?.text ?? '')
      && idx.slice(k).every((i) => nameWord(tokens[i]))) {
      push(k, idx.length, { kind: 'person', evidence: 'role' }, findRole(tokens, idx[k], idx[idx.length - 1] + 1, lex));
      k = idx.length;
      continue;
    }
    // Outside German a capitalised run away from the sentence start is a name of some kind.
    if (lex.lang !== 'de') {
      let e = k;
      while (e < idx.length && !roleWord(e) && !lex.isNonName(word(e).text) && !(e > k && firstName(word(e)) && e + 1 < idx.length && (nameWord(word(e + 1)) || (word(e + 1).cap && lex.isParticle(word(e + 1).text))))) e++;
      while (e > k && !word(e - 1).cap) e--;
      if (e > k && !lex.isDemonym(word(e - 1).text)) {
        // Two to four name words with a role before or beside them are a person, first name known or not:
        // "la ministra Izkia Siches", "la ministra del Interior, Izkia Siches", "campaign manager Jeff Weaver".
        if (e - k >= 2 && e - k <= 4 && !g && idx.slice(k, e).every((i) => nameWord(tokens[i]))) {
          if (adjacentRole(tokens, idx[k], idx[e - 1] + 1, lex)) {
            push(k, e, { kind: 'person', evidence: 'role' }, findRole(tokens, idx[k], idx[e - 1] + 1, lex));
            k = e;
            continue;
          }
        }
        const before = out.length;
        // "Dodge City", "Orange County": a place head ends the name.
        const place = e > k + 1 && lex.isPlaceHead(word(e - 1).text) && !lex.isFunctionWord(w.text);
        // Two to four name words with an apposition after them ("dice Taty Almeida, referente de Madres de Plaza de Mayo")
        // carry that role too: it shows only if other evidence (a verb of saying, a first name) makes the name a person's.
        const spanRole = e === k + 1 ? bareRole(k) : !place && e - k <= 4 && idx.slice(k, e).every((i) => nameWord(tokens[i])) && tokens[idx[e - 1] + 1]?.text === ',' ? findRole(tokens, idx[k], idx[e - 1] + 1, lex) : null;
        push(k, e, place ? { kind: 'place', evidence: 'gazetteer' } : { kind: null, evidence: 'bare' }, spanRole);
        // A capitalised article inside a sentence opens a title: "a performance of The Tempest", "selon Le Monde".
        // (push may decline the span, so only a mention it added is marked.)
        if (out.length > before && e > k + 1 && !w.initial && lex.isFunctionWord(w.text)) out[out.length - 1].title = true;
        k = e;
        continue;
      }
    }
    push(k, k + 1, { kind: null, evidence: 'bare' }, bareRole(k));
    k++;
  }
}

/** An office's possessive before an institution's head: "Sheriff’s" before "Department", "Attorney's" before "Office". */
function officeOfInstitution(t: Token, next: Token, lex: Lexicon): boolean {
  return /['’]s$/u.test(t.text) && lex.isRoleNoun(t.text.replace(/['’]s$/u, '')) && next.word && next.cap && lex.isOrgHead(next.text);
}

/** End (exclusive, in run positions) of an institution name starting at k, or k when there is none. */
function orgSpan(tokens: Token[], idx: number[], k: number, lex: Lexicon, firstName: (t: Token) => boolean): number {
  const w = (n: number) => tokens[idx[n]];
  // A person's name inside the run ends the institution: "Tribunal Supremo Ángel Hurtado".
  let stop = idx.length;
  // (Not a place's second word that is also a first name: "Natural History Museum of Los Angeles County".)
  const inPlace = (n: number) => { const g = gazetteerAt(tokens, idx, n - 1, lex); return !!g && g.n >= 2; };
  for (let n = k + 1; n < idx.length - 1; n++) if (firstName(w(n)) && w(n + 1).cap && !lex.isOrgHead(w(n + 1).text) && !inPlace(n)) { stop = n; break; }
  if (lex.lang === 'fr' || lex.lang === 'es' || lex.lang === 'it') {
    // Romance: the head comes first and takes the rest of the run ("Tribunal Supremo", "Consejo de Europa").
    if (lex.isOrgHead(w(k).text) && stop - k > 1 && !lex.isRoleNoun(w(k).text)) {
      let e = stop;
      while (e > k + 1 && !w(e - 1).cap && !lex.isOrgAdjective(w(e - 1).text)) e--;
      return e;
    }
  }
  // English, Dutch, German: the head or legal form ends the name ("Montana Freedom Caucus", "Saxo Bank",
  // "Europäische Kommission", "Wiener Zentrum für Migrationspolitik").
  let end = k;
  for (let n = k + 1; n < stop; n++) {
    if (!w(n).cap) continue;
    if ((lex.isOrgHead(w(n).text) || lex.isOrgSuffix(w(n).text)) && !lex.isRoleNoun(w(n).text)) end = n + 1;
  }
  // "University of Calgary", "Museum of Modern Art": a head that opens the name, with what a connector joins to it.
  const opensWithHead = end === k && lex.lang !== 'de' && lex.isOrgHead(w(k).text) && !lex.isRoleNoun(w(k).text) && k + 2 < stop && !w(k + 1).cap && w(k + 2).cap;
  if (opensWithHead) end = k + 1;
  // "Zentrum für Migrationspolitik": a head followed by a connector keeps what the connector joins.
  if (end > k && end < stop && !w(end).cap) {
    let e = end;
    while (e < stop && (!w(e).cap || !lex.isRoleNoun(w(e).text))) e++;
    while (e > end && !w(e - 1).cap) e--;
    end = e;
  }
  // German needs an adjective before the head ("Wiener Zentrum", "Oberster Verteidigungsrat"), not a noun ("Kinder Teil");
  // a town's adjective and a bare head is a description ("die Brüsseler Behörde"), unless the name goes on.
  // (An English name of three words or more taken over whole needs none: "am Donald Danforth Plant Science Center".)
  if (end > k && lex.lang === 'de' && !GERMAN_ADJECTIVE.test(w(k).text) && !(end - k >= 3 && lex.isForeignOrgHead(w(end - 1).text))) return k;
  if (end === k + 2 && lex.lang === 'de' && /er$/u.test(w(k).text) && !/(?:isch|lich|ig|st)er$/u.test(w(k).text)) return k;
  return end;
}
