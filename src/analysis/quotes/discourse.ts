// Who the article is talking about, sentence by sentence: the subject of every sentence (and the speaker of
// every quotation, once resolved), in reading order. A pronoun that attributes a quotation ("…," she said)
// takes up the nearest earlier subject that can be that person: a person, of the pronoun's gender where both
// are known. Subjects, not any name: in "Fiorina was upfront about her distaste for Donald Trump. “…,” she
// said" the object Donald Trump is nobody's antecedent; in "Warren said Trump University was … “…,” she
// continued" Warren is.
import type { Gender, Lexicon } from './lexicon';
import { OBJECT_PREPOSITIONS, type EntityTable } from './entity-table';
import type { ParagraphTokens, QToken } from './paragraph-tokens';
import { readPhrase, STOP } from './speaker-phrase';
import { isFirstName } from '../actors/first-names';

// Expletive openings whose real subject follows a complementizer (the word, or the pair, that opens the sentence).
const EXPLETIVE_OPENERS = new Set(['c’est', "c'est", 'it’s', "it's"]);
const EXPLETIVE_PAIRS = new Set(['it is', 'it was', 'es ist', 'es war', 'het is']);
const COMPLEMENTIZERS = new Set(['que', 'qu’', "qu'", 'that', 'dass', 'dat']);

interface Subject {
  /** Article position: paragraph index * 1e6 + offset (as the entity table counts). */
  at: number;
  para: number;
  /** Resolved full name, or null (a pronoun not yet resolved, a role nobody holds). */
  name: string | null;
  gender: Gender | null;
  /** A pronoun subject: resolved when first asked for, from the subjects before it. */
  pronoun?: boolean;
}

// What follows "’s" when it is "has" or "is", not a possessive: "Christie’s been", "Trump’s not", "Cruz’s a".
const CONTRACTED = new Set(['been', 'got', 'gotten', 'going', 'not', 'never', 'always', 'also', 'just', 'still', 'already', 'a', 'an', 'the', 'done', 'made', 'said', 'told', 'now', 'really', 'right', 'clearly']);

// How far back a pronoun looks: subjects, and paragraphs.
const MAX_SUBJECTS = 8;
const MAX_PARAGRAPHS = 3;

export class Discourse {
  private readonly subjects: Subject[] = [];
  /** For each paragraph, how many paragraphs of prose (ending on a sentence's end) the article has up to it. */
  private readonly prose: number[] = [];
  /** The person the last sentence was about, when it named nobody else: a pronoun opening the next one is theirs. */
  private named: { name: string; para: number } | null = null;

  constructor(private readonly people: EntityTable, private readonly lex: Lexicon) {}

  /** Records the subject of every sentence of a paragraph that does not open on a quotation. */
  addParagraph(p: ParagraphTokens, para: number, base: number): void {
    // A fact box's lines, captions and headings are no prose: they do not push a pronoun's antecedent out of reach.
    this.prose[para] = (this.prose[para - 1] ?? 0) + (/[.!?…"'”»“’:]$/u.test(p.text.trim()) ? 1 : 0);
    for (let s = 0; s < p.starts.length; s++) {
      const from = firstAt(p.tokens, p.starts[s]);
      const to = s + 1 < p.starts.length ? firstAt(p.tokens, p.starts[s + 1]) : p.tokens.length;
      const subject = this.readSubject(p.tokens, from, to, base);
      if (subject) this.subjects.push({ ...subject, para });
      this.tellGender(p.tokens, from, to, subject, base, para);
      // A person introduced with a role in apposition ("…, which is something that concerns Henry Crespo, president of
      // the Miami-based Florida Democratic Black Caucus. “…,” he said"): a journalist brings in the next speaker so,
      // whatever the name's place in the clause.
      for (let v = from + 1; v + 2 < to; v++) {
        if (p.tokens[v].text !== ',' || !p.tokens[v - 1].cap || p.tokens[v - 1].punct) continue;
        const r = p.tokens[v + 1], r2 = p.tokens[v + 2];
        if (!(this.lowercaseRole(r) || (this.lex.determiners.has(r.lower) && this.lowercaseRole(r2)))) continue;
        const start = this.phraseStart(p.tokens, v, from);
        // ("Corroboró sus buenas relaciones con Javier Fernández, el responsable de la gestora del PSOE": the object of
        // a preposition is introduced as someone talked about, not as the next voice.)
        if (start > from && OBJECT_PREPOSITIONS.has(p.tokens[start - 1].lower)) continue;
        const np = this.phraseAt(p.tokens, start, v, base);
        if (np && !np.pronoun && np.name && this.people.isPerson(np.name) && np.at > (subject?.at ?? -1)) this.subjects.push({ ...np, para });
      }
      // A speech verb inside the sentence names a speaker too ("Among Zephyr’s constituents, … had been
      // building, Medrano said;"): whoever speaks is who the next "he said" most likely is.
      for (let v = from + 1; v < to; v++) {
        const t = p.tokens[v];
        if (t.punct || t.noun || !this.lex.speechVerbs.has(t.lower) || p.tokens[v - 1].quote !== undefined || p.tokens[v + 1]?.quote !== undefined) continue;
        const w = p.tokens[v - 1];
        // Inverted after a clause: "Today, many programmers leave science …, said Alyssa Goodman, an astronomer …";
        // in the Romance languages also after an auxiliary: "Soddisfatto per l'iniziativa della premier si è detto
        // Matteo Salvini.", "a déclaré Jean Dupont".
        // (Only where the name closes the clause: "called Omar a “terrorist”" has an object, not a subject.)
        if (w.text === ',' || (!this.lex.verbSecond && this.lex.lang !== 'en' && !w.punct && this.lex.auxiliaries.has(w.lower))) {
          let e = v + 1;
          while (e < to && !p.tokens[e].punct && (p.tokens[e].cap || this.lex.particles.has(p.tokens[e].lower))) e++;
          if (e === v + 1 || (e < to && p.tokens[e].text !== ',' && p.tokens[e].text !== '.')) continue;
          const inv = this.phraseAt(p.tokens, v + 1, to, base);
          if (inv && !inv.pronoun && inv.at > (subject?.at ?? -1)) this.subjects.push({ ...inv, para });
          continue;
        }
        if (w.punct || !w.cap || /['’]s$/u.test(w.text)) continue;
        const np = this.phraseAt(p.tokens, this.phraseStart(p.tokens, v, from), v, base);
        if (np && np.at > (subject?.at ?? -1)) this.subjects.push({ ...np, para });
      }
    }
  }

  /**
   * How the article takes up the person it has just named tells their gender, better than a list of first names
   * can ("Florent Groberg is a former U.S. Army captain … ¶ Groberg then went on to explain what he likes about
   * Clinton"): a pronoun or possessive later in the sentence whose subject the person is, before any other person or
   * role is named, and a pronoun that opens the next sentence when this one names nobody else.
   */
  private tellGender(tokens: QToken[], from: number, to: number, subject: Omit<Subject, 'para'> | null, base: number, para: number): void {
    const pending = this.named;
    this.named = null;
    if (!subject) return;
    const k = firstAt(tokens, subject.at - base);
    if (subject.pronoun) {
      const g = this.lex.genderMarks.get(tokens[k]?.lower ?? '');
      if (!g || !pending || para - pending.para > 1) return;
      this.people.tellGender(pending.name, g);
      // "He continued, “…” ¶ He added, “…”": the next pronoun still stands for them.
      if (this.restOfSentence(tokens, k + 1, to, new Set()).alone) this.named = { name: pending.name, para };
      return;
    }
    if (!subject.name || !this.canBePerson(subject.name)) return;
    const own = new Set(subject.name.split(' '));
    let j = k;
    while (j < to && !tokens[j].punct && (tokens[j].cap || own.has(tokens[j].text))) j++;
    const { told, alone } = this.restOfSentence(tokens, j, to, own);
    if (told) this.people.tellGender(subject.name, told);
    if (alone) this.named = { name: subject.name, para };
  }

  /**
   * The rest of a sentence about a person: the gender of its first pronoun or possessive before anyone else is
   * named, and whether it names nobody else, neither a person nor a role that may be someone else's ("for his
   * handling" after "the governor"). Quotations stand as one token: the words inside are someone's speech.
   */
  private restOfSentence(tokens: QToken[], from: number, to: number, own: Set<string>): { told: Gender | null; alone: boolean } {
    let told: Gender | null = null;
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      if (t.punct || t.quote !== undefined) continue;
      const g = this.lex.genderMarks.get(t.lower);
      if (g) { told ??= g; continue; }
      const other = t.cap ? !own.has(t.text.replace(/['’]s?$/u, '')) && (isFirstName(t.text) || this.people.isPerson(t.text)) : this.people.roleGender(t.text) !== undefined;
      if (other) return { told, alone: false };
    }
    return { told, alone: true };
  }

  /** A lowercase role noun ("president", "spokesperson"). */
  private lowercaseRole(t: QToken): boolean {
    return !t.punct && !t.cap && this.people.roleGender(t.text) !== undefined;
  }

  /** Where the capitalised run (with its role words) that ends right before tokens[v] starts. */
  private phraseStart(tokens: QToken[], v: number, from: number): number {
    let b = v;
    while (b > from && !tokens[b - 1].punct && (tokens[b - 1].cap || this.lex.particles.has(tokens[b - 1].lower))) b--;
    return b;
  }

  /** A quotation's resolved speaker is the subject of its sentence: it replaces what was read there. */
  setSpeaker(at: number, para: number, name: string, gender: Gender | null, sentenceFrom: number): void {
    for (let i = this.subjects.length - 1; i >= 0 && this.subjects[i].at >= sentenceFrom; i--) {
      if (this.subjects[i].at <= at) { this.subjects.splice(i, 1); }
    }
    let k = this.subjects.length;
    while (k > 0 && this.subjects[k - 1].at > at) k--;
    this.subjects.splice(k, 0, { at, para, name, gender });
  }

  /**
   * The person a pronoun of this gender (null: unmarked) at this position stands for: the nearest earlier
   * subject that is a person of a fitting gender, within a few sentences and paragraphs (`reach` paragraphs of prose).
   */
  resolvePronoun(gender: Gender | null, at: number, para: number, reach = MAX_PARAGRAPHS): string | null {
    let seen = 0;
    for (let i = this.indexBefore(at) - 1; i >= 0 && seen < MAX_SUBJECTS; i--) {
      const s = this.subjects[i];
      if (this.proseBetween(s.para, para) > reach) break;
      if (s.pronoun && s.name === null) this.resolveAt(i);
      if (!s.name) continue;
      seen++;
      if (!this.canBePerson(s.name)) continue;
      const g = this.people.toldGender(s.name) ?? s.gender ?? this.people.genderOf(s.name);
      if (gender && g && g !== gender) continue;
      return s.name;
    }
    return null;
  }

  /**
   * The body or place that is the subject of the sentence right before `at`, in the same paragraph or the one before
   * ("The Food Standards Agency warned people …. ¶ “…,” it said"), or null.
   */
  bodySubjectBefore(at: number, para: number): string | null {
    const s = this.subjects[this.indexBefore(at) - 1];
    if (!s?.name || s.pronoun || this.proseBetween(s.para, para) > 1) return null;
    return this.people.isBodyOrPlace(s.name) ? s.name : null;
  }

  /** The person the paragraph is about (up to `before`, an article position): its last subject that can be a person, or null. */
  personOfParagraph(para: number, before = Infinity): string | null {
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      const s = this.subjects[i];
      if (s.para < para) break;
      if (s.para > para || s.at >= before) continue;
      if (s.pronoun && s.name === null) this.resolveAt(i);
      if (s.name && this.canBePerson(s.name)) return s.name;
    }
    return null;
  }

  /** Paragraphs of prose after `from` up to `to` (`to` itself counts as one, as in a plain paragraph distance). */
  private proseBetween(from: number, to: number): number {
    const before = this.prose[to - 1] ?? to;
    return before - (this.prose[from] ?? from) + 1;
  }

  private resolveAt(i: number): void {
    const s = this.subjects[i];
    s.pronoun = false;
    s.name = this.resolvePronoun(s.gender, s.at, s.para);
  }

  private indexBefore(at: number): number {
    let lo = 0, hi = this.subjects.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.subjects[mid].at < at) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** A name that can stand for a person: one the actors module lists as a person, or shaped like one. */
  private canBePerson(name: string): boolean {
    if (this.people.isPerson(name)) return true;
    // Opened by a first name: a person, even where the actors module took it for something else.
    const words = name.split(' ');
    // (Not a body or a place whose first word is also a first name: "Florida State University".)
    if (words.length >= 2 && words.length <= 4 && isFirstName(words[0]) && !this.people.isBodyOrPlace(name)) return true;
    // A first name no list holds ("Yunova Acosta formó parte …", "In ihrer Bewerbungsrede nannte Irme Stetter-Karp …"):
    // two or three name words that open a sentence as its subject, which the article names as no body or place.
    // German capitalises its nouns and opens questions on a verb ("Strenge Regeln …", "Sollten Plattformen …"):
    // there the surname must also stand alone elsewhere ("Stetter-Karp (65) folgt …").
    // (Nor a plural or a verb: "10.000 Tonnen Reis", "Sollten Plattformen".)
    if (this.lex.lang === 'de' && (this.people.aloneCount(words[words.length - 1]) < 2 || /en$/u.test(words[0]))) return false;
    return words.length >= 2 && words.length <= 3 && !this.people.isActor(name) && !this.people.isEvent(words)
      && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && this.people.likelyName(w, this.lex.lang) && !this.people.isNoun(w) && !this.people.nounShaped(w));
  }

  /**
   * The subject of the sentence tokens[from, to): the noun phrase that opens its main clause, after a
   * conjunction and after a fronted adverbial or subordinate clause that ends at a comma ("In an interview
   * last week, Mr. Hoenlein described …"). Verb-second languages may put it right after the verb ("Seit
   * 1971 lebt Armstrong …"). Null when the sentence opens on a quotation (its speaker is set apart).
   */
  private readSubject(tokens: QToken[], from: number, to: number, base: number): Omit<Subject, 'para'> | null {
    let k = from;
    if (k >= to || tokens[k].quote !== undefined) return null;
    if (!tokens[k].punct && this.lex.coordinators.has(tokens[k].lower)) k++;
    // A fronted adverbial or clause: a preposition, a subordinator or a lowercase word opening the sentence.
    // "According to Hawk, the best approach is to utilize social media. ¶ '…,' he said.": the source a sentence
    // reports is who it is about (the little word after "according" is skipped).
    if (k < to && !tokens[k].punct && this.lex.sourceWords.has(tokens[k].lower)) {
      let c = k + 1;
      while (c < to && c < k + 10 && tokens[c].text !== ',' && tokens[c].quote === undefined) c++;
      const from = this.lex.viewOpeners.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      const source = c < to && tokens[c].text === ',' ? this.phraseAt(tokens, from, c, base) : null;
      if (source && !source.pronoun) return source;
    }
    // "C’est vrai que Ron Jans est un inconnu …", "It is true that …", "Es ist klar, dass …": an expletive main clause
    // says how the clause after the complementizer stands; that clause's subject is whom the sentence is about.
    const expletive = k < to && (EXPLETIVE_OPENERS.has(tokens[k].lower) ? 1 : EXPLETIVE_PAIRS.has(`${tokens[k].lower} ${tokens[k + 1]?.lower ?? ''}`) ? 2 : 0);
    if (expletive) {
      for (let c = k + expletive; c < Math.min(to, k + expletive + 4); c++) {
        if (tokens[c].quote !== undefined) break;
        if (!COMPLEMENTIZERS.has(tokens[c].lower)) continue;
        const inner = this.phraseAt(tokens, c + 1, to, base);
        if (inner && !inner.pronoun) return inner;
        break;
      }
    }
    const opener = (t: QToken) => !t.punct && (STOP.has(t.lower) || this.lex.subordinators.has(t.lower) || this.lex.adverbialPrepositions.has(t.lower) || (!t.cap && !this.lex.determiners.has(t.lower) && !this.lex.pronouns.has(t.lower)));
    let fronted = false;
    if (k < to && opener(tokens[k])) {
      let c = k;
      while (c < to && c < k + 20 && tokens[c].text !== ',' && tokens[c].quote === undefined) c++;
      // "Para Jonathan López, protestar también significó …", "Für Merkel ist klar, …": the person whose view the
      // sentence gives is what it is about; a dropped or pronoun subject after it takes them up.
      if (c < to && tokens[c].text === ',' && c <= k + 10 && this.lex.viewOpeners.has(tokens[k].lower)) {
        const view = this.phraseAt(tokens, k + 1, c, base);
        if (view && !view.pronoun) return view;
      }

      if (c < to && tokens[c].text === ',') k = c + 1;
      else if (!this.lex.verbSecond) return null;
      // (Verb second: a fronted prepositional phrase with no comma, "Over Eringa zegt ze: …", is no subject.)
      else fronted = STOP.has(tokens[k].lower);
    }
    const np = fronted ? null : this.phraseAt(tokens, k, to, base);
    if (np) return np;
    // An opening constituent that is no name ends at a comma: "Mathematik in der achten Klasse, Lehrer Rejhan
    // Nisic moderiert."
    for (let c = k + 1; c < Math.min(to, k + 12); c++) {
      if (tokens[c].quote !== undefined) break;
      if (tokens[c].text !== ',') continue;
      const after = this.phraseAt(tokens, c + 1, to, base);
      if (after && !after.pronoun) return after;
      break;
    }
    if (!this.lex.verbSecond) return null;
    // Verb second: the first lowercase word after the opening constituent is the finite verb; the subject follows.
    for (let v = k + 1; v < Math.min(to, k + 8); v++) {
      const t = tokens[v];
      if (t.punct) break;
      // "In ihrer Bewerbungsrede nannte Stetter-Karp …": a possessive or an article inside the fronted phrase is no verb.
      if (t.cap || this.lex.determiners.has(t.lower) || this.lex.possessive.has(t.lower) || this.lex.indefinite.has(t.lower) || STOP.has(t.lower) || /^\d/u.test(t.text)) continue;
      return this.phraseAt(tokens, v + 1 + (this.lex.reflexive.has(tokens[v + 1]?.lower ?? '') ? 1 : 0), to, base);
    }
    return null;
  }

  /** A name, a role resolved to its holder, or a pronoun, starting at tokens[k]. */
  private phraseAt(tokens: QToken[], k: number, to: number, base: number): Omit<Subject, 'para'> | null {
    const t = tokens[k];
    if (!t || k >= to || t.punct) return null;
    if (this.lex.pronouns.has(t.lower) && (t.lower !== 'sie' || !tokens[k + 1]?.cap)) {
      return { at: base + t.start, name: null, gender: this.lex.pronouns.get(t.lower) ?? null, pronoun: true };
    }
    const phrase: QToken[] = [];
    for (let j = k; j < to && phrase.length < 8; j++) {
      const w = tokens[j];
      if (w.punct && w.text !== '-' && w.text !== '.') break;
      if (!w.punct && !w.cap && phrase.length && (STOP.has(w.lower) || this.lex.speechVerbs.has(w.lower) || this.lex.auxiliaries.has(w.lower))) break;
      // Lowercase words inside the phrase only before a capitalised one ("campaign chairman Paul Manafort").
      if (!w.punct && !w.cap && !this.lex.determiners.has(w.lower) && !tokens.slice(j + 1, Math.min(to, j + 4)).some((x) => x.cap && !x.punct)) break;
      // A past tense after a name is the verb, whatever name follows it: "Fetter married John Gille".
      if (!this.lex.verbSecond && !w.punct && !w.cap && /\p{Ll}ed$/u.test(w.text) && phrase.length && phrase[phrase.length - 1].cap) break;
      phrase.push(w);
    }
    // "Zephyr’s efforts to speak": a possessor is not the subject. ("Christie’s been making the case": a contraction
    // of "has" or "is" before a participle, an adverb or an article is.)
    const lastCap = [...phrase].reverse().find((w) => w.cap && !w.punct);
    if (lastCap && /['’]s$/u.test(lastCap.text)) {
      if (!(lastCap === phrase[phrase.length - 1] && this.lex.lang === 'en' && CONTRACTED.has(tokens[k + phrase.length]?.lower ?? ''))) return null;
      const text = lastCap.text.replace(/['’]s$/u, '');
      phrase[phrase.length - 1] = { ...lastCap, text, lower: text.toLowerCase() };
    }
    const s = readPhrase(phrase, this.lex, this.people, base + t.start, false);
    if (!s || s.kind === 'pronoun' || !s.name) return null;
    if (s.kind === 'role' && !s.viaRole) return null;
    return { at: base + t.start, name: s.name, gender: s.gender ?? null };
  }
}

function firstAt(tokens: QToken[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}
