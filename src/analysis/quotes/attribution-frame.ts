// Stage 3 of the quotation steps: the attribution frame of one quotation, read from its own sentence. The cue (a
// verb of saying, a colon, a dash, a source word such as "laut", "according to", "selon") and its subject, in either
// word order ("Stoltenberg sagte", "sagte Stoltenberg", "betonte der Generalsekretär"): never the cue's object,
// never a name inside a prepositional phrase or inside the reported clause. What the subject phrase stands for is
// resolved later (resolve-speaker.ts).
import type { Gender, Lexicon } from './lexicon';
import type { EntityTable } from './entity-table';
import type { QToken } from './paragraph-tokens';
import { isAbbreviationDot, isInnerDot, type Token } from './tokens';
import { AGE, isDocumentNoun, literalFullName, ORIGIN_PREPOSITIONS, phraseAfter, phraseBefore, pronoun, readPhrase, SOURCE_LINKS, STOP, type Speaker } from './speaker-phrase';
import type { Attribution } from './is-speech';
import { isFirstName } from '../actors/first-names';
import speechVerbs from '../data/quote-speech-verbs.json';

const GERUND = /^\p{Ll}+(?:ing|ando|iendo|endo)$/u;
const ROMANCE = new Set(['fr', 'es', 'it']);
/** Words that open a clause inside a sentence, after which its own subject stands. */
// ("and" is left out: it joins names as often as clauses, "Ryan and Trump will meet".)
const CLAUSE_OPENERS = new Set(['although', 'though', 'while', 'whereas', 'because', 'but', 'aunque', 'mientras', 'pero', 'mentre', 'ma']);
// The words that link a participle to the clause it hangs on without a comma: "before saying", "and adding".
const GERUND_LINKS = new Set(['by', 'before', 'after', 'while', 'and']);

// A word in capitals is a heading's, neither a verb of saying nor a name: "HIGHER THAN EXPECTED TURNOUT … - Michael P.
// McDonald: “…”".
const IN_CAPITALS = /^[\p{Lu}\p{N}’'-]{2,}$/u;

export const isVerb = (t: Token | undefined, lex: Lexicon) => !!t && !t.punct && !t.noun
  && (lex.speechVerbs.has(t.lower) || /-(t-)?(il|elle|ils|elles)$/u.test(t.lower)) && !(t.cap && IN_CAPITALS.test(t.text));

/**
 * A word the lists do not know that stands where only a verb of saying can: alone between the quotation's comma and
 * the end of the sentence, or before a name that ends it ("“…”, detalla.", "«…», precisa Rossi."). A lowercase word
 * there is the verb in every language the extension reads; function words and adverbs ("“…”, too.") are not.
 * Returns where the speaker phrase after it starts, or -1.
 */
function verbByPosition(tokens: QToken[], qi: number, j: number, tb: number, lex: Lexicon, people: EntityTable): number {
  const w = tokens[j];
  // (With the comma inside the marks, "“…,” présentait Roland Duchatelet lors de …", only before a full name.)
  const afterComma = j === qi + 2 && tokens[qi + 1].text === ',';
  if (!w || w.punct || w.cap || !(afterComma || j === qi + 1) || lex.functionWords.has(w.lower) || /(mente|ment|ly|lich)$/u.test(w.lower)) return -1;
  let k = j + 1;
  // (A word of three or four letters only as the first of a verb of several words: "«…», met en garde l’économiste ….")
  const short = w.text.length < 5;
  // ("« … », analyse le procureur adjoint Daniel Alonzo": an article and a lowercase role before the full name.)
  const roleThenName = (from: number): boolean => {
    let n = from;
    if (lex.determiners.has(tokens[n]?.lower ?? '')) { n++; while (n < tb && n < from + 5 && !tokens[n].punct && !tokens[n].cap && !lex.functionWords.has(tokens[n].lower)) n++; }
    return n > from + 1 && nameEndsClause(n);
  };
  // A full name that ends the clause: opened by a first name the lists hold, or one the actors module lists as a person.
  const nameEndsClause = (n: number): boolean => {
    if (!tokens[n]?.cap || tokens[n].punct) return false;
    let e = n;
    while (e < tb && tokens[e].cap && !tokens[e].punct) e++;
    const name = tokens.slice(n, e).map((t) => t.text).join(' ');
    return e - n >= 2 && (e >= tb || /^[.!?,]$/u.test(tokens[e].text)) && (isFirstName(tokens[n].text) || people.isPerson(name));
  };
  if (!short && roleThenName(k)) return k;
  // A short adverbial or the rest of a verb of several words may stand before the speaker ("«…», anticipe à Pékin Andy
  // Rothman, un ancien diplomate", "«…», met en garde l’économiste Eswar Prasad"): a preposition and one or two words.
  // (The preposition is a function word or a lowercase word of up to three letters: "à", "en", "in", "op".)
  const preposition = (t: QToken | undefined) => !!t && !t.punct && !t.cap && (lex.functionWords.has(t.lower) || t.lower.length <= 3) && !lex.determiners.has(t.lower);
  if (afterComma && preposition(tokens[k])) {
    for (let m = k + 2; m <= k + 3 && m < tb; m++) {
      if (tokens.slice(k + 1, m).some((t) => t.punct || (t.cap && isFirstName(t.text)))) break;
      if (roleThenName(m) || nameEndsClause(m)) return m;
    }
  }
  if (short) return -1;
  while (k < tb && tokens[k].cap && !tokens[k].punct) k++;
  if (afterComma && (k >= tb || (tokens[k].punct && /^[.!?]$/u.test(tokens[k].text)))) return j + 1;
  // A person's full name may go on into an adverbial or an apposition ("“…,” présentait Roland Duchatelet lors de la
  // Conférence de presse"): a name opened by a first name, then a comma or a preposition.
  return k - j >= 3 && isFirstName(tokens[j + 1].text) && (k >= tb || /^[.!?,]$/u.test(tokens[k].text) || STOP.has(tokens[k].lower)) ? j + 1 : -1;
}

/** The speaker of the quotation at tokens[qi], from its own sentence [ta, tb). */
export function attributionFrame(tokens: QToken[], qi: number, ta: number, tb: number, lex: Lexicon, people: EntityTable, at: number): { speaker: Speaker | null; attribution: Attribution } {
  // 0. A verb of saying right before the quotation, after a comma or colon ("recalled that he said, “…,” the U.S.
  // attorney's office said"): the quotation is its object, closer than a report of the report after it.
  let c0 = qi - 1;
  if (c0 > ta && (tokens[c0].text === ',' || tokens[c0].text === ':')) c0--;
  if (c0 >= ta && c0 < qi - 1 && isVerb(tokens[c0], lex) && !lex.sourceWords.has(tokens[c0].lower)) {
    const s = speakerAtVerb(tokens, c0, ta, qi, lex, people);
    if (s) return { speaker: s, attribution: tokens[qi - 1].text === ':' ? 'colon' : 'verb' };
  }
  // A quotation in parentheses right after a name is that person's: "Mohammed ElBaradei („Mir fällt niemand ein …“)".
  if (tokens[qi - 1]?.text === '(' && qi - 2 >= ta && tokens[qi - 2].cap && !tokens[qi - 2].punct) {
    let b = qi - 2;
    while (b - 1 >= ta && !tokens[b - 1].punct && (tokens[b - 1].cap || lex.particles.has(tokens[b - 1].lower))) b--;
    const s = readPhrase(tokens.slice(b, qi - 1), lex, people, tokens[b].start, false);
    if (s?.kind === 'name' && s.name && (literalFullName(s) || people.isSpeakerActor(s.name))) return { speaker: s, attribution: 'after' };
  }
  // 1. Right after the quotation: "„…“, sagte Stoltenberg", "“…,” Smith said", "« … », a déclaré X".
  let j = qi + 1;
  while (j < tb && tokens[j].punct && /[,–—(-]/u.test(tokens[j].text)) j++;
  if (j < tb && tokens[j].quote === undefined) {
    let a = j;
    while (a < tb - 1 && a < j + 2 && lex.auxiliaries.has(tokens[a].lower) && !isVerb(tokens[a], lex)) a++;
    if (a > j && isVerb(tokens[a], lex)) j = a;
    const byPosition = isVerb(tokens[j], lex) ? -1 : verbByPosition(tokens, qi, j, tb, lex, people);
    if (isVerb(tokens[j], lex) || byPosition >= 0) {
      const inv = tokens[j].lower.match(/-(?:t-)?(il|elle)$/u);
      if (inv) return { speaker: { kind: 'pronoun', name: null, gender: inv[1] === 'elle' ? 'female' : 'male' }, attribution: 'after' };
      // "„…“, zitiert ndr.de Polizeisprecher Ralf Meyer": whom a medium quotes is the speaker, not the medium.
      if (lex.quoting.has(tokens[j].lower)) {
        const quoted = quotedPerson(tokens, j, qi + 1, tb, lex, people);
        if (quoted) return { speaker: quoted, attribution: 'after' };
      }
      let k = byPosition >= 0 ? byPosition : j + 1;
      // "a déclaré", "ha detto", "has said": an auxiliary before the verb.
      while (k < tb && isVerb(tokens[k], lex) && k < j + 3) k++;
      // Right after the quotation whatever noun phrase follows the verb of saying is its subject, a role the word
      // lists do not know included ("- ribadisce il meloniano a Rai3 -"): the quotation is the verb's object.
      const s = phraseAfter(tokens, k, tb, lex, people, false);
      if (s) return { speaker: s, attribution: 'after' };
      // No subject at all ("“…”, dice.", "«…», aggiunge e …", "“…”, aclara y remarca …"): the languages that drop a
      // subject pronoun mean the one they would have written, the person the text is about. The verb ends the
      // clause, or a conjunction, a preposition or the sentence follows it.
      const next = tokens[k];
      if (!next || k >= tb || (next.punct && next.quote === undefined && next.text !== '-') || lex.coordinators.has(next.lower) || STOP.has(next.lower)) {
        return { speaker: { kind: 'pronoun', name: null, gender: null }, attribution: 'after' };
      }
    }
    // Subject first: ", Smith said", ", the minister told reporters", ", er sagte", past an apposition between
    // commas (", Steve Rosenthal, a former political director of the A.F.L.-C.I.O., wrote") and the full stops
    // of abbreviations and initials (", Gov. Kasich replied").
    const end = Math.min(tb, j + 30);
    for (let v = j + 1; v < end; v++) {
      if (tokens[v].quote !== undefined) break;
      if (tokens[v].punct && !/^[-,()’']$/u.test(tokens[v].text) && !isAbbreviationDot(tokens, v)) break;
      if (isVerb(tokens[v], lex)) {
        // ("„…“, ließ ein IWF-Sprecher kurz verlauten": past the helper verb that opens the clause.)
        const s = phraseBefore(tokens, v, lex.auxiliaries.has(tokens[j].lower) && !isVerb(tokens[j], lex) ? j + 1 : j, lex, people, false);
        if (s) return { speaker: s, attribution: 'after' };
        break;
      }
    }
  }
  // A dash and a name closing the sentence, with no verb: "“…” ― Steve Quinlan", "„…“ – Angela Merkel".
  // (The sentence may have ended inside the marks: "“… 1 percent.” - Bernie Sanders." reads on to the next full stop.)
  if (/^[―—–-]$/u.test(tokens[qi + 1]?.text ?? '') && qi + 2 < tokens.length) {
    let e = qi + 2;
    while (e < tokens.length && e < qi + 12 && tokens[e].text !== '.' && (tokens[e] as QToken).quote === undefined) e++;
    const rest = tokens.slice(qi + 2, Math.max(tb, e)).filter((t) => t.text !== '.');
    if (rest.length <= 6 && rest.every((t) => t.cap || t.punct && /^[-.,]$/u.test(t.text) || lex.particles.has(t.lower))) {
      const s = readPhrase(rest, lex, people, rest[0]?.start ?? 0, false);
      if (s?.kind === 'name') return { speaker: s, attribution: 'after' };
    }
  }
  // 2. Before, with a colon: "Kallas sagte: „…“", "sagte Kallas:", "Nina Hagen zur neuen Heimat: „…“".
  let c = qi - 1;
  while (c >= ta && tokens[c].punct && tokens[c].text !== ':' && tokens[c].quote === undefined) c--;
  const colon = c >= ta && tokens[c].text === ':';
  // "…, Mohammed ElBaradei („…“), und der norwegische Ministerpräsident Jens Stoltenberg: „…“": a conjunct after
  // a quotation that names someone before the colon is that quotation's speaker, whatever verb opened the list.
  if (colon && afterQuotedConjunct(tokens, ta, c, lex) > ta) {
    const s = firstName(tokens, ta, c, lex, people);
    if (s) return { speaker: s, attribution: 'colon' };
  }
  // The last speech verb before it, else the one before that: "kommentierte die Entscheidung laut „news.bbc.co.uk“
  // mit folgenden Worten:" ("laut" names a source, not the speaker).
  for (let v = lastVerb(tokens, ta, colon ? c : qi, lex), n = 0; v >= 0 && n < 2; v = lastVerb(tokens, ta, v, lex), n++) {
    // "Martin Hatzius kritisiert in der Zeitung …, die Aktion erinnere „…“": a verb of saying in the mood of reported
    // speech, after a comma, is part of what an earlier verb of saying reports; that verb's subject speaks.
    // ("Anwar said in a statement, first reported by Sky News: “…”": a participle and its agent after a comma tell
    // where the words appeared; the earlier verb of saying tells who said them.)
    const agentClause = !lex.verbSecond && lex.agentPrepositions.has(tokens[v + 1]?.lower ?? '');
    const r = lex.reportedMood.has(tokens[v].lower) || agentClause ? reportingVerb(tokens, ta, v, lex) : -1;
    const sr = r >= 0 ? speakerAtVerb(tokens, r, ta, r + 1, lex, people) : null;
    if (sr && sr.kind !== 'role') return { speaker: sr, attribution: colon ? 'colon' : 'verb' };
    // (After a source word in the quotation's own sentence, a name the word lists cannot read, a newspaper's
    // included: "According to the Spokesman-Review, “…”".)
    const s = speakerAtVerb(tokens, v, ta, colon ? c : qi, lex, people) ?? (lex.sourceWords.has(tokens[v].lower) ? sourceName(tokens, v + 1, colon ? c : qi, lex, people) : null);
    // "That Xi personally announced China’s latest climate targets signals a “very high-level commitment” …, says
    // Belinda Schäpe, a China analyst": a verb before the quotation whose subject is a thing, not anyone who speaks,
    // yields to a name the sentence closes on with an inverted verb of saying.
    if (s?.kind === 'role' && !s.anaphoric && !s.spokesperson && !colon) {
      const closing = closingInversion(tokens, qi, tb, lex, people);
      if (closing) return { speaker: closing, attribution: 'after' };
    }
    if (s) return { speaker: s, attribution: colon ? 'colon' : 'verb' };
    // "Valora que el régimen quiere “…”": a verb of saying that opens its sentence, with no subject, in a language
    // that drops subject pronouns, speaks for the person the text is about.
    // ("Al respecto, explicó que “…”": past a short fronted adverbial that names no one.)
    const fronted = v > ta + 1 && v - ta <= 5 && tokens[v - 1].text === ',' && STOP.has(tokens[ta].lower)
      && tokens.slice(ta, v - 1).every((t, i) => !t.punct && (i === 0 || !t.cap));
    if ((v === ta || fronted) && lex.complementizers.has(tokens[v + 1]?.lower ?? '')) return { speaker: { kind: 'pronoun', name: null, gender: null }, attribution: 'verb' };
    if (!lex.sourceWords.has(tokens[v].lower)) {
      // "el antropólogo Martínez sostiene que la ley … responde a “…”": a verb of saying inside the clause that an
      // earlier one opens with "que"/"che" is the reported clause's own; the earlier verb's subject speaks.
      const u = governingVerb(tokens, ta, v, lex);
      const s2 = u >= 0 ? speakerAtVerb(tokens, u, ta, u + 1, lex, people) : null;
      if (s2) return { speaker: s2, attribution: colon ? 'colon' : 'verb' };
      break;
    }
  }
  if (colon) {
    // "President Clinton released the following statement:", "the DNC issued a statement:": the subject of the
    // verb whose object is the statement, not the first name of the clause ("When Wallace died in 1998, …").
    const sv = statementVerb(tokens, ta, c, lex);
    if (sv > ta) {
      const st = phraseBefore(tokens, sv, ta, lex, people);
      if (st && st.kind !== 'pronoun') return { speaker: st, attribution: 'colon' };
    }
    // "Er sehe darin eine Chance: „…“": a clause opened by a pronoun.
    for (let f = ta; f < Math.min(c, ta + 3); f++) {
      const w = tokens[f];
      if (!w.punct && lex.pronouns.has(w.lower) && (w.lower !== 'sie' || !tokens[f + 1]?.cap)) return { speaker: { kind: 'pronoun', name: null, gender: lex.pronouns.get(w.lower) ?? null }, attribution: 'colon' };
    }
    const s = firstName(tokens, ta, c, lex, people);
    if (s) return { speaker: s, attribution: 'colon' };
  }
  // 3. A speech verb later in the sentence: "„…“ kommentierte er seinen Ausfall", "„…“, so die Vorwürfe der Anwältin".
  // Another quotation may stand between ("Die „…“ hätten „…“, so Murtha"): both share the attribution.
  for (let v = qi + 1; v < tb; v++) {
    if (tokens[v].quote !== undefined) continue;
    if (isVerb(tokens[v], lex)) {
      const s = speakerAtVerb(tokens, v, qi + 1, tb, lex, people);
      if (s) return { speaker: s, attribution: 'verb' };
    }
  }
  return { speaker: null, attribution: null };
}

/**
 * The gender a pronoun later in the clause shows for a speaker described by an age alone: "“…,” the 38-year-old said as
 * he tried to continue his answer". Null when another name comes first, or no pronoun does.
 */
export function genderTakenUp(tokens: QToken[], qi: number, tb: number, lex: Lexicon): Gender | null {
  // (An age only: a role noun without a gender, "the spokesman said his views", may be someone else's voice.)
  if (!tokens.slice(qi + 1, tb).some((t) => AGE.test(t.text))) return null;
  for (let j = qi + 1; j < tb; j++) {
    const t = tokens[j];
    if (t.quote !== undefined || t.punct) continue;
    const g = lex.genderMarks.get(t.lower);
    if (g) return g;
    if (t.cap) return null;
  }
  return null;
}

/** A passive auxiliary before the verb at v, past an adverb or two ("was ever called"). */
function passiveBefore(tokens: Token[], v: number, from: number, lex: Lexicon): boolean {
  let a = v - 1;
  while (a > from && !tokens[a].punct && !tokens[a].cap && tokens[a].lower.length > 2 && /ly$|^(ever|never|not|also|often|first|later|then|already)$/u.test(tokens[a].lower)) a--;
  return a >= from && PASSIVE.has(tokens[a].lower) && !lex.speechVerbs.has(tokens[a].lower);
}

/** A name after ", says" later in the quotation's sentence ("…, says Belinda Schäpe, a China analyst"), or null. */
function closingInversion(tokens: QToken[], qi: number, tb: number, lex: Lexicon, people: EntityTable): Speaker | null {
  for (let v = qi + 1; v + 2 < tb; v++) {
    if (tokens[v].quote !== undefined) return null;
    if (tokens[v].text !== ',' || !isVerb(tokens[v + 1], lex) || lex.sourceWords.has(tokens[v + 1].lower)) continue;
    const s = phraseAfter(tokens, v + 2, tb, lex, people, false);
    if (s?.kind === 'name') return s;
  }
  return null;
}

/**
 * The full name set in apposition after a role that opens a clause at tokens[f]: "Trump’s Virginia state director,
 * Mike Rubino, reached out …". Null unless the words before the comma end on a lowercase role noun and the name
 * is closed by a comma.
 */
function appositionName(tokens: Token[], f: number, to: number, people: EntityTable): Speaker | null {
  let c = f;
  while (c < to && c < f + 8 && !tokens[c].punct) c++;
  if (c === f || c >= to || tokens[c].text !== ',' || tokens[c - 1].cap || people.roleGender(tokens[c - 1].text) === undefined) return null;
  let e = c + 1;
  while (e < to && e < c + 5 && !tokens[e].punct && tokens[e].cap) e++;
  if (e - c < 3 || tokens[e]?.text !== ',' || !isFirstName(tokens[c + 1].text)) return null;
  return { kind: 'name', name: people.fullName(tokens.slice(c + 1, e).map((t) => t.text)), gender: people.genderOf(tokens[c + 1].text) };
}

/** A verb of saying before v whose complementizer ("que", "che") opens the clause v stands in, or -1. */
function governingVerb(tokens: Token[], from: number, v: number, lex: Lexicon): number {
  for (let u = v - 2; u >= from; u--) {
    if ((tokens[u] as QToken).quote !== undefined || tokens[u].text === '.' || tokens[u].text === ':') return -1;
    if (isVerb(tokens[u], lex) && lex.complementizers.has(tokens[u + 1]?.lower ?? '')) return u;
  }
  return -1;
}

/** A verb of saying, not itself in the mood of reported speech, before a comma before v in the same sentence, or -1. */
function reportingVerb(tokens: Token[], from: number, v: number, lex: Lexicon): number {
  let comma = false;
  for (let u = v - 1; u >= from; u--) {
    // (A quoted title may stand between: "kritisiert in der Tageszeitung „Neues Deutschland“, die Aktion erinnere".)
    if (tokens[u].text === '.' || tokens[u].text === ':') return -1;
    if (tokens[u].text === ',') comma = true;
    else if (comma && isVerb(tokens[u], lex) && !lex.reportedMood.has(tokens[u].lower) && !lex.sourceWords.has(tokens[u].lower)) return u;
  }
  return -1;
}

/** The verb of "<subject> released the following statement:" right before a colon at c, or -1. */
function statementVerb(tokens: Token[], from: number, c: number, lex: Lexicon): number {
  const n = c - 1;
  if (n <= from || tokens[n].punct || !lex.sourceNouns.has(tokens[n].lower)) return -1;
  let k = n - 1;
  // Up to two adjectives ("following", "brief written"), then its determiner, then the verb.
  while (k > from && n - k <= 2 && !tokens[k].punct && !tokens[k].cap && !lex.determiners.has(tokens[k].lower) && /(?:ing|ed|en|al|ful|ous|ive|ly|ief)$/u.test(tokens[k].lower)) k--;
  if (k <= from || !lex.determiners.has(tokens[k].lower)) return -1;
  const v = tokens[k - 1];
  return !v.punct && !v.cap && !STOP.has(v.lower) ? k - 1 : -1;
}

export function lastVerb(tokens: Token[], from: number, to: number, lex: Lexicon): number {
  for (let v = to - 1; v >= from; v--) if (isVerb(tokens[v], lex)) return v;
  return -1;
}

/** The subject next to a speech verb: inverted after it ("sagte Stoltenberg") or before it ("Stoltenberg sagte"). */
export function speakerAtVerb(tokens: Token[], v: number, from: number, to: number, lex: Lexicon, people: EntityTable): Speaker | null {
  const inv = tokens[v].lower.match(/-(?:t-)?(il|elle)$/u);
  if (inv) return { kind: 'pronoun', name: null, gender: inv[1] === 'elle' ? 'female' : 'male' };
  if (lex.quoting.has(tokens[v].lower)) {
    const quoted = quotedPerson(tokens, v, from, to, lex, people);
    if (quoted) return quoted;
  }
  // "Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie „…“": a verb after a conjunction shares
  // the subject of the speech verb before it.
  if (v - 1 > from && lex.coordinators.has(tokens[v - 1].lower)) {
    const prev = lastVerb(tokens, from, v - 1, lex);
    if (prev >= 0 && !tokens.slice(prev + 1, v - 1).some((t) => t.punct && t.text !== '-')) {
      const s = speakerAtVerb(tokens, prev, from, v - 1, lex, people);
      if (s) return s;
    }
    // "Doch der russische Außenminister Sergej Lawrow sieht das Land als „…“ und erklärte Anfang März: „…“": with no
    // speech verb before, the second verb shares the subject of the clause; what follows it is no subject.
    if (prev < 0) {
      const s = clauseSubject(tokens, from, v - 1, lex, people);
      if (s) return s;
    }
  }
  // "although Stephen King was among those questioning the decision, writing on Twitter: “…”": a participle after a
  // comma, or after the word that links it ("before saying", "by mentioning … and adding"), has the subject of the
  // clause it hangs on: the nearest one a conjunction, a subject pronoun or a verb of saying shows before it.
  const linked = v - 1 > from && !tokens[v - 1].punct && GERUND_LINKS.has(tokens[v - 1].lower);
  if ((tokens[v - 1]?.text === ',' || linked) && GERUND.test(tokens[v].lower) && !lex.sourceWords.has(tokens[v].lower)) {
    const named = (s: Speaker | null) => s?.kind === 'name' && !!s.name && (literalFullName(s) || people.isSpeakerActor(s.name));
    const subjectPronoun = (t: Token | undefined) => !!t && !t.punct && lex.nominative.has(t.lower) && lex.lang !== 'de';
    let c = v - 2;
    for (; c > from; c--) {
      // A quotation inside the clause is its object ("Trump told Newsmax that Mitt Romney “…,” adding, “…”").
      if ((tokens[c] as QToken).quote !== undefined) continue;
      // A verb of saying on the way is what the participle goes on from ("…, Spicer said, adding, “…”", "Band
      // member Flea shared the news on social media last week, writing “…”"): its subject, named before it.
      // (Not a verb's form that modifies a role noun: "Trump’s Virginia state director".)
      if (isVerb(tokens[c], lex) && !(tokens[c + 1] && !tokens[c + 1].cap && people.roleGender(tokens[c + 1].text) !== undefined)) {
        // (A name alone between a comma and the verb is its subject: "…, Nefzi said, adding, “…”".)
        // (First, since a clause before that comma has a subject of its own: "Mateen didn't mingle but left …,
        // Nefzi said, adding".)
        const lone = tokens[c - 2]?.text === ',' && tokens[c - 1]?.cap ? phraseBefore(tokens, c, c - 1, lex, people) : null;
        const s = (named(lone) ? lone : null) ?? phraseBefore(tokens, c, from, lex, people) ?? (tokens[c - 2]?.text === ',' ? phraseBefore(tokens, c, c - 1, lex, people) : null);
        if (s?.kind === 'pronoun' || (s?.kind === 'name' && s.name)) return s;
        break;
      }
      // "And although he thanked the evangelical community for supporting him, he sounded a rare note of
      // self-deprecation, saying, “…”": a subject pronoun after a comma opens the clause.
      if (tokens[c].text === ',' && subjectPronoun(tokens[c + 1])) return pronoun(tokens[c + 1].lower, lex);
      if (tokens[c].punct || !CLAUSE_OPENERS.has(tokens[c].lower)) continue;
      const s = phraseAfter(tokens, c + 1, v - 1, lex, people);
      if (named(s) || s?.kind === 'pronoun') return s;
      break;
    }
    // "Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton, saying, “…”":
    // else the participle has the subject that opens the sentence, not the object before the comma, past an
    // adverbial that opens it ("During a national security speech earlier in the day, Trump attacked Clinton …").
    if (!lex.verbSecond && (c <= from || isVerb(tokens[c], lex))) {
      let f0 = from;
      const t0 = tokens[f0];
      if (t0 && !t0.punct && (STOP.has(t0.lower) || lex.adverbialPrepositions.has(t0.lower) || lex.subordinators.has(t0.lower) || CLAUSE_OPENERS.has(t0.lower))) {
        let e = f0 + 1;
        while (e < v - 1 && e < f0 + 15 && tokens[e].text !== ',' && (tokens[e] as QToken).quote === undefined) e++;
        // "When he returned he began by saying, “…”": a subordinate clause with no comma shares its subject.
        if (tokens[e]?.text === ',') f0 = e + 1;
        else if (subjectPronoun(tokens[f0 + 1])) return pronoun(tokens[f0 + 1].lower, lex);
      }
      if (subjectPronoun(tokens[f0])) return pronoun(tokens[f0].lower, lex);
      // "Trump’s Virginia state director, Mike Rubino, reached out to rVotes, writing …": a role and the name it is
      // given in apposition.
      const appos = appositionName(tokens, f0, v - 1, people);
      if (appos) return appos;
      // The capitalised run that opens the sentence, titles and "of" inside it ("Former Secretary of State …"),
      // and lowercase role words before a name ("Band member Flea").
      // (Past a determiner or an age: "76-year-old Morton Blackwell, founder of …".)
      while (f0 < v - 1 && !tokens[f0].punct && (lex.determiners.has(tokens[f0].lower) || /^\d{1,3}-year-old$/u.test(tokens[f0].lower))) f0++;
      let e = f0;
      while (e < v - 1 && ((!tokens[e].punct && (tokens[e].cap || (e > f0 && /^(of|de|del|di|van|von)$/u.test(tokens[e].lower) && tokens[e + 1]?.cap) || (e > f0 && people.roleGender(tokens[e].text) !== undefined && tokens[e + 1]?.cap && !tokens[e + 1].punct))) || isAbbreviationDot(tokens, e))) e++;
      const s = e > f0 ? readPhrase(tokens.slice(f0, e), lex, people, tokens[f0].start, false) : null;
      if (named(s) && (people.personShaped(s!.name!.split(' ')) || (!s!.name!.includes(' ') && people.isPerson(s!.name!)))) return s;
    }
  }
  // "In einer Erklärung der EU-Außenminister hatte es geheißen: „…“": with the expletive "es" at the verb, a
  // document fronted in a prepositional phrase is the source, as it is after the verb ("heißt es in dem Bericht").
  if (tokens[v - 1]?.lower === 'es' || tokens[v + 1]?.lower === 'es') {
    const doc = frontedDocument(tokens, from, v, lex, people);
    if (doc) return doc;
  }
  let k = v + 1;
  while (k < to && isVerb(tokens[k], lex) && k < v + 3) k++;
  // "« … », peut-on lire dans Les Échos", "as can be read in the Post": what one reads in is the source.
  if (lex.reading.has(tokens[v].lower) && k + 1 < to && lex.sourcePreps.has(tokens[k].lower)) {
    const source = phraseAfter(tokens, k + 1, to, lex, people, false);
    if (source && source.kind !== 'pronoun') return source;
  }
  // A passive participle and its agent: "come riferito dal deputato toscano Giovanni Donzelli", "as reported by Reuters".
  if (k < to && lex.agentPrepositions.has(tokens[k].lower) && !lex.verbSecond) {
    const agent = phraseAfter(tokens, k + 1, to, lex, people);
    if (agent && agent.kind !== 'pronoun') return agent;
  }
  // "whether the department was ever called to Kristofer’s house": in English, after a passive with no agent, what
  // follows the verb is no subject. (Elsewhere the auxiliary also makes active tenses: "si è detto Matteo Salvini".)
  const after = lex.lang === 'en' && passiveBefore(tokens, v, from, lex) ? null : phraseAfter(tokens, k, to, lex, people);
  // "laut", "according to": the speaker follows; what stands before is the sentence's subject or object.
  if (lex.sourceWords.has(tokens[v].lower)) return after;
  // German puts the subject right before or right after the verb: take the stronger reading.
  let b = v;
  while (b > from && tokens[b - 1].punct && /[)\]]/u.test(tokens[b - 1].text)) {
    while (b > from && tokens[b - 1].text !== '(') b--;
    b--;
  }
  const before = phraseBefore(tokens, b, from, lex, people);
  // German is verb-second: a subject that stands before the verb makes whatever follows it an object
  // ("McCarthy nannte Patersons Entscheidung „…“"); an adverbial there yields no phrase and the subject follows.
  // Unless a pronoun that can only be a subject follows the verb: then what stands before the verb is an
  // object or an adverbial ("Deren Haltung gegenüber der PKK bezeichnete er als „…“").
  // (Dutch too: "Over Eringa zegt ze: ,,…"".)
  if (lex.verbSecond && after?.kind === 'pronoun' && lex.nominative.has(tokens[k]?.lower ?? '')) return after;
  // "Es sei erschreckend, wie ahnungslos die Landesregierung war, sagt SWR-Landeskorrespondent Matthias Zahn": a verb
  // right after the comma that closes a clause has that clause as its first field; its subject follows it.
  // (Not after an apposition of the subject: "Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II.,
  // bat Premierminister Key".)
  if (lex.lang === 'de' && tokens[v - 1]?.text === ',' && literalFullName(after) && !literalFullName(before)) return after;
  // A full name printed after the verb beats a role, or a lone word no name in the article confirms, before it:
  // "Der englisch-sprachigen Zeitung sagte Filep Karma", "Ähnlich äußerte sich der US-Präsident George W. Bush".
  if (lex.lang === 'de' && literalFullName(after) && !literalFullName(before) && !(before?.kind === 'name' && !before.viaRole && before.name && people.knownName(before.name.split(' ').pop()!))) return after;
  // A lone capitalised word before the verb that no other mention confirms as a name is mostly an adverb
  // opening the sentence ("Dennoch betont der Übergangstrainer:"): a speaker after the verb wins.
  if (lex.lang === 'de' && after && before?.kind === 'name' && !before.viaRole && before.name && !before.name.includes(' ') && !people.knownName(before.name)) return after;
  // A noun phrase that is neither a role nor a body before the verb ("Die Veranstalter", or a clause the splitter
  // left whole) yields to a role, body or name after it ("…, erklärte die Universität so:").
  if (lex.lang === 'de' && before?.kind === 'role' && before.generic && after && after.kind !== 'pronoun' && !after.generic) return after;
  if (lex.lang === 'de' && before && before.kind !== 'pronoun') return before;
  // "Albares destacó, antes del inicio de la reunión del Grupo de Madrid, que …": a person named right before the
  // verb is its subject; a name behind a comma after it sits in an adverbial, not in an inverted subject.
  if (before?.kind === 'name' && before.name && people.isPerson(before.name) && tokens[v + 1]?.text === ',') return before;
  // "Londres a ordonné … de revoir leur dispositif de sécurité, a indiqué lundi le chef de la diplomatie britannique,
  // William Hague, …": in French, Spanish and Italian a verb of saying inserted after a comma (past its auxiliary)
  // opens a clause of its own, whose subject follows it; the sentence's subject before the comma reported nothing.
  let a = v - 1;
  while (a > from && !tokens[a].punct && lex.auxiliaries.has(tokens[a].lower)) a--;
  if (ROMANCE.has(lex.lang) && tokens[a]?.text === ',' && after && after.kind !== 'pronoun' && (after.kind !== 'name' || literalFullName(after))) return after;
  // Subject-verb-object languages: a subject before the verb makes the phrase after it an object ("Trump told
  // Britain’s ITV", "Obama asked Republican politicians"); only a clause that opens on its verb has its subject after.
  if (!lex.verbSecond && before && !(before.kind === 'role' && before.generic)) return before;
  // "County officials told the Bay Area News Group that …": after "told" stands whom it was said to, never a subject.
  if (!lex.verbSecond && lex.addressee.has(tokens[v].lower)) return before;
  return strength(before) > strength(after) ? before : after ?? before;
}

/** The capitalised name right after a source word ("according to the Spokesman-Review"), as printed, or null. */
function sourceName(tokens: Token[], k: number, to: number, lex: Lexicon, people: EntityTable): Speaker | null {
  let b = k;
  while (b < to && !tokens[b].punct && (SOURCE_LINKS.test(tokens[b].lower) || lex.determiners.has(tokens[b].lower))) b++;
  let e = b;
  while (e < to && !tokens[e].punct && tokens[e].cap) e++;
  // The name ends the phrase: only punctuation between it and the quotation ("…, “…”").
  if (tokens.slice(e, to).some((t) => !t.punct)) return null;
  return e > b && e - b <= 5 ? { kind: 'name', name: people.fullName(tokens.slice(b, e).map((t) => t.text)), gender: null } : null;
}

/** A document named in a prepositional phrase that opens the clause before the verb, read as its owner. */
function frontedDocument(tokens: Token[], from: number, v: number, lex: Lexicon, people: EntityTable): Speaker | null {
  const p = tokens.slice(from, v).findIndex((t) => !t.punct) + from;
  const origin = p >= from && ORIGIN_PREPOSITIONS.test(tokens[p].lower);
  if (p < from || !lex.sourcePreps.has(tokens[p].lower) && !origin && !/^(im|beim)$/u.test(tokens[p].lower)) return null;
  let e = p + 1;
  while (e < v && !tokens[e].punct && !isVerb(tokens[e], lex) && tokens[e].lower !== 'es') e++;
  const words = tokens.slice(p + 1, e);
  // "Aus Paris hieß es, …", "Aus Regierungskreisen hieß es": where it came from is the source, as after the verb.
  if (origin && words.length && words.length <= 4) {
    const s = readPhrase(words, lex, people, words[0].start, false);
    if (s && s.kind !== 'pronoun') return s;
  }
  if (!words.some((w) => isDocumentNoun(w, lex))) return null;
  const s = readPhrase(words, lex, people, words[0].start, true);
  return s && s.kind === 'name' ? s : null;
}

/** How sure a speaker phrase is: a full name, a pronoun, a role, a lone name. */
function strength(s: Speaker | null): number {
  if (!s) return 0;
  if (s.kind === 'name') return s.name && s.name.includes(' ') ? 4 : 1.5;
  if (s.kind === 'pronoun') return 3;
  return 2;
}

/**
 * Where the last conjunct after a quotation starts, past the punctuation that closes the quotation ("Mohammed
 * ElBaradei („…“), und der norwegische Ministerpräsident …"); `from` when there is none.
 */
function afterQuotedConjunct(tokens: QToken[], from: number, to: number, lex: Lexicon): number {
  for (let k = to - 2; k > from; k--) {
    if (tokens[k].quote === undefined) continue;
    let n = k + 1;
    while (n < to && tokens[n].punct && tokens[n].quote === undefined) n++;
    return n < to && lex.coordinators.has(tokens[n].lower) ? n + 1 : from;
  }
  return from;
}

/**
 * The first full name in the clause before a colon that no speech verb ties to it ("Jegliche Mitverantwortung weist
 * Hartmann von sich:", "brachte die Sprecherin …, Annette Widmann-Mauz, zum Ausdruck:"). Only a person or body the
 * actors module lists, or a name opened by a first name: German capitalises every noun, so "Stoibers Äußerungen",
 * "Petition Reihe" or "Einkaufszentrum Parolen" are capitalised runs, not names. The clause starts after the last
 * quotation before the colon ("Parolen wie „Thaksin raus!“ und der Medienunternehmer Sondhi Limthongkul rief aus:").
 */
function firstName(tokens: QToken[], from: number, to: number, lex: Lexicon, people: EntityTable): Speaker | null {
  from = afterQuotedConjunct(tokens, from, to, lex);
  for (let k = from; k < to; k++) {
    if (!tokens[k].cap) continue;
    const run: Token[] = [];
    let m = k;
    // A name after a preposition is an object or an adverbial, not the subject ("Así, hizo referencia a Martínez … :"),
    // unless the preposition sets a view or names a source ("confirme pour Mathilde Wattecamps que … :", "selon X").
    const p = tokens[k - 1]?.lower ?? '';
    // (Nor after a common noun and its genitive: "La situación de Ramiro Rocca: “…”" names a topic, not a speaker.)
    const ofNoun = k - 1 > from && lex.genitive.has(p) && topicNoun(tokens[k - 2], lex, people);
    const prep = (k > from && !tokens[k - 1].punct && STOP.has(p) && !lex.determiners.has(p) && !lex.coordinators.has(p)
      && !lex.viewOpeners.has(p) && !lex.sourceWords.has(p) && !lex.agentPrepositions.has(p)) || ofNoun;
    // (An initial's full stop stays inside the name: "Michael P. McDonald".)
    while (m < to && (tokens[m].cap || (lex.particles.has(tokens[m].lower) && tokens[m + 1]?.cap)
      || (tokens[m].text === '.' && /^\p{Lu}$/u.test(tokens[m - 1].text) && tokens[m + 1]?.cap && !tokens[m + 1].punct))) run.push(tokens[m++]);
    // "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones:": words in capitals are a heading.
    if (run.length >= 2 && run.every((t) => IN_CAPITALS.test(t.text))) { k = m; continue; }
    const s = readPhrase(run, lex, people, tokens[k].start, false);
    const words = s?.name?.split(' ') ?? [];
    // The name as printed, not a genitive taken for it ("Gegner Thaksins" is no mention of Thaksin Shinawatra speaking).
    const printed = s?.viaRole || words[words.length - 1] === run[run.length - 1].text;
    // Opening the clause, a name need not be known ("Erkki Tuomioja, Präsident des Rats …:"); inside it, German
    // nouns make capitalised runs of their own.
    // In German an adjective and a noun open clauses too ("Ernster Nachsatz: „…“"): there the name opens with a first
    // name or has a role in apposition ("Erkki Tuomioja, Präsident des Rats …:").
    const opens = k === from && !people.isNoun(run[0].text) && !people.isCommon(run[0].text) && !run.some((t) => people.nounShaped(t.text))
      && (lex.lang !== 'de' || isFirstName(run[0].text) || (tokens[m]?.text === ',' && people.roleGender(tokens[m + 1]?.text ?? '') !== undefined));
    // "das Land Tirol", "die Stadt Wien": a noun after a determiner, then a name the actors module lists.
    // (Not inside a prepositional phrase: "Mit Blick auf den Konkurrenten Tesla, …, heiße das: „…“".)
    const named = k > from && lex.determiners.has(tokens[k - 1].lower) && !(k - 2 >= from && !tokens[k - 2].punct && (STOP.has(tokens[k - 2].lower) || lex.oblique.has(tokens[k - 2].lower)))
      && run.length >= 2 && people.isActor(run.slice(1).map((t) => t.text).join(' '));
    if (!prep && s?.kind === 'name' && words.length > 1 && printed && (s.viaRole || opens || named || people.isSpeakerActor(s.name!) || people.personShaped(words))) return s;
    k = m;
  }
  return null;
}

/**
 * A lowercase common noun, no role, document or verb of saying: before a genitive it names a topic, and the name
 * after the genitive is its complement, not a speaker ("La situación de Ramiro Rocca: “…”").
 */
function topicNoun(t: Token | undefined, lex: Lexicon, people: EntityTable): boolean {
  return !!t && !t.punct && !t.cap && !lex.determiners.has(t.lower) && people.roleGender(t.text) === undefined
    && !lex.sourceNouns.has(t.lower) && !lex.speechVerbs.has(t.lower);
}

/**
 * The subject of the clause a quotation is embedded in, when no speech verb names one: words someone used,
 * set inside the writer's sentence ("Zu dieser Zeit ging Celebi, die Anwältin der Frau, davon aus, dass …
 * „um den Kindern den Anblick zu ersparen“", "Das Nobelkomitee würdigte Obamas Einsatz zur „Stärkung …“").
 * The leftmost name or role before the quotation that no preposition or object determiner opens.
 */
export function clauseSubject(tokens: QToken[], ta: number, qi: number, lex: Lexicon, people: EntityTable): Speaker | null {
  const view = viewInset(tokens, ta, qi, lex, people);
  if (view) return view;
  return firstSubject(tokens, ta, qi, lex, people);
}

/** "Para Hurtado, García Ortiz fue …", "Estos mensajes, para Hurtado, son “…”": whose view an inset gives, or null. */
export function viewInset(tokens: QToken[], ta: number, qi: number, lex: Lexicon, people: EntityTable): Speaker | null {
  for (let k = ta; k < qi - 2; k++) {
    if (!lex.viewOpeners.has(tokens[k].lower) || (k > ta && tokens[k - 1].text !== ',')) continue;
    let e = k + 1;
    // The inset ends at a comma, or, opening the sentence, where a new noun phrase begins ("Para el magistrado del
    // Supremo los elementos objetivos … apuntan a …").
    while (e < qi && !tokens[e].punct && e < k + 10 && !(k === ta && e > k + 2 && lex.determiners.has(tokens[e].lower) && !lex.genitive.has(tokens[e - 1].lower))) e++;
    // ("Pour Pierre Gielen (Ecolo), « … »": a party in brackets after the name is no part of the inset's holder.)
    let close = e;
    if (tokens[e]?.text === '(') { while (close < qi && close < e + 6 && tokens[close].text !== ')') close++; }
    const bracketed = tokens[e]?.text === '(' && tokens[close]?.text === ')' && tokens[close + 1]?.text === ',';
    if (!bracketed && tokens[e]?.text !== ',' && !(k === ta && e > k + 2 && lex.determiners.has(tokens[e]?.lower ?? ''))) continue;
    const s = readPhrase(tokens.slice(k + 1, e), lex, people, tokens[k + 1].start, true);
    if (s && (s.kind === 'role' || s.kind === 'name')) return s;
  }
  return null;
}

/**
 * The person named in apposition after a role phrase that ends at tokens[e]: the role's complement runs on (no verb, no
 * quotation, a few words) to a comma, then a name the article gives a person, then a comma ("…, Nathalie Loiseau,").
 */
function appositionHolder(tokens: QToken[], e: number, qi: number, lex: Lexicon, people: EntityTable): Speaker | null {
  let c = e;
  while (c < qi && c < e + 8 && tokens[c].text !== ',' && !(tokens[c].punct && tokens[c].text !== '-' && tokens[c].text !== "'") && tokens[c].quote === undefined && !isVerb(tokens[c], lex)) c++;
  if (tokens[c]?.text !== ',') return null;
  let n = c + 1;
  while (n < qi && !tokens[n].punct && (tokens[n].cap || (lex.particles.has(tokens[n].lower) && tokens[n + 1]?.cap))) n++;
  if (n - (c + 1) < 2 || tokens[n]?.text !== ',') return null;
  const name = tokens.slice(c + 1, n).map((x) => x.text);
  const full = people.fullName(name);
  return people.isPerson(full) ? { kind: 'name', name: full, gender: null } : null;
}

/** The leftmost name or role of the clause that no preposition or object determiner opens. */
function firstSubject(tokens: QToken[], ta: number, qi: number, lex: Lexicon, people: EntityTable): Speaker | null {
  for (let k = ta; k < qi; k++) {
    const t = tokens[k];
    if (t.punct) continue;
    // ("da TF1" in "Intervistata in diretta da TF1, ha bollato …": the agent of a participle, though "da" is also a
    // particle of names; no subject opens on it.)
    if (!t.cap && lex.agentPrepositions.has(t.lower)) continue;
    const prev = k > ta ? tokens[k - 1] : undefined;
    let e = k + (lex.determiners.has(t.lower) ? 1 : 0);
    while (e < qi && !tokens[e].punct && !tokens[e].cap && e < k + 3 && lex.determiners.has(t.lower)) e++; // "der libanesische Informationsminister"
    // A particle joins a name ("van den Berg"), but in German "den"/"dem" after a noun opens its object ("die Fraktion
    // den Schritt"), past a nobiliary particle ("von den Driesch") only.
    const joins = (i: number) => lex.particles.has(tokens[i].lower) && tokens[i + 1]?.cap
      && !(lex.lang === 'de' && /^(den|dem)$/u.test(tokens[i].lower) && !lex.nobiliary.has(tokens[i - 1]?.lower ?? ''));
    while (e < qi && !tokens[e].punct && (tokens[e].cap || joins(e))) e++;
    if (e === k) continue;
    // After a preposition or a determiner the phrase is a complement; opened by an indefinite article after a
    // lowercase word it is an object or predicate ("brauche nur ein Opfer, mit dem man „…“").
    // (Nor whom something was told: "County officials told the Bay Area News Group that … “dropped the ball”".)
    // (Nor the agent of a participle: "Intervistata in diretta da TF1, ha bollato la sentenza come “politica”".)
    const opened = prev && !prev.punct && (STOP.has(prev.lower) || lex.oblique.has(prev.lower) || lex.determiners.has(prev.lower) || (lex.indefinite.has(t.lower) && !prev.cap) || lex.addressee.has(prev.lower) || lex.agentPrepositions.has(prev.lower));
    // "Travis Kelce's mom": a possessor is not the subject.
    const possessive = /['’]s$/u.test(tokens[e - 1].text) || tokens[e]?.text === '’' || tokens[e]?.text === "'";
    if (k === ta && lex.pronouns.has(t.lower) && !(t.lower === 'sie' && tokens[k + 1]?.cap)) return { kind: 'pronoun', name: null, gender: lex.pronouns.get(t.lower) ?? null };
    // A common noun whose genitive names someone is a topic, not a speaker: "La situación de Ramiro Rocca: “…”".
    const inner = tokens.slice(k, e);
    const topic = inner.some((x, i) => i > 0 && lex.genitive.has(x.lower) && topicNoun(inner[i - 1], lex, people));
    if (!opened && !possessive && !topic && !lex.oblique.has(t.lower) && !STOP.has(t.lower)) {
      const s = readPhrase(tokens.slice(k, e), lex, people, t.start, true);
      // "La ministre française pour les Affaires européennes, Nathalie Loiseau, avait invité …": the name set off by
      // commas after the role phrase is the role's holder, whoever held that role earlier in the article.
      const holder = s?.kind === 'role' || (s?.kind === 'name' && s.viaRole) ? appositionHolder(tokens, e, qi, lex, people) : null;
      if (holder) return holder;
      // A weak fallback: only names the actors module confirms as a person or organisation, and roles.
      if (s?.kind === 'role' || (s?.kind === 'name' && s.name && people.isSpeakerActor(s.name))) return s;
    }
    k = e - 1;
  }
  return null;
}

const PASSIVE = new Set(speechVerbs.passiveAuxiliaries);

/**
 * The person an active "to quote" quotes: its object ("Die Frankfurter Rundschau zitiert einen Augenzeugen mit
 * den Worten", "zitiert die „Computerwoche“ Lynch", "zitiert ihn die Zeitung"). With the medium as subject
 * before the verb, the first phrase after it is the person; else the second one. The passive ("wird mit den
 * Worten zitiert") keeps the ordinary subject.
 */
function quotedPerson(tokens: Token[], v: number, from: number, to: number, lex: Lexicon, people: EntityTable): Speaker | null {
  for (let b = from; b < v; b++) if (PASSIVE.has(tokens[b].lower)) return null;
  const obj = tokens[v + 1];
  if (obj && !obj.punct && lex.reflexive.has(obj.lower) && lex.lang === 'de' && /^(ihn|sie)$/u.test(obj.lower)) return { kind: 'pronoun', name: null, gender: obj.lower === 'ihn' ? 'male' : 'female' };
  const phrases: Speaker[] = [];
  const inPhrase = (t: Token | undefined) => !!t && !t.punct && (t.cap || lex.determiners.has(t.lower));
  for (let k = v + 1; k < Math.min(to, v + 10); k++) {
    const t = tokens[k];
    if (t.punct) { if ((t as { quote?: number }).quote === undefined && t.text !== '-' && !isInnerDot(tokens, k)) break; continue; }
    if (k > v + 1 && STOP.has(t.lower)) break;
    // A phrase starts at a determiner or at a capitalised word that no determiner or capital precedes.
    if (!inPhrase(t) || (k > v + 1 && inPhrase(tokens[k - 1]) && !lex.determiners.has(t.lower))) continue;
    const s = phraseAfter(tokens, k, to, lex, people);
    if (s && s.kind !== 'pronoun') phrases.push(s);
    while (k + 1 < to && inPhrase(tokens[k + 1]) && !lex.determiners.has(tokens[k + 1].lower)) k++;
  }
  if (!phrases.length) return null;
  const subject = phraseBefore(tokens, v, from, lex, people);
  return subject && subject.kind !== 'pronoun' ? phrases[0] : phrases[1] ?? phrases[0];
}
