// Key actors of an article: people, organisations and places, each once with all its forms, the
// role the article gives a person, and how often it is named. Order here is reading order;
// rankActors orders by importance once the quotes are known.
import type { Actor } from '../types';
import type { ArticleText } from '../article-text';
import { lexicon, type Lexicon } from './lexicon';
import { articleSentences, HEADLINE } from './article-sentences';
import { findMentions, type Mention } from './find-mentions';
import type { Token } from './tokens';
import { mergeMentions, bestEvidence, type Group } from './merge-mentions';
import { countMentions } from './count-mentions';
import { nameKey } from './name-key';
import { addDescribedRoles } from './described-roles';
import { contradictsName } from './role-gender';
import { sameBody } from './one-role';
import { markListedPlaces } from './listed-places';

/** English headlines are often Title Case: there every word is capitalised and proves nothing. */
/** English prepositions as Title Case capitalises them; prose writes them in lowercase inside a sentence. */
const TITLED_PREPOSITION = /^(?:On|With|Of|To|For|In|At|Over|After|From|By|Into|About|Against|Under|Amid|Before)$/u;

function titleCase(tokens: { text: string; word: boolean; cap: boolean }[]): boolean {
  const long = tokens.filter((t) => t.word && t.text.length > 3);
  return long.length >= 3 && long.filter((t) => t.cap).length / long.length >= 0.7;
}

function chooseName(g: Group, lex: Lexicon): string {
  const forms = [...g.forms].sort((a, b) => b[1] - a[1]);
  if (g.canonical && g.forms.has(g.canonical)) return g.canonical;
  // A country under the name the language gives it ("United States"), not a colloquial form used more often ("America").
  const official = g.canonical && g.kind === 'place' ? forms.find(([f]) => lex.isOfficialCountryName(f)) : undefined;
  if (official) return official[0];
  if (g.kind === 'person' || g.kind === 'organization') {
    // The fullest form: most words, then most frequent. A genitive form loses to its base ("Putins" -> "Putin").
    const words = (f: string) => f.split(' ').length;
    forms.sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1]);
  }
  let name = forms[0][0];
  if (lex.lang === 'de') {
    if (name.endsWith('s') && g.forms.has(name.slice(0, -1))) name = name.slice(0, -1);
    // "Hillary Clintons" where the article also says "Clinton": the genitive of the surname.
    else if (g.kind === 'person' && /\p{Ll}[^s]s$/u.test(name) && name.includes(' ') && [...g.forms.keys()].some((f) => name.slice(0, -1).endsWith(` ${f}`))) name = name.slice(0, -1);
    // The nominative where the article has it: "Europäische Kommission", not "Europäischen Kommission".
    const nominative = name.replace(/^(\p{Lu}\p{Ll}+)(?:en|er|es|em)\b/u, '$1e');
    if (nominative !== name && g.forms.has(nominative)) name = nominative;
    else if (g.kind === 'organization') name = germanNominative(name, lex);
  }
  return name;
}

// Feminine nouns take "die Europäische …" in the nominative; the article may only have the dative or genitive.
const FEMININE = /(?:e|ung|heit|keit|ion|schaft|tät|ei|ie|ur|ik|anz|enz)$/u;

/**
 * An institution's name in the nominative when the article only declines it: "Evangelischen Kirche" ->
 * "Evangelische Kirche", "Wiener Zentrums für Migrationspolitik" -> "Wiener Zentrum für Migrationspolitik".
 */
function germanNominative(name: string, lex: Lexicon): string {
  const words = name.split(' ');
  const headAt = words.findIndex((w, i) => i > 0 && lex.isOrgHead(w));
  if (headAt < 0) {
    // A single declined word: "Untersuchungsausschusses" -> "Untersuchungsausschuss", "Ministeriums" -> "Ministerium".
    const only = words[0];
    if (words.length > 1) return name;
    for (const cut of [2, 1]) {
      const base = only.slice(0, -cut);
      if ((cut === 2 ? /ses$/u : /[^s]s$/u).test(only) && lex.isOrgHead(base) && !/e$/u.test(base)) return base;
    }
    return name;
  }
  let head = words[headAt];
  if (/[^s]s$/u.test(head) && lex.isOrgHead(head.slice(0, -1))) head = head.slice(0, -1);
  else if (/es$/u.test(head) && lex.isOrgHead(head.slice(0, -2))) head = head.slice(0, -2);
  words[headAt] = head;
  if (FEMININE.test(head)) for (let i = 0; i < headAt; i++) words[i] = words[i].replace(/^(\p{Lu}\p{Ll}+)en$/u, '$1e');
  return words.join(' ');
}

function aliasesOf(g: Group, name: string, lex: Lexicon): string[] {
  const out = new Set<string>(g.forms.keys());
  for (const f of g.forms.keys()) if (f !== name) out.add(f);
  const words = name.split(' ');
  if (g.kind === 'person' && words.length > 1) {
    // The surname alone and, with particles, the surname group ("von der Leyen"): how quotes name the speaker.
    const p = words.findIndex((w, i) => i > 0 && lex.isParticle(w));
    if (p > 0) out.add(words.slice(p).join(' '));
    out.add(words[words.length - 1]);
    if (words.length >= 3 && p < 0) out.add(words.slice(1).join(' '));
  }
  out.delete(name);
  return [...out];
}

/**
 * Whether a group is an actor. Names found with evidence are. A bare German word is only when it is a
 * repeated institution compound ("Landessynode", "Bundeskanzleramt"); elsewhere a bare name must recur
 * and be capitalised away from a sentence start at least once ("Dagens Nyheter", "Truth Social").
 */
function keep(g: Group, lex: Lexicon, lowerCount: Map<string, number>): boolean {
  if (bestEvidence(g) !== 'bare' || g.title) return true;
  if (g.inRole === g.mentions) return false;
  const forms = [...g.forms.keys()];
  if (lex.lang === 'de') {
    if (g.mentions < 2 || !forms.every((f) => !f.includes(' '))) return false;
    // An institution is named in the singular: "Autobahnen", "Straßenbahnen" are plural common nouns.
    const plural = (f: string) => /e?n$/u.test(f) && lex.isOrgCompound(f.replace(/e?n$/u, ''));
    if (forms.every((f) => lex.isOrgCompound(f) && !lex.isRoleNoun(f) && !plural(f))) return true;
    // "im Ahrtal", "aus Offenbach": a place-like word named twice, once after a place preposition.
    if (g.placePrepositions > 0 && forms.every((f) => lex.hasPlaceSuffix(f) && !lex.isRoleNoun(f))) { g.kind = 'place'; return true; }
    // "in Lienz", "aus Nußdorf-Debant": named after a preposition that takes no article before a place,
    // and never after an article (German common nouns take one), so not "in Kraft" or "die Kraft".
    if (g.afterBarePreposition > 0 && g.afterArticle === 0 && forms.every((f) => !lex.isRoleNoun(f) && !lex.isOrgHead(f) && !lex.isIdiomAfterPreposition(f) && !lex.isNonName(f) && !lex.hasNounSuffix(f) && /^\p{Lu}\p{Ll}/u.test(f))) {
      g.kind = 'place';
      return true;
    }
    return false;
  }
  // "Zombies are something of a pop-culture phenomenon … these zombies": a single word the article writes in
  // lowercase more often than capitalised inside a sentence is a common noun a headline or a sentence start
  // capitalised (once in a keyword line, "perris, police, exchange", is not enough).
  const common = [...g.forms.keys()].every((f) => !f.includes(' ') && (lowerCount.get(f.toLowerCase()) ?? 0) >= Math.max(2, g.nonInitial));
  return !lex.isNonName(g.key) && !common && g.nonInitial >= 1 && (g.mentions >= 2 || g.placePrepositions > 0);
}

/** Words for groups of people that English capitalises as adjectives ("Muslim voters", "Black professors"). */
const GROUP_ADJECTIVES = new Set(['Muslim', 'Black', 'White', 'Arab', 'Latino', 'Latina', 'Hindu', 'Sikh', 'Indigenous', 'Native']);

/**
 * Up to two distinct roles, in reading order ("NLZ-Leiter, MSV-Interimstrainer"). A role that repeats
 * another's words, restates its role noun ("Präsident von Russland" after "Russlands Präsident") or names the same
 * body ("titular de Interior" after "ministra del Interior"), is dropped.
 */
function roleOf(g: Group, lex: Lexicon): string | null {
  const out: string[] = [];
  const words = (r: string): string[] => r.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // "Governor" and "Washington Gov.": an abbreviation is the same office.
  const head = (r: string) => { const h = r.split(/\s+/).find((w) => lex.isRoleNoun(w)); return h ? lex.fullRoleNoun(h) : null; };
  // A role whose noun shows the other gender than the person's first name is someone else's ("twenty-something daughter"
  // for Woody Allen).
  const full = [...g.forms.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length)[0] ?? '';
  for (const r of g.roles) {
    if (contradictsName(r, full, lex)) continue;
    const w = words(r);
    if (out.some((o) => { const ow = words(o); return w.every((x) => ow.includes(x)) || (head(r) !== null && head(r) === head(o)) || sameBody(r, o, lex); })) continue;
    out.push(r);
    if (out.length === 2) break;
  }
  return out.length ? out.join(', ') : null;
}

/**
 * A sentence that is only a label ("BIO.", "UPDATE.") or an all-capitals heading ("POINT SUR LA
 * SITUATION") names no one: capitals there are typography, not evidence of a name.
 */
function labelOrHeading(tokens: { text: string; word: boolean }[]): boolean {
  // Numbers have no case: "ORSO MARSICANO: 2019 UN ANNO DA RECORD" is a heading all the same.
  const words = tokens.filter((t) => t.word && !/^\d/u.test(t.text));
  const upper = words.filter((t) => /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase() && !/^\d+$/u.test(t.text));
  if (words.length === 1) return upper.length === 1 && words[0].text.length >= 3 && tokens.at(-1)?.text === '.';
  return words.length >= 3 && upper.length === words.length;
}

const ELIDED_ARTICLE = /^(?:l|d|dell|all|nell)['’]$/iu;

/**
 * Mentions that are typography or part of something else, not names: a capitals label before a bar
 * ("MIRA | Kenji Fujimori: …", "LEE MÁS | …"), a unit letter after a degree sign ("1,5 °C"). A single
 * bare word inside a role ("Premier ministre", "ministre de la Santé") is marked, not dropped: the
 * group is dropped in keep() when every mention of it is one.
 */
function screen(found: Mention[], tokens: Token[], lex: Lexicon): Mention[] {
  return found.filter((m) => {
    if (m.start === undefined || m.end === undefined) return true;
    if (tokens[m.end]?.text === '|' && tokens.slice(0, m.end).every((t) => !t.word || t.text === t.text.toUpperCase())) return false;
    if (m.words.length === 1 && m.words[0].length === 1 && tokens[m.start - 1]?.text === '°') return false;
    if (m.evidence === 'bare' && m.words.length === 1) {
      const next = tokens[m.end];
      let i = m.start - 1;
      for (let skip = 0; skip < 2 && i >= 0 && (lex.isFunctionWord(tokens[i].text) || ELIDED_ARTICLE.test(tokens[i].text)); skip++) i--;
      const prev = i < m.start - 1 ? tokens[i] : undefined;
      const lowerRole = (t?: Token) => !!t && t.word && !t.cap && lex.isRoleNoun(t.text);
      if (lowerRole(next) || lowerRole(prev)) m.inRole = true;
    }
    return true;
  });
}

/**
 * `appositions`, when given, receives the roles of names that are not actors by the name rules alone
 * ("dice Taty Almeida, referente de Madres de Plaza de Mayo": one mention, a first name no list holds),
 * keyed by nameKey: a name that turns out to speak takes its role from there (rank-actors.ts).
 */
export function findActors(article: ArticleText, appositions?: Map<string, string>): Actor[] {
  const lex = lexicon(article.lang);
  const sentences = articleSentences(article);
  const midCaps = new Set<string>();
  const lowerWords = new Set<string>();
  const lowerCount = new Map<string, number>();
  // How often each capitalised word stands alone: before punctuation or a function word, not before a noun
  // ("the Chechen capital") or inside a longer name.
  const standsAlone = new Map<string, number>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (!t.word || s.segment === HEADLINE) return;
      if (t.cap && !t.initial) midCaps.add(t.text);
      else if (!t.cap) { lowerWords.add(t.text); lowerCount.set(t.text, (lowerCount.get(t.text) ?? 0) + 1); }
      const next = s.tokens[i + 1];
      // (Before another capitalised word it is part of a longer name: "Chechen President Ramzan Kadyrov".)
      if (t.cap && !(next?.word && (next.cap || !lex.isFunctionWord(next.text)))) standsAlone.set(t.text, (standsAlone.get(t.text) ?? 0) + 1);
    });
  }
  const mentions: Mention[] = [];
  for (const s of sentences) {
    if (labelOrHeading(s.tokens)) continue;
    // A line of a teaser list in the body is set like a headline ("Hillary Clinton Sides With George W. Bush On
    // ‘Radical Islam.’"): a preposition capitalised inside it shows it.
    const titled = lex.lang !== 'de' && titleCase(s.tokens)
      && (s.segment === HEADLINE || s.tokens.some((t) => t.word && !t.initial && TITLED_PREPOSITION.test(t.text)));
    const spans = !titled;
    const found = screen(findMentions(s.tokens, { lex, midCaps, lowerWords, spans, titleCase: titled }), s.tokens, lex);
    markListedPlaces(s.tokens, found, lex);
    mentions.push(...found);
  }
  const groups = mergeMentions(mentions, lex).filter((g) => {
    // An English word shaped like an adjective that only ever qualifies the noun after it ("the Chechen capital",
    // "Islamist extremism", "Democratic"), or one naming a group of people ("Muslim voters"), is no name.
    if (lex.lang === 'en' && bestEvidence(g) === 'bare' && [...g.forms.keys()].every((f) => !f.includes(' ') && ((/\p{Ll}(?:ic|ist|ian|an|en|ish|ese)$/u.test(f) && !standsAlone.get(f)) || GROUP_ADJECTIVES.has(f)))) return false;
    if (keep(g, lex, lowerCount)) return true;
    const role = g.roles[0];
    if (appositions && role) for (const f of g.forms.keys()) if (f.includes(' ')) appositions.set(nameKey(f.split(' '), lex.lang), role);
    return false;
  });
  const actors: Actor[] = groups.map((g) => {
    const name = chooseName(g, lex);
    // "Joe Farrington Road", "Orange County": a place head ends a place's name, whatever first name opens it.
    const words = name.split(' ');
    // (Not an institution named after its place: "Natural History Museum of Los Angeles County".)
    if (words.length > 1 && lex.isPlaceHead(words[words.length - 1]) && !(g.kind === 'organization' && words.some((w) => lex.isOrgHead(w)))) g.kind = 'place';
    return { name, kind: g.kind ?? 'organization', role: g.kind === 'person' ? roleOf(g, lex) : null, mentions: g.mentions, aliases: aliasesOf(g, name, lex) };
  });
  // Mentions are counted once more over the whole text with every form known, so a surname at a
  // sentence start or in a Title Case headline counts too.
  const stats = countMentions(actors, sentences, lex.lang);
  actors.forEach((a, i) => {
    a.mentions = Math.max(stats[i].total, 1);
    // Every form the article uses is an alias ("Estlands", "Stoltenbergs"): the quotes step matches speakers on them.
    a.aliases = [...new Set([...(a.aliases ?? []), ...stats[i].forms])].filter((f) => f !== a.name);
  });
  addDescribedRoles(actors, sentences, lex);
  // One word that is a function word ("The" of "The Daily Beast" split off) or a month ("Aug" of "Aug. 17") names no one.
  for (let i = actors.length - 1; i >= 0; i--) {
    const n = actors[i].name;
    if (!n.includes(' ') && (lex.isFunctionWord(n) || lex.isMonth(n))) { actors.splice(i, 1); stats.splice(i, 1); }
  }
  const order = actors.map((a, i) => ({ a, first: stats[i].first })).sort((x, y) => x.first - y.first);
  // One actor per name: two groups that ended with the same display name are one.
  const seen = new Map<string, Actor>();
  const out: Actor[] = [];
  for (const { a } of order) {
    const k = nameKey(a.name.split(' '), lex.lang);
    const prev = seen.get(k);
    if (prev) { prev.aliases = [...new Set([...(prev.aliases ?? []), ...(a.aliases ?? [])])]; prev.role ??= a.role; continue; }
    seen.set(k, a);
    out.push(a);
  }
  // "Eyamba Sowers didn’t know …" and later "said Sowers": a first name no list holds, right before a surname the
  // article names alone as a person, is that person's first name (the name rules dropped it as a sentence's opening word).
  const taken = new Set(out.flatMap((a) => [a.name, ...(a.aliases ?? [])]));
  for (const a of out) {
    if (a.kind !== 'person' || a.name.includes(' ')) continue;
    const first = unlistedFirstName(a.name, sentences, lex, lowerWords, taken);
    if (!first) continue;
    a.aliases = [...new Set([...(a.aliases ?? []), a.name])];
    a.name = `${first} ${a.name}`;
  }
  return out;
}

/**
 * The one capitalised word the article prints right before `surname`, as the first word of a two-word run, that can
 * only be a first name: never written in lowercase, no word any sentence may open on, no role, title, demonym or
 * other name of the article. Null where there is none, or more than one.
 */
function unlistedFirstName(surname: string, sentences: ReturnType<typeof articleSentences>, lex: Lexicon, lowerWords: Set<string>, taken: Set<string>): string | null {
  let found: string | null = null;
  for (const s of sentences) {
    const ws = s.tokens;
    for (let i = 1; i < ws.length; i++) {
      if (ws[i].text !== surname) continue;
      const w = ws[i - 1], before = ws[i - 2], after = ws[i + 1];
      if (!w.word || !/^\p{Lu}\p{Ll}{2,}$/u.test(w.text) || (before?.word && before.cap) || (after?.word && after.cap)) continue;
      if (lowerWords.has(w.text.toLowerCase()) || taken.has(w.text) || lex.isFunctionWord(w.text) || lex.isOpener(w.text) || lex.isNonName(w.text)
        || lex.isRoleNoun(w.text) || lex.isTitle(w.text) || lex.isDemonym(w.text) || lex.isMonth(w.text) || lex.isPreposition(w.text)) continue;
      if (found && found !== w.text) return null;
      found = w.text;
    }
  }
  return found;
}
