// Stage 2 of the quotation steps, the entity table: who the article names, as far as attribution needs it. Every
// capitalised run of the article split into role words and a name, clustered by last word with the actors (one
// table for both steps): the fullest form of a name
// ("Stoltenberg" -> "Jens Stoltenberg"), the person introduced with a role ("der Generalsekretär" ->
// "Nato-Generalsekretär Jens Stoltenberg" -> Jens Stoltenberg) and a person's gender where the article
// tells it ("Ministerpräsidentin", "Frau", "Mrs"). Built from the article's own text, so it holds when the
// actors module misses someone; the actors, when given, are consulted first.
import type { Actor } from '../types';
import functionWords from '../data/function-words.json';
import { firstNameGender, isFirstName } from '../actors/first-names';
import type { Gender, Lexicon } from './lexicon';
import { lexicon as actorLexicon, type Lexicon as ActorLexicon } from '../actors/lexicon';
import { tokenize, type Token } from './tokens';
import { fold } from '../actors/name-key';

export interface NameRun {
  /** The bare name, without the role or title words before it. */
  name: string[];
  /** The role and title words that stood before it ("Nato-Generalsekretär"). */
  role: string[];
  gender: Gender | null;
  /** Position in the article (paragraph index * 1e6 + offset), to prefer the nearest earlier mention. */
  at: number;
  /** The token before the run, lowercased (a determiner there makes the run a noun phrase, not a name). */
  before: string;
}

import roleWords from '../data/quote-role-words.json';

const NOUN_ENDINGS = roleWords.nameEndingsNot;
export const OBJECT_PREPOSITIONS = new Set(roleWords.objectPrepositions);
/** The prepositions that name a document's author after it ("by", "von", "par", "por", "da", "door"). */
const AUTHOR_PREPOSITIONS = new Set(['by', 'von', 'par', 'por', 'da', 'door']);
const EVENT_HEADS = new Set(roleWords.eventHeads);
const NAME_ARTICLES = new Set(roleWords.particlesGerman.articles);
const LEADERS = new Set(roleWords.leaders);
const GERMAN_FUNCTION = new Set(functionWords.de);
const FUNCTION = new Set(Object.entries(functionWords).filter(([k]) => k !== '_why').flatMap(([, v]) => v as string[]));

/** A surname without its diacritics, the Turkish dotless i as i ("Hacısalihoğlu" and "Hacisalihoğlu" meet). */
const foldName = (word: string) => fold(word).replace(/ı/gu, 'i');

export class EntityTable {
  readonly runs: NameRun[] = [];
  /**
   * The article position of the paragraph being read (as NameRun.at counts). Speaker phrases carry offsets
   * within their paragraph; a role's holder is looked up against positions in the whole article.
   */
  paragraphAt = 0;
  private readonly byLast = new Map<string, NameRun[]>();
  /** Per full name, how often the article has taken the person up with a pronoun of either gender. */
  private readonly told = new Map<string, { male: number; female: number }>();
  /** Tokens that the article puts after a determiner somewhere: common nouns, not names. */
  private readonly nouns = new Set<string>();
  /** Words the article also prints in lowercase ("however", "gleichzeitig"): capitalised, they only start a sentence. */
  private readonly lowerSeen = new Set<string>();
  private readonly texts: Token[][];
  private readonly actors: Actor[];
  /** Every word of every actor's name and aliases (people, organisations, places), lowercased. */
  private readonly actorWords = new Set<string>();
  /** The last word of every person's full name, lowercased. */
  private readonly surnames = new Set<string>();

  private readonly allActors: Actor[];
  private readonly roles: ActorLexicon;

  constructor(texts: string[], actors: Actor[], private readonly lex: Lexicon) {
    this.roles = actorLexicon(lex.lang);
    this.texts = texts.map((t) => tokenize(t));
    this.texts.forEach((toks, n) => {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        // (A handle, hashtag or address is no word of the article's prose: "@mike_pence" does not make "Pence" common.)
        if (!t.cap && !t.punct && !/[@#_/]/u.test(texts[n][t.start - 1] ?? '')) this.lowerSeen.add(t.lower);
        if (i > 0 && t.cap && lex.determiners.has(toks[i - 1].lower)) this.nouns.add(t.lower);
      }
    });
    // A speaker is someone the article names: an "actor" that is a German noun phrase ("Nähe von Turpan",
    // "Da Brauereien", "Hinweise") would print as one, so it is no speaker here.
    this.allActors = actors.filter((a) => this.nameShaped(a));
    this.actors = this.allActors.filter((a) => a.kind === 'person');
    for (const a of this.allActors) for (const n of [a.name, ...(a.aliases ?? [])]) for (const w of n.toLowerCase().split(/\s+/)) this.actorWords.add(w);
    for (const a of this.actors) { const w = a.name.split(/\s+/); if (w.length >= 2 && isFirstName(w[0])) this.surnames.add(w[w.length - 1].toLowerCase()); }
    this.texts.forEach((toks, p) => this.index(toks, p));
  }

  /**
   * Whether an actor's name reads as a name. A name never opens with a function word, a determiner or a pronoun
   * ("Da Brauereien", "Diese", "Alle Opfer"). In German, where every noun is capitalised, a person's name does not
   * open with a word the article puts after a determiner ("der Nähe", "die Hinweise", "der Firma"), unless it is a
   * first name, nor with one it also writes in lowercase ("Alle Opfer").
   */
  private nameShaped(a: Actor): boolean {
    // Only German people: elsewhere a capitalised article opens many a name ("De Wever", "Le Monde").
    if (this.lex.lang !== 'de' || a.kind !== 'person') return true;
    const words = a.name.split(/\s+/);
    const first = words[0].toLowerCase();
    if (GERMAN_FUNCTION.has(first) || this.lex.determiners.has(first) || this.lex.pronouns.has(first) || this.lex.possessive.has(first)) return false;
    return !(this.nouns.has(first) || this.isCommon(words[0])) || isFirstName(words[0]);
  }

  /** A capitalised word that the article also uses in lowercase, or an elided article ("L’imprenditore"). */
  isCommon(word: string): boolean {
    return this.lowerSeen.has(word.toLowerCase()) || /^(l|d|dell|all|nell|sull|dall|qu|j|n|s|c|un)['’]/iu.test(word);
  }

  private index(tokens: Token[], p: number) {
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i].cap || tokens[i].punct) { i++; continue; }
      let j = i;
      const run: Token[] = [];
      while (j < tokens.length) {
        const t = tokens[j];
        if (t.cap && !t.punct) { run.push(t); j++; continue; }
        // "von der Leyen", "de Gaulle": particles inside a name, never at its end.
        if (this.lex.particles.has(t.lower) && run.length && tokens[j + 1]?.cap) { run.push(t); j++; continue; }
        if (t.text === '.' && run.length && /^\p{Lu}$/u.test(run[run.length - 1].text)) { j++; continue; } // "Edmund S. Phelps"
        break;
      }
      const before = i > 0 ? tokens[i - 1].lower : '';
      const r = this.split(run, before, p * 1e6 + tokens[i].start);
      if (r) {
        this.runs.push(r);
        const last = r.name[r.name.length - 1].toLowerCase();
        const list = this.byLast.get(last) ?? [];
        list.push(r);
        this.byLast.set(last, list);
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Splits a capitalised run into role words and the name that follows them. */
  split(run: Token[], before: string, at: number): NameRun | null {
    let k = 0;
    // Sentence-initial or function words ("Laut", "Die", "Auch") are not part of a name; a body's name keeps its
    // common words ("World Health Organization" where the article also writes "the world").
    const body = run.length >= 2 && this.roles.isOrgHead(run[run.length - 1].text);
    // (A surname of someone the article names in full stays one, whatever else the word means: "says Early" after
    // "Chris Early" where the article also writes "early days".)
    // (A day or a sentence adverb before a given name opens the sentence, not the name: "Ieri Mario Russo ha detto",
    // "Yesterday Anthony Albanese said"; "Will Smith" stays whole, "Smith" being no given name.)
    while (k < run.length && (FUNCTION.has(run[k].lower) || (this.isCommon(run[k].text) && !body && !this.surnames.has(run[k].lower)) || this.lex.determiners.has(run[k].lower) || this.lex.speechVerbs.has(run[k].lower) || this.lex.pronouns.has(run[k].lower) || this.lex.possessive.has(run[k].lower)
      || (this.roles.isNonName(run[k].text) && k + 1 < run.length && isFirstName(run[k + 1].text)))) k++;
    let lastRole = -1;
    let gender: Gender | null = null;
    // (A run that ends on an institution's noun is the body's name, whatever title its words spell: "the Premier League",
    // "the NBA G League".)
    // (Not German, whose capitalised nouns make a role and a body one run: "Aktivist der unabhängigen Mietergewerkschaft
    // Autonomous Tenant Union".)
    const bodyName = body && this.lex.lang !== 'de';
    for (let m = k; m < run.length - 1 && !bodyName; m++) {
      const g = this.roleGender(run[m].text);
      if (g !== undefined) { lastRole = m; if (g) gender = g; }
    }
    // "Schulleiter der Volksschule Tristach", "Präsident der Vereinigten Staaten": a name after an article that follows
    // the role noun is the role's complement, not its holder (holders follow with no article: "Schulleiter Norbert
    // Salcher"; "Präsidentin von der Leyen" has a nobiliary particle first).
    if (lastRole >= 0 && NAME_ARTICLES.has(run[lastRole + 1]?.lower ?? '')) return null;
    // "Das Unternehmen von Mark Zuckerberg": a body's noun, then a particle and a name, is the body of that person,
    // not a role they hold.
    if (lastRole >= 0 && this.lex.particles.has(run[lastRole + 1]?.lower ?? '') && this.lex.bodyEndings.some((e) => run[lastRole].lower.endsWith(e))) return null;
    let nameTokens = run.slice(lastRole >= 0 ? lastRole + 1 : k).filter((t, n) => n === 0 ? !this.lex.particles.has(t.lower) : true);
    // After a body's name ("Tribunal Supremo Ángel Hurtado") the body may go on for a word: keep the last two.
    if (lastRole >= 0 && nameTokens.length >= 3 && this.lex.bodyEndings.some((e) => run[lastRole].lower.endsWith(e))) nameTokens = nameTokens.slice(-2);
    if (!nameTokens.length) return null;
    // A country's adjective of two words names no one ("another North Korean spy", "the North Korean said"). (One word
    // may be a surname: "said Cuban" for Mark Cuban.)
    if (nameTokens.length === 2 && this.roles.isDemonymPhrase(nameTokens[0].text, nameTokens[1].text)) return null;
    if (this.lex.lang === 'de' && !this.germanNameShape(nameTokens)) return null;
    return { name: nameTokens.map((t) => t.text), role: run.slice(k, lastRole + 1).map((t) => t.text), gender, at, before };
  }

  /**
   * German noun phrases look like names when capitalised ("Lage des Unternehmens", "Nähe von Turpan"):
   * an article inside a name only follows a nobiliary particle ("Ursula von der Leyen"), and a nobiliary
   * particle only follows a first name ("Heinrich von Pierer") or a name the actors module knows.
   */
  private germanNameShape(name: Token[]): boolean {
    for (let i = 1; i < name.length; i++) {
      const w = name[i].lower;
      if (name[i].cap) continue;
      if (NAME_ARTICLES.has(w) && !this.lex.nobiliary.has(name[i - 1].lower)) return false;
      if (this.lex.nobiliary.has(w) && !isFirstName(name[0].text) && !this.actorWords.has(name[0].lower)) return false;
    }
    return true;
  }

  /** An occupation noun by its shape ("geologist", "researcher"): a role where the syntax already says one stands there. */
  isAgentNoun(word: string): boolean {
    return this.roles.isAgentNoun(word);
  }

  /** A word that qualifies a role noun before it ("premier", "former", "nuevo"): it opens a role, never is one alone. */
  qualifiesRole(word: string): boolean {
    return this.roles.isListedPremodifier(word.toLowerCase());
  }

  /**
   * undefined when the word is no role or title; otherwise the gender it shows (null when it shows none).
   * "Ministerpräsidentin" -> female, "Generalsekretär" -> male (German marks it), "Dr." -> null.
   */
  roleGender(word: string): Gender | null | undefined {
    const lower = word.toLowerCase().replace(/\.$/u, '');
    const h = this.lex.honorifics.get(lower);
    if (h !== undefined || this.lex.honorifics.has(lower)) return h ?? null;
    const part = lower.split('-').pop()!;
    // The actors module's role nouns and titles of this language ("Gov.", "delegate", "porte-parole"): one
    // vocabulary of roles for both steps. German role nouns mark their gender, read below.
    // English marks gender in some of its nouns ("the actress", "the congressman", "his widow"); the others leave it open.
    if (this.lex.lang !== 'de' && (this.roles.isRoleNoun(word) || this.roles.isTitle(word))) {
      if (/(woman|wife|mother|queen)$/u.test(part)) return 'female';
      if (this.lex.lang !== 'en') return null;
      if (part !== 'witness' && /(?:ess|daughter|sister|girl|lady|widow|niece|aunt|bride)$/u.test(part)) return 'female';
      return /(?:man|father|king|husband|son|brother|boy|prince|duke|nephew|uncle|widower)$/u.test(part) ? 'male' : null;
    }
    const ends = (w: string) => this.lex.roleEndings.some((e) => w.endsWith(e));
    if (part.endsWith('in') && ends(part.slice(0, -2))) return 'female';
    if (part.endsWith('frau') || part.endsWith('woman')) return 'female';
    if (ends(part)) return this.lex.lang === 'de' && !part.endsWith('in') && !part.endsWith('e') ? 'male' : null;
    // The actors module's German role nouns too ("Juristin", "Radprofi"): one vocabulary of roles for both steps.
    if (this.lex.lang === 'de' && /^\p{Lu}/u.test(word) && this.roles.isRoleNoun(word)) {
      if (/in(?:nen)?$/u.test(part) && this.roles.isRoleNoun(word.replace(/in(?:nen)?$/u, ''))) return 'female';
      return /e$/u.test(part) ? null : 'male';
    }
    // "del Tribunal Supremo Ángel Hurtado": a body's name before a person's is not part of it.
    if (this.lex.bodyEndings.some((e) => part.endsWith(e))) return null;
    // An all-caps acronym before a name ("US", "SPD") belongs to the role, not to the name.
    if (/^\p{Lu}{2,5}$/u.test(word)) return null;
    return undefined;
  }

  /** A word that names no one wherever it stands: a weekday, a month, a function word ("Also Wednesday, the NBA …"). */
  nameless(word: string): boolean {
    return this.roles.isNonName(word) || FUNCTION.has(word.toLowerCase()) || this.lex.auxiliaries.has(word.toLowerCase());
  }

  /**
   * A single capitalised word taken for a name ("sagte Stoltenberg"): not a word the article also writes in
   * lowercase, not a function word, and in German not a noun (seen after a determiner) nor shaped like one.
   */
  likelyName(word: string, lang: string): boolean {
    const lower = word.toLowerCase();
    if (this.isCommon(word) || FUNCTION.has(lower) || this.lex.auxiliaries.has(lower) || this.lex.pronouns.has(lower) || this.lex.possessive.has(lower)) return false;
    if (/^\p{Lu}+$/u.test(word) && word.length <= 2) return false;
    if (lang === 'de') {
      if (this.nouns.has(lower)) return false;
      if (NOUN_ENDINGS.some((e) => lower.endsWith(e))) return false;
    }
    return true;
  }

  /**
   * A single capitalised word that the article shows to be a name: part of an actor's name, part of a name of
   * two or more words somewhere in the article, or printed after a role ("Ministerpräsident Harper"). German
   * capitalises every noun, so "nannte Vorbehalte" or "Derzeit beschäftigt" must not yield a speaker.
   */
  knownName(word: string): boolean {
    const key = word.toLowerCase();
    if (this.actorWords.has(key) || this.actorWords.has(key.replace(/s$/u, ''))) return true;
    for (const r of this.byLast.get(key) ?? []) if (r.name.length >= 2 || r.role.length > 0) return true;
    return this.runs.some((r) => r.name.length >= 2 && r.name.length <= 4 && r.name[0].toLowerCase() === key);
  }

  /**
   * Two to four words opened by a first name that the article uses as no common noun: a person's name even when
   * the actors module does not list it ("Sondhi Limthongkul", "Annette Widmann-Mauz").
   */
  personShaped(name: string[]): boolean {
    return name.length >= 2 && name.length <= 4 && isFirstName(name[0]) && !this.isNoun(name[0]) && !this.isCommon(name[0]) && !this.isEvent(name);
  }

  /** A name holding the noun of a day or feast ("Día del Trabajador", "Labor Day"): an event, never a speaker. */
  isEvent(name: string[]): boolean {
    return name.some((w) => EVENT_HEADS.has(w.toLowerCase()));
  }

  /** A German word with a noun's ending ("Entscheidung", "Souveränität"): no part of a person's name. */
  nounShaped(word: string): boolean {
    const lower = word.toLowerCase();
    return NOUN_ENDINGS.some((e) => lower.endsWith(e) && lower.length > e.length + 2);
  }

  /** How often the article prints this word alone as the last word of a capitalised run ("Stetter-Karp"). */
  aloneCount(word: string): number {
    return (this.byLast.get(word.toLowerCase()) ?? []).filter((r) => r.name.length === 1).length;
  }

  /** True when this capitalised word is, in this article, a common noun (seen after a determiner). */
  isNoun(word: string): boolean {
    return this.nouns.has(word.toLowerCase());
  }

  /** The fullest form of a name the article uses, from any form of it ("Stoltenberg", "Jens Stoltenberg"). */
  fullName(name: string[]): string {
    const last = name[name.length - 1];
    const key = last.toLowerCase();
    // "Shaun Bowles" next to an actor "Holly Bowles": a printed first name picks the actor that carries it.
    const first = name.length >= 2 ? name[0].toLowerCase() : null;
    const sameLast = (a: Actor) => [a.name, ...(a.aliases ?? [])].some((n) => n.split(/\s+/).pop()!.toLowerCase() === key);
    const printed = name.join(' ').toLowerCase();
    const actor = this.actors.find((a) => [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === printed) || a.name.toLowerCase().endsWith(' ' + printed))
      || (first && this.actors.find((a) => sameLast(a) && a.name.split(/\s+/)[0].toLowerCase() === first))
      // Otherwise the actor of that surname, unless a different first name is printed (another family member).
      || this.actors.find((a) => sameLast(a) && (!first || a.name.split(/\s+/).length < 2 || !isFirstName(name[0])));
    if (actor) return actor.name;
    // The same surname spelt with other diacritics ("Hacisalihoğlu said" after "Yaşar Hacısalihoğlu"): a person the
    // actors module lists, where no name is spelt as printed.
    const folded = foldName(last);
    const variant = (this.byLast.get(key) ?? []).every((r) => r.name.length === 1) && folded.length > 3 ? this.actors.find((a) => a.kind === 'person' && a.name.includes(' ') && foldName(a.name.split(/\s+/).pop()!) === folded) : undefined;
    if (variant) return variant.name;
    let best = name;
    const candidates = this.byLast.get(key) ?? this.byLast.get(key.replace(/s$/u, '')) ?? [];
    for (const r of candidates) {
      // "Der Bundesdrogenbeauftrage Hendrik Streeck": a noun before the name is a role the lists don't know.
      let form = r.name;
      while (form.length > 2 && (this.nouns.has(form[0].toLowerCase()) || this.isCommon(form[0]))) form = form.slice(1);
      if (form.length > best.length && form.length <= 4 && !this.nouns.has(form[0].toLowerCase())) best = form;
    }
    // "Donna said": a first name alone stands for the full name it opens.
    if (best.length === 1) {
      for (const r of this.runs) if (r.name.length >= 2 && r.name.length <= 4 && r.name[0].toLowerCase() === key) { best = r.name; break; }
    }
    return best.join(' ');
  }

  /** How many name runs start before `at` (runs are in article order). */
  private runsBefore(at: number): number {
    let hi = this.runs.length;
    for (let lo = 0; lo < hi;) { const mid = (lo + hi) >> 1; if (this.runs[mid].at < at) lo = mid + 1; else hi = mid; }
    return hi;
  }

  /**
   * The full name of the nearest person named before `at` whose gender (where the article gives one) fits.
   * Looks back over at most 60 name runs, so a page with thousands of capitalised words stays linear.
   */
  personBefore(at: number, gender: Gender | null, sure = false): string | null {
    const hi = this.runsBefore(at);
    // The actors module's people first (it has seen the whole article), then any other name shaped like a person's.
    let other: string | null = null;
    let unsure: { name: string; i: number } | null = null;
    for (let i = hi - 1; i >= Math.max(0, hi - 60); i--) {
      const r = this.runs[i];
      const last = r.name[r.name.length - 1];
      const actor = this.isPersonActor(last);
      // Person-shaped: a name after a role word, or two to four words opened by a first name that no actor
      // holds (so not an organisation or place the actors module knows, "Deutsche Bank", nor a noun phrase,
      // "Deren Haltung", "Freitagsgebet der Moslems").
      const personLike = actor || (r.role.length > 0 && this.likelyName(r.name[0], this.lex.lang))
        || (this.personShaped(r.name) && !this.actorWords.has(r.name[0].toLowerCase()));
      // "confirmed his daughter’s passing to Nine News": the object of a preposition is nobody's antecedent,
      // unless the actors module knows the name as a person.
      if (!personLike || (!actor && OBJECT_PREPOSITIONS.has(r.before)) || this.isEvent(r.name)) continue;
      const full = this.fullName(r.name);
      const g = r.gender ?? this.genderOf(full);
      if (gender && g && g !== gender) continue;
      // "Gwyneth Paltrow … remarks about Ben Affleck … “…,” the actress said": where the role noun itself shows the
      // gender, a name whose first name leaves it open yields to a nearby one that shows it.
      if (sure && gender && !g && actor) { unsure ??= { name: full, i }; continue; }
      if (actor) return unsure && unsure.i - i > 12 ? unsure.name : full;
      other ??= full;
    }
    return unsure?.name ?? other;
  }

  /**
   * The people the actors module lists that the article names by name between two positions, once each in order
   * (full names), not as the object of a preposition. With `any`, every run's full name, person or not (to see
   * whether someone was named again).
   */
  personsNamedBetween(from: number, to: number, any = false): string[] {
    const out: string[] = [];
    for (let i = this.runsBefore(from + 1); i < this.runs.length && this.runs[i].at < to; i++) {
      const r = this.runs[i];
      // "gifts from Lord Alli": the object of a preposition is not who speaks next.
      if (!any && (OBJECT_PREPOSITIONS.has(r.before) || !this.isPersonActor(r.name[r.name.length - 1]))) continue;
      const full = this.fullName(r.name);
      if (!out.includes(full)) out.push(full);
    }
    return out;
  }

  /**
   * The organisation the actors module lists that the article names last before `at` (an article position, or an
   * offset in the current paragraph), within 60 name runs.
   */
  /**
   * Who wrote the document the article names with this noun, nearest before `at`: "The report, collated over a
   * four-year period by Maj Gen Justice Paul Brereton", "le rapport rédigé par …": a name after "by" within the few
   * words after the noun, opened by a first name or known as a person.
   */
  documentAuthor(noun: string, at: number): string | null {
    if (at < 1e6) at += this.paragraphAt;
    const hi = Math.min(this.texts.length - 1, Math.floor(at / 1e6));
    for (let p = hi; p >= 0; p--) {
      const toks = this.texts[p];
      for (let i = toks.length - 1; i >= 0; i--) {
        if (toks[i].lower !== noun || p * 1e6 + toks[i].start >= at) continue;
        for (let k = i + 1; k < toks.length && k <= i + 10; k++) {
          if (toks[k].punct && /[.;:!?]/u.test(toks[k].text)) break;
          if (!AUTHOR_PREPOSITIONS.has(toks[k].lower)) continue;
          let e = k + 1;
          while (e < toks.length && (toks[e].cap || (toks[e].text === '.' && toks[e - 1]?.cap)) && e - k <= 7) e++;
          const run = toks.slice(k + 1, e).filter((t) => !t.punct).map((t) => t.text);
          // (The name closes the run: "Maj Gen Justice Paul Brereton" is Paul Brereton.)
          for (let f = 0; f + 1 < run.length; f++) {
            const name = run.slice(f);
            if (isFirstName(name[0]) || this.isPerson(name.join(' '))) return this.fullName(name);
          }
        }
      }
    }
    return null;
  }

  organisationBefore(at: number): string | null {
    if (at < 1e6) at += this.paragraphAt;
    const hi = this.runsBefore(at);
    for (let i = hi - 1; i >= Math.max(0, hi - 60); i--) {
      const r = this.runs[i];
      const key = r.name.join(' ').toLowerCase();
      // (Or the body a longer run ends on: "the National Weather Service’s Storm Prediction Center".)
      const org = this.allActors.find((a) => a.kind === 'organization' && [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === key || (n.includes(' ') && key.endsWith(` ${n.toLowerCase()}`))));
      if (org) return org.name;
      // "ConocoPhillips, whom the Venezuelan authorities owe …, has signaled …": a name that opens the paragraph
      // before, and that the actors module knows as no person or place, is the body the story turns to.
      const opens = r.at % 1e6 === 0 && Math.floor(r.at / 1e6) >= Math.floor(at / 1e6) - 1;
      if (opens && !this.allActors.some((a) => a.kind !== 'organization' && [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === key))) return r.name.join(' ');
    }
    return null;
  }

  /**
   * True when the actors module lists this exact name as an organisation or a place, or it ends on an
   * institution's head ("Florida State University", whose first word is also a first name).
   */
  isBodyOrPlace(name: string): boolean {
    const key = name.toLowerCase();
    const words = name.split(/\s+/);
    return this.roles.isOrgHead(words[words.length - 1]) || this.allActors.some((a) => a.kind !== 'person' && [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === key));
  }

  /** True when the actors module lists this exact name (or alias), of any kind. */
  isActor(name: string): boolean {
    const key = name.toLowerCase();
    return this.allActors.some((a) => [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === key));
  }

  /** True when the actors module lists this name (or its last word) as a person or an organisation. */
  isSpeakerActor(name: string): boolean {
    const key = name.toLowerCase();
    const last = key.split(/\s+/).pop()!;
    return this.allActors.some((a) => (a.kind === 'person' || a.kind === 'organization')
      && [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === key || (a.kind === 'person' && n.toLowerCase().split(/\s+/).pop() === last)));
  }

  /** True when the actors module lists this person with a role the article gives them ("secrétaire d’Etat"). */
  holdsRole(name: string): boolean {
    const key = name.toLowerCase();
    return this.actors.some((a) => !!a.role && [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === key));
  }

  /** True when the actors module lists a person with this name's last word. */
  isPerson(name: string): boolean {
    return this.isPersonActor(name.split(/\s+/).pop()!);
  }

  private isPersonActor(word: string): boolean {
    const key = word.toLowerCase();
    return this.actors.some((a) => [a.name, ...(a.aliases ?? [])].some((n) => n.split(/\s+/).pop()!.toLowerCase() === key));
  }

  /**
   * The article takes this person up with a pronoun or possessive of this gender ("Groberg then went on to explain
   * what he likes"): one vote. Read by the discourse as it goes, so a pronoun is resolved with what the article
   * has told up to it.
   */
  tellGender(fullName: string, gender: Gender): void {
    const v = this.told.get(fullName) ?? { male: 0, female: 0 };
    v[gender]++;
    this.told.set(fullName, v);
  }

  /** The gender the article's own pronouns give this person: two votes at least, three to one over the other. */
  toldGender(fullName: string): Gender | null {
    const v = this.told.get(fullName);
    if (!v) return null;
    if (v.male >= 2 && v.female * 3 <= v.male) return 'male';
    if (v.female >= 2 && v.male * 3 <= v.female) return 'female';
    return null;
  }

  /** The article's language. */
  get lang(): string {
    return this.lex.lang;
  }

  /** The gender the article gives the person with this full name, or null. */
  genderOf(fullName: string): Gender | null {
    const parts = fullName.split(' ');
    const key = parts[parts.length - 1].toLowerCase();
    const runs = this.byLast.get(key) ?? [];
    if (parts.length >= 2) {
      // "Ms Bowles’ father, Shaun Bowles": where two people of the article share a surname, a gender told for
      // the surname alone belongs to neither in particular; only this person's own mentions count.
      const own = runs.find((r) => r.gender && r.name.length >= 2 && r.name[0] === parts[0]);
      if (own) return own.gender;
      // The article's pronouns outweigh a list of first names ("Florent", "Jan" and "Lindsey" are listed for the
      // gender these people do not have).
      const told = this.toldGender(fullName);
      if (told) return told;
      const firsts = new Set(runs.filter((r) => r.name.length >= 2).map((r) => r.name[0]));
      for (const a of this.actors) {
        const n = a.name.split(/\s+/);
        if (n.length >= 2 && n[n.length - 1].toLowerCase() === key) firsts.add(n[0]);
      }
      if (firsts.size > 1) return null;
    }
    for (const r of runs) if (r.gender) return r.gender;
    // Nothing in the article tells it: the first name does ("Elizabeth Warren", "Carly Fiorina").
    return parts.length >= 2 ? firstNameGender(parts[0]) ?? null : null;
  }

  /**
   * The first name of two or more words whose last word is this common noun ("the center" -> "Storm Prediction
   * Center", "die Agentur" -> "Internationale Energieagentur"): a body named once in full, then by its head
   * noun. Only a noun the article also writes in lowercase or after a determiner, so a surname never matches.
   */
  byHeadNoun(noun: string): string | null {
    const n = noun.toLowerCase();
    // French, Spanish and Italian open a body's name with its noun: "escribió la Alcaldía" after "la Alcaldía de
    // Medellín", "la Commission" after "la Commission européenne".
    if (n.length >= 5 && ['fr', 'es', 'it'].includes(this.lex.lang)) {
      for (const r of this.runs) if (r.name.length >= 2 && r.name.length <= 6 && r.name[0].toLowerCase() === n && this.roles.isOrgHead(r.name[0])) return r.name.join(' ');
    }
    if (n.length < 4 || !(this.lowerSeen.has(n) || this.nouns.has(n))) return null;
    for (const r of this.runs) {
      const last = r.name[r.name.length - 1].toLowerCase();
      // German names a body in one compound too: "die Fraktion" after "die SPD-Landtagsfraktion".
      const compound = this.lex.lang === 'de' && r.name.length === 1 && last.length > n.length + 2 && last.endsWith(n);
      if (!compound && (r.name.length < 2 || r.name.length > 5)) continue;
      if (last === n || (this.lex.lang === 'de' && last.endsWith(n) && n.length >= 5)) return r.name.join(' ');
    }
    return null;
  }

  /** The person the article introduces with this role noun ("Generalsekretär"), nearest before `at`. */
  byRole(noun: string, offset: number, qualifiers: string[] = []): string | null {
    const at = offset < 1e6 ? this.paragraphAt + offset : offset;
    // "A DUP councillor" among "SDLP Balmoral councillor Donal Lyons" and "DUP Balmoral councillor Sarah Bunting": a
    // name or acronym printed with the role tells which holder; where one holder's role has it, only theirs count.
    const quals = qualifiers.map((q) => q.toLowerCase());
    const qualified = (words: string[]) => quals.some((q) => words.some((w) => w.toLowerCase() === q));
    const actorsQualified = quals.length ? this.actors.filter((a) => a.role && qualified(a.role.split(/[\s,;]+/))) : [];
    const runsQualified = quals.length ? this.runs.filter((r) => qualified(r.role)) : [];
    const n = noun.toLowerCase().replace(/(in|innen)$/u, '');
    if (n.length < 4) return null;
    // A German compound ends in its head ("Bundespräsident" is a "Präsident"; "Universitätspräsident" is no
    // "Universität"); the role may be printed inflected ("des Außenministers").
    const holds = (w: string) => { const stem = w.replace(/(innen|in)$/u, ''); return stem.endsWith(n) || stem.replace(/(s|es|n|en)$/u, '').endsWith(n); };
    // The gender the printed role marks ("Generaldirektorin") rules out a holder whose role word marks the other.
    const gender = this.roleGender(noun);
    const fits = (w: string) => holds(w) && !(gender && this.roleGender(w) && this.roleGender(w) !== gender);
    // An actor that the actors module gives this role; in German, only where the article prints the role next to
    // the name (the actors module may give a role to the wrong name: "Der Bundespräsident" of an article about
    // Köhler is not the Platzeck named once, inside a quotation).
    // A definite description refers back: of the holders, the one named last before the quotation ("El ministro
    // Albares" is the Spanish minister named just before, not the "primer ministro israelí" named a page earlier);
    // a holder the article only names after it is someone else.
    let actor: Actor | undefined, actorAt = -1;
    for (const a of actorsQualified.length ? actorsQualified : this.actors) {
      if (!a.role || !a.role.toLowerCase().split(/[\s,;-]+/).some(fits) || (this.lex.lang === 'de' && !this.roleNextTo(a.name, holds))) continue;
      const seen = this.lastNamedBefore(a.name, at);
      if (seen > actorAt) { actor = a; actorAt = seen; }
    }
    if (actor) return actor.name;
    // Named only after it ("A DUP councillor has said …" opening the article): the one holder the qualifier names.
    const named = actorsQualified.filter((a) => a.role!.toLowerCase().split(/[\s,;-]+/).some(fits));
    if (named.length === 1) return named[0].name;
    // "El líder de Podemos" after "Pablo Iglesias, secretario general de Podemos": whoever heads the body the phrase
    // names is the one person whose role names it, whatever office the article gave them.
    const heads = actorsQualified.filter((a) => a.kind === 'person');
    if (LEADERS.has(noun.toLowerCase()) && heads.length === 1) return heads[0].name;
    let best: NameRun | null = null;
    for (const r of runsQualified.length ? runsQualified : this.runs) {
      if (!r.role.length || r.name.length < 2) continue;
      if (!r.role.some((w) => { const l = w.toLowerCase().replace(/(in|innen)$/u, ''); return l.endsWith(n) || l.split('-').pop() === n; })) continue;
      if (!best || (r.at <= at && (best.at > at || r.at > best.at))) best = r;
    }
    if (best) return this.fullName(best.name);
    // Lowercase roles ("la premier italiana Giorgia Meloni", "Donald Tusk, the Polish prime minister").
    let found: string | null = null, foundAt = -1;
    this.texts.forEach((toks, p) => {
      for (let i = 0; i < toks.length; i++) {
        const l = toks[i].lower;
        // Outside German a role noun is lowercase: "Bank" in "Saxo Bank" is part of a name, not "the bank".
        if (toks[i].punct || !(l === n || l.endsWith(n) && n.length >= 6) || (this.lex.lang !== 'de' && toks[i].cap && i > 0 && !/[.!?]/u.test(toks[i - 1].text))) continue;
        const pos = p * 1e6 + toks[i].start;
        if (found && (pos > at || pos < foundAt)) continue;
        const name = this.nameNear(toks, i);
        // German capitalises every noun: "den Text der Petition Reihe für Reihe" holds no name; only a person or
        // body the actors module lists, or a name opened by a first name, holds a role.
        if (name && (this.lex.lang !== 'de' || this.isSpeakerActor(name) || this.personShaped(name.split(' ')))) { found = name; foundAt = pos; }
      }
    });
    if (found) return found;
    // "die Synodalpräsidentin" for the actor whose role is "Synodenpräsidentin": a compound role printed in
    // another form still ends in the same role noun; only when one person of the article carries it.
    const ending = this.lex.roleEndings.find((e) => n.endsWith(e) && e.length >= 6 && n.length >= e.length + 4);
    if (!ending) return null;
    const like = (w: string) => {
      const stem = w.replace(/(in|innen)$/u, '');
      return stem.endsWith(ending) && stem.slice(0, 4) === n.slice(0, 4);
    };
    const holders = this.actors.filter((a) => a.role && a.role.toLowerCase().split(/[\s,;-]+/).some(like) && (this.lex.lang !== 'de' || this.roleNextTo(a.name, like)));
    return holders.length === 1 ? holders[0].name : null;
  }

  /** Where the article last names this person (by the last word of the name) before `at`, or -1. */
  private lastNamedBefore(name: string, at: number): number {
    let last = -1;
    for (const r of this.byLast.get(name.split(/\s+/).pop()!.toLowerCase()) ?? []) if (r.at < at && r.at > last) last = r.at;
    return last;
  }

  /** True when a word that `holds` the role stands within five words of a mention of this name in the article. */
  private roleNextTo(name: string, holds: (w: string) => boolean): boolean {
    const last = name.split(/\s+/).pop()!.toLowerCase();
    for (const toks of this.texts) {
      for (let i = 0; i < toks.length; i++) {
        if (toks[i].punct || !holds(toks[i].lower.split('-').pop()!)) continue;
        for (let k = Math.max(0, i - 5); k < Math.min(toks.length, i + 6); k++) {
          const w = toks[k].lower;
          if (w === last || w === last + 's' || w.endsWith('-' + last)) return true;
        }
      }
    }
    return false;
  }

  /**
   * The person the article names right after this nationality or other adjective ("der brasilianische Präsident"
   * -> "dessen brasilianischen Amtskollegen Luiz Inácio Lula da Silva", not "des venezolanischen Präsidenten Hugo
   * Chávez"): the stem is compared without its inflection; only a person the actors module lists counts.
   */
  byAdjective(adjective: string): string | null {
    const stem = adjective.toLowerCase().replace(/(en|er|es|em|e|os|as|o|a|i)$/u, '');
    if (stem.length < 5) return null;
    for (const toks of this.texts) {
      for (let i = 0; i < toks.length; i++) {
        if (toks[i].cap || !toks[i].lower.startsWith(stem) || toks[i].lower.length > stem.length + 3) continue;
        const name = this.nameNear(toks, i);
        if (name && this.isPerson(name)) return name;
      }
    }
    return null;
  }

  /** True when toks[k] follows a genitive preposition, with or without an article ("de la", "of the", "du"). */
  private afterGenitive(toks: Token[], k: number, body = false): boolean {
    const p1 = toks[k - 1]?.lower ?? '', p2 = toks[k - 2]?.lower ?? '';
    // After a body's noun, German "von" right before a name is the genitive's stand-in ("Das Unternehmen von Mark
    // Zuckerberg"); before an article it is a name's particle ("Präsidentin von der Leyen").
    return this.lex.genitive.has(p1) || (body && this.lex.lang === 'de' && p1 === 'von') || (this.lex.genitive.has(p2) && (this.lex.determiners.has(p1) || /^(la|le|l|el|the|het|los|las|les|gli|il|lo)$/u.test(p1)));
  }

  /** A name of two or more words within a few words after a role noun, or just before it with a comma. */
  private nameNear(toks: Token[], i: number): string | null {
    const body = this.lex.bodyEndings.some((e) => toks[i].lower.endsWith(e));
    for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
      if (toks[k].punct && toks[k].text !== ',') break;
      if (!toks[k].cap) continue;
      let run = [toks[k]];
      for (let m = k + 1; m < toks.length && (toks[m].cap || (this.lex.particles.has(toks[m].lower) && toks[m + 1]?.cap)); m++) run.push(toks[m]);
      // "portavoz de la Asociación Vecinal …", "porte-parole du Kremlin, Dmitri Peskov": a run after a genitive is
      // the role's complement, not its holder; look on past it, unless a first name follows its first word
      // ("ministre de la Santé Roman Prymula").
      if (this.afterGenitive(toks, k, body)) {
        const holder = run.findIndex((t, n) => n > 0 && isFirstName(t.text));
        if (holder < 0) { k += run.length - 1; continue; }
        run = run.slice(holder);
      }
      if (run.length >= 2 && !this.isCommon(run[0].text)) {
        const r = this.split(run, '', 0);
        return r ? this.fullName(r.name) : null;
      }
      k += run.length - 1;
    }
    // "Donald Tusk, jefe de Gobierno polaco": the name, a comma, then the role.
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      // (Not a name inside a quotation before it: "“My dear Michael Cohen,” the conference speaker says".)
      if (/^[“”"«»„‘’]$/u.test(toks[k].text)) break;
      if (toks[k].text !== ',') continue;
      const run: string[] = [];
      // (A capitalised sentence opener is no part of the name: "In June, its government announced".)
      for (let m = k - 1; m >= 0 && (toks[m].cap || (this.lex.particles.has(toks[m].lower) && toks[m - 1]?.cap)) && !this.lex.functionWords.has(toks[m].lower); m--) run.unshift(toks[m].text);
      if (run.length >= 2) return this.fullName(run);
      break;
    }
    return null;
  }
}
