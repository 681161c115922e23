// When a quotation's own sentence names no speaker: the sentences around it. The next one may carry it ("„…“
// Details nannte sie nicht."), the one before may have named a speaker with a verb of saying ("…, sagt
// SWR-Landeskorrespondent Matthias Zahn. „…“") or be about a person or body the quotation goes on for.
import type { Lexicon } from './lexicon';
import type { EntityTable } from './entity-table';
import type { QToken } from './paragraph-tokens';
import { firstIndexAtOrAfter } from './paragraph-tokens';
import { sentenceAround } from './quote-context';
import { tokenize } from './tokens';
import { readPhrase, STOP, type Speaker } from './speaker-phrase';
import { isVerb, lastVerb, speakerAtVerb, viewInset } from './attribution-frame';

/** The next sentence's speaker when it begins with (or holds) a pronoun or a name next to a speech verb. */
export function nextSentenceSpeaker(tokens: QToken[], tb: number, starts: number[], length: number, lex: Lexicon, people: EntityTable): Speaker | null {
  if (tb >= tokens.length) return null;
  const [, e] = sentenceAround(starts, length, tokens[tb].start);
  const te = firstIndexAtOrAfter(tokens, e);
  for (let v = tb; v < te; v++) {
    if (tokens[v].quote !== undefined) return null;
    if (isVerb(tokens[v], lex)) return speakerAtVerb(tokens, v, tb, te, lex, people);
  }
  return null;
}

/**
 * Whether the sentence after tokens[tb] opens on a word that points back at the quotation and then its verb of saying:
 * "“…”. Lo ha scritto su Facebook la presidente di Fratelli d’Italia, Giorgia Meloni.", "„…“ Das sagte Merkel am
 * Montag.", "“…”. Así lo afirmó el ministro." Its subject is that quotation's speaker, not whoever was quoted before.
 */
export function nextSentenceRefersBack(tokens: QToken[], tb: number, lex: Lexicon): boolean {
  let k = tb;
  if (!tokens[k] || tokens[k].punct || !lex.backReferences.has(tokens[k].lower)) return false;
  k++;
  // ("Así lo afirmó": the object clitic after the adverb.)
  if (tokens[k] && lex.backReferences.has(tokens[k].lower)) k++;
  for (let a = 0; a < 2 && tokens[k] && !tokens[k].punct && lex.auxiliaries.has(tokens[k].lower) && !isVerb(tokens[k], lex); a++) k++;
  return !!tokens[k] && tokens[k].quote === undefined && isVerb(tokens[k], lex);
}

/** Whether the sentence after tokens[tb] holds a quotation of its own after its verb of saying ("X sagte: „…“"). */
export function nextSentenceQuotes(tokens: QToken[], tb: number, starts: number[], length: number, lex: Lexicon): boolean {
  if (tb >= tokens.length) return false;
  const [, e] = sentenceAround(starts, length, tokens[tb].start);
  const te = firstIndexAtOrAfter(tokens, e);
  const v = tokens.slice(tb, te).findIndex((t) => t.quote === undefined && isVerb(t, lex));
  return v >= 0 && tokens.slice(tb + v + 1, te).some((t) => t.quote !== undefined);
}

/** The speaker named by a speech verb in the sentence before ("…, sagte Stoltenberg. „Das war …“"). */
export function previousSentenceSpeaker(tokens: QToken[], ta: number, starts: number[], lex: Lexicon, people: EntityTable): Speaker | null {
  if (ta <= 0) return null;
  const [s] = sentenceAround(starts, Infinity, tokens[ta - 1].start);
  const ts = firstIndexAtOrAfter(tokens, s);
  const v = lastVerb(tokens, ts, ta, lex);
  if (v >= 0) return speakerAtVerb(tokens, v, ts, ta, lex, people);
  // "Para la arquitecta Carolina Porcell Méndez, las oficinas … . “…”": the view the sentence before gives.
  return viewInset(tokens, ts, ta, lex, people);
}

/**
 * The quotation (its index in the paragraph) that the sentence before tokens[ta] frames: the last one before that
 * sentence's last verb of saying, or null. A name the sentence gives after it is an object or sits in a clause of its
 * own ("“…,” Trump spokesperson Ron Lieberman told the Wall Street Journal in July, after de Blasio stated an
 * interest … “…”").
 */
export function previousSentenceQuotation(tokens: QToken[], ta: number, starts: number[], lex: Lexicon): number | null {
  if (ta <= 0) return null;
  const [s] = sentenceAround(starts, Infinity, tokens[ta - 1].start);
  const ts = firstIndexAtOrAfter(tokens, s);
  const v = lastVerb(tokens, ts, ta, lex);
  for (let k = (v >= 0 ? v : ta) - 1; k >= ts; k--) if (tokens[k].quote !== undefined) return tokens[k].quote!;
  return null;
}

/**
 * The speaker a verb of saying names in an earlier sentence of the same paragraph, the nearest of up to three
 * before tokens[ta]: "…, bezweifelt Arbeitswissenschaftler Thomas Langhoff: … , schreibt er. Das habe sich …
 * gezeigt. Vielmehr nötig seien eine „massive Erhöhung der Azubiquote“": reported speech goes on with them.
 * Called where previousSentenceSpeaker found no one, so the sentence right before is not read for a verb again.
 */
export function earlierSentenceSpeaker(tokens: QToken[], ta: number, starts: number[], lex: Lexicon, people: EntityTable): Speaker | null {
  let end = ta;
  for (let n = 0; n < 3 && end > 0; n++) {
    const [s] = sentenceAround(starts, Infinity, tokens[end - 1].start);
    const ts = firstIndexAtOrAfter(tokens, s);
    if (tokens.slice(ts, end).some((t) => t.quote !== undefined)) return null;
    const v = n > 0 ? lastVerb(tokens, ts, end, lex) : -1;
    const sp = v >= 0 ? speakerAtVerb(tokens, v, ts, end, lex, people) : null;
    if (sp) return sp;
    if (ts >= end) break;
    end = ts;
  }
  return null;
}

/**
 * The person or body the actors module knows that is the subject of the sentence before, when that sentence has
 * no speech verb: "Europapolitik: Die SPD will am Kurs der EU-Erweiterung festhalten. „Wir wollen ein Europa …“".
 */
export function previousSentenceActor(tokens: QToken[], ta: number, starts: number[], lex: Lexicon, people: EntityTable): Speaker | null {
  const ts = quietSentenceBefore(tokens, ta, starts);
  if (ts === null) return null;
  // "Also bleibt er überzeugt von seinem Vorhaben … „Es wird wahrscheinlich länger dauern …“", "He remains convinced
  // … “…”": the person the sentence before is about, by a subject pronoun opening it (after the verb in German).
  for (let k = ts; k < Math.min(ta, ts + 3); k++) {
    const t = tokens[k];
    if (t.punct) break;
    const g = lex.genderMarks.get(t.lower);
    if (g && lex.pronouns.has(t.lower) && (lex.lang !== 'de' || lex.nominative.has(t.lower))) return { kind: 'pronoun', name: null, gender: g };
  }
  for (let k = ts; k < ta; k++) {
    const t = tokens[k];
    if (t.punct || !t.cap || lex.determiners.has(t.lower)) continue;
    let e = k;
    while (e < ta && (tokens[e].cap || (lex.particles.has(tokens[e].lower) && tokens[e + 1]?.cap)) && !tokens[e].punct) e++;
    const name = tokens.slice(k, e).map((x) => x.text).join(' ');
    // (Past the object's article: "De hoogleraar … aan de VU deed onderzoek" has "aan" before "de VU".)
    let pj = k - 1;
    while (pj > ts && !tokens[pj].punct && lex.determiners.has(tokens[pj].lower)) pj--;
    const prev = tokens[pj];
    // The subject: not the object of a preposition, and before the clause's first lowercase word but its determiner.
    const subject = !(prev && !prev.punct && (STOP.has(prev.lower) || lex.oblique.has(prev.lower)));
    if (subject && people.isSpeakerActor(name)) return { kind: 'name', name: people.fullName(name.split(' ')), gender: null };
    // "Die DGB-Regionen Südwestfalen, Mittelhessen … kritisieren in einer gemeinsamen Mitteilung …": a German compound
    // whose first part is a body the article names speaks for that body.
    const dash = tokens[k].text.indexOf('-');
    const body = lex.lang === 'de' && dash > 1 && /^\p{Lu}/u.test(tokens[k].text.slice(dash + 1)) ? tokens[k].text.slice(0, dash) : '';
    if (subject && body && people.isSpeakerActor(body) && !people.isPerson(body)) return { kind: 'name', name: people.fullName([body]), gender: null };
    if (tokens.slice(ts, k).some((x) => !x.punct && !x.cap && !lex.determiners.has(x.lower))) return null;
    k = e - 1;
  }
  return null;
}

/**
 * The person the article gave the role that opens the sentence before as a definite description, when that sentence
 * quotes nothing: "…, signaleert Jacquelien van Stekelenburg. De hoogleraar sociale verandering en conflict aan de VU
 * deed onderzoek naar klimaatdemonstraties. „Inmiddels is ze …”" (the professor is the one the article named last
 * with that role, not the university inside the description).
 */
export function previousSentenceRoleHolder(tokens: QToken[], ta: number, starts: number[], lex: Lexicon, people: EntityTable): Speaker | null {
  const ts = quietSentenceBefore(tokens, ta, starts);
  if (ts === null) return null;
  const det = tokens[ts], head = tokens[ts + 1];
  if (!det || !head || ts + 1 >= ta || det.punct || head.punct || !lex.determiners.has(det.lower) || lex.indefinite.has(det.lower)) return null;
  if (people.roleGender(head.text) === undefined) return null;
  const holder = people.byRole(head.text, tokens[ta - 1].start);
  return holder ? { kind: 'name', name: holder, gender: null } : null;
}

/** The first noun phrase of the sentence before tokens[ta]: its subject, as a fallback antecedent. */
export function sentenceSubject(tokens: QToken[], ta: number, starts: number[], lex: Lexicon, people: EntityTable): Speaker | null {
  if (ta <= 0) return null;
  const [s] = sentenceAround(starts, Infinity, tokens[ta - 1].start);
  let ts = firstIndexAtOrAfter(tokens, s);
  // A conjunction or an adverb opening the sentence is no part of its subject: "Maar de wethouder is …", "Ook Eva
  // Naaijkens (45) van de Alan Turingschool is geen voorstander."
  while (ts < ta - 1 && !tokens[ts].punct && (lex.coordinators.has(tokens[ts].lower) || lex.auxiliaries.has(tokens[ts].lower)) && !tokens[ts + 1].punct) ts++;
  let e = ts;
  while (e < ta && !(tokens[e].punct && tokens[e].text !== '-') && !isVerb(tokens[e], lex) && !lex.auxiliaries.has(tokens[e].lower)) e++;
  return e > ts ? readPhrase(tokens.slice(ts, e), lex, people, tokens[ts].start, false) : null;
}

/**
 * The subject of the sentence before tokens[ta] when it is a person named in full other than `carried` and that
 * sentence quotes nothing ("Directeur Sander Duisterhof van de KNSA is gerustgesteld. '…'").
 */
export function introducedSubject(tokens: QToken[], ta: number, starts: number[], lex: Lexicon, people: EntityTable, carried: string): Speaker | null {
  let subject = sentenceSubject(tokens, ta, starts, lex, people);
  // A definite role the article gives one person by name: "Maar de wethouder is van mening dat …" after "Wethouder
  // Marjolein Moorman".
  if (subject?.kind === 'role' && subject.anaphoric && subject.name && !subject.name.includes(' ')) {
    const holder = people.byRole(subject.name, tokens[ta - 1].start);
    subject = holder ? { kind: 'name', name: holder, gender: null } : null;
  }
  if (subject?.kind !== 'name' || !subject.name || subject.name === carried || !subject.name.includes(' ') || !people.isPerson(subject.name)) return null;
  return quietSentenceBefore(tokens, ta, starts) === null ? null : subject;
}

/**
 * Where the sentence before tokens[ta] starts, when there is one and it quotes nothing; else null. A fragment of one or
 * two words quoted inside it is no quotation ("Michelle Bachelet, a réclamé à la France une «enquête approfondie» …").
 */
function quietSentenceBefore(tokens: QToken[], ta: number, starts: number[]): number | null {
  if (ta <= 0) return null;
  const [st] = sentenceAround(starts, Infinity, tokens[ta - 1].start);
  const ts = firstIndexAtOrAfter(tokens, st);
  return tokens.slice(ts, ta).some((t) => t.quote !== undefined && (t.quoteWords ?? 3) >= 3) ? null : ts;
}

/**
 * A short heading line of its own that opens on a person's name, with a colon after it or nothing but an apposition
 * ("KARLA TARAZONA: POR SER FAN ENAMORADA, ME CASTIGARON" ¶ "“Por Servando y Florentino me escapé …”"; "Jane Doe, 34,
 * teacher" ¶ "“…”"): a round-up gives each voice a heading, and the quotation under it is theirs. Names printed in
 * capitals are read as names ("KARLA TARAZONA" is Karla Tarazona); a heading that ends a sentence is a paragraph, not
 * a heading, and a label ("UPDATE:", "Analyse:") opens on no name.
 */
export function headingSpeaker(text: string, people: EntityTable): string | null {
  const line = text.trim();
  if (/[.!?…]$/u.test(line) || /["“”„«»‘’]/u.test(line)) return null;
  const tokens = tokenize(line);
  if (tokens.length > 16) return null;
  let k = 0;
  while (k < tokens.length && k < 4 && !tokens[k].punct && tokens[k].cap) k++;
  if (k === 0) return null;
  const name = tokens.slice(0, k).map((t) => (/^\p{Lu}+$/u.test(t.text) && t.text.length > 1 ? t.text[0] + t.text.slice(1).toLowerCase() : t.text));
  const after = tokens[k]?.text;
  const full = people.fullName(name);
  // A name the article gives elsewhere, or a given name and a surname.
  const elsewhere = people.knownName(name[name.length - 1]) && people.isPerson(full);
  const shaped = people.personShaped(name) || (name.length >= 2 && elsewhere);
  // (Without a colon, a heading in capitals may be a title that opens on a first name, "KARINA MAMÁ PODEROSA": only a
  // name printed as a name, or one the article names elsewhere.)
  const capitals = tokens.slice(0, k).every((t) => /^\p{Lu}+$/u.test(t.text));
  if (after === ':' ? !(shaped || (name.length === 1 && elsewhere)) : !((after === ',' || after === undefined) && shaped && (!capitals || elsewhere))) return null;
  return full;
}
