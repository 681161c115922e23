// Stage 4 of the quotation steps: the speaker phrase of a frame resolved to a name. A name stands for the fullest
// form the article gives it; a pronoun, and a definite role nobody holds by name, for the nearest earlier subject
// that can be that person (discourse.ts); a role for the person the article gives it; a spokesperson for the body
// named last. A quotation with no frame at all takes the chain of the quotations before it (find-quotes.ts).
import type { Gender } from './lexicon';
import type { EntityTable } from './entity-table';
import type { Speaker } from './speaker-phrase';

/** A speaker phrase to a name: pronouns take the last speaker of their gender, roles stay as printed. */
export function resolveSpeaker(s: Speaker, last: { name: string; gender: Gender | null; at: number } | null, people: EntityTable, at: number, subject: () => Speaker | null, pronoun: (g: Gender | null) => string | null, bodySubject: () => string | null = () => null): string | null {
  if (s.kind === 'name') return s.name;
  // A pronoun takes up the nearest earlier subject that can be that person (discourse.ts).
  if (s.kind === 'pronoun') {
    const taken = pronoun(s.gender);
    if (taken) return taken;
  }
  // "The Food Standards Agency warned people …. “…,” it said": the body the sentence before is about; a thing otherwise.
  if (s.neuter) return bodySubject();
  const fits = (g: Gender | null) => !s.gender || !g || s.gender === g;
  // "ein Sprecher", "Einer der Feuerwehrmänner", "die Polizei": a new speaker, not the last one again.
  if (s.kind === 'role' && s.spokesperson) return people.organisationBefore(at) ?? s.name;
  if (s.kind === 'role' && !s.anaphoric) return s.name;
  // "écrit Le Canard enchaîné": a definite phrase with no role noun whose head is capitalised is a name (a paper, a
  // body), not a description of someone named before. (German capitalises every noun, "die Veranstalter"; English
  // capitalises demonyms and parties, "the Texan", "the Republican", and its readers cut "the Washington Post" short.)
  if (s.kind === 'role' && s.generic && people.lang !== 'de' && people.lang !== 'en' && /^\p{Lu}/u.test(s.name ?? '')) return s.name;
  // "Streeck äußerte zugleich Sorge … . „…“, sagte der CDU-Politiker": a person the actors module knows, subject
  // of the sentence before in the same paragraph, is whom a definite role takes up, before the last speaker of an
  // earlier paragraph. (Pronouns keep the last speaker: on quotes-de that reads better.)
  const near = subject();
  // (A role that shows its gender, "the actress", takes up only a subject that shows the same one.)
  const nearGender = near?.kind === 'name' && near.name ? near.gender ?? people.genderOf(near.name) : null;
  if (s.kind === 'role' && near?.kind === 'name' && near.name && people.isPerson(near.name) && fits(nearGender) && (!s.nounGender || nearGender)) return near.name;
  // A definite role no one in the article holds by that name ("dijo el jefe de Gobierno polaco" after "El primer
  // ministro polaco, … Donald Tusk, anunció …") takes up the nearest earlier subject, as a pronoun would.
  if (s.kind === 'role') {
    // "… en présence du secrétaire d’Etat, Rex Tillerson. … le chef de la diplomatie américaine avait déclaré": a
    // definite role takes up the person named last before it with a role of their own, before an older subject.
    const named = people.personBefore(at, s.gender, s.nounGender);
    // (Not a body's office: "the prosecutor’s office said" speaks for the office, not for a person named before.)
    if (named && people.holdsRole(named) && !/['’]s\b/u.test(s.name ?? '')) return named;
    const taken = pronoun(s.gender);
    if (taken) return taken;
  }
  // "Lehrer Rejhan Nisic moderiert. „…“, erklärt er." after quotations of Andreas Heller: a pronoun takes up the one
  // person named since the last quotation, when the last speaker has not been named again since.
  if (s.kind === 'pronoun' && last) {
    const since = people.personsNamedBetween(last.at, at).filter((n) => fits(people.genderOf(n)));
    if (since.length === 1 && since[0] !== last.name && !people.personsNamedBetween(last.at, at, true).includes(last.name)) return since[0];
  }
  if (last && fits(last.gender)) return last.name;
  // A definite role whose gender the language marks ("die Synodalpräsidentin") with no speaker before it:
  // the nearest person of that gender named earlier whom the actors module lists, else the role as printed.
  if (s.kind === 'role') {
    const before = s.anaphoric && s.gender ? people.personBefore(at, s.gender, s.nounGender) : null;
    return before && people.isPerson(before) ? before : s.name;
  }
  // No speaker yet: the subject of the sentence before ("Der behandelnde Arzt … hat sich geäußert. Er sagte: …").
  const prev = subject();
  // Only a role or a name the actors module confirms: "Among Zephyr’s constituents …" opens no subject.
  if (prev && ((prev.kind === 'role' && !prev.generic) || (prev.kind === 'name' && prev.name && people.isSpeakerActor(prev.name))) && fits(prev.gender)) return prev.name;
  // "Sen. Lindsey Graham … ¶ Graham said, “…” ¶ He continued, “…”": the last speaker of the paragraph before goes on, though
  // the first-name lists give the other gender, when the article never told it and names no one of the pronoun's gender
  // since: a name from the lists is a guess, someone named before that quotation is further back than the chain.
  if (s.kind === 'pronoun' && s.gender && last && !people.toldGender(last.name)
    && !people.personsNamedBetween(last.at, at).some((n) => n !== last.name && people.genderOf(n) !== (s.gender === 'male' ? 'female' : 'male'))) return last.name;
  // The nearest person named before ("Medrano said; … “…,” he said"), of the pronoun's gender where both are known.
  return people.personBefore(at, s.gender) ?? last?.name ?? null;
}
