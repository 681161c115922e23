// Orders actors by importance once the quotes are known: named in the headline, in the deck or lead,
// often, and speaking in quotes. The popup shows the first 8.
import type { Actor, Quote } from '../types';
import type { ArticleText } from '../article-text';
import { articleSentences } from './article-sentences';
import { countMentions, type MentionStats } from './count-mentions';
import { nameKey } from './name-key';
import { addSpeakerRoles } from './speaker-roles';
import { oneRole } from './one-role';
import { roleOfGender } from './role-gender';
import { lexicon } from './lexicon';

// Being quoted at all puts a person among those a reader must know (a body or place gains nothing: it is named
// often enough where it matters): on the 196 labelled pages of session 12 must-actor recall rose .819 -> .828,
// precision .885 -> .891.
const QUOTED = 1;
// A person the article introduces by a role ("US Commerce Secretary Gina Raimondo", "Laurie Locascio, director of
// …") is one the reader is meant to know, even when named once: the role weighs about as much as being quoted.
// Fitted on the 315 labelled pages of session 21 (role weight 0.25 -> 1.5, a grid of two weights checked on each
// half of the pages): must-actor recall .833 -> .838, precision .886 -> .890, roles .703 -> .737.
// What the headline names still leads (its weight 3 -> 4.5, neutral on those figures from 3.5 to 5): the role must not lift a person
// of the deck above the headline's subject.
const ROLE = 1.5;
export interface RankedActor { actor: Actor; score: number; stats: MentionStats; quotes: number }

/** Each actor with its importance score and the signals behind it, most important first. */
export function scoreActors(actors: Actor[], quotes: Quote[], article: ArticleText): RankedActor[] {
  if (!actors.length) return [];
  const lang = (article.lang || 'en').slice(0, 2);
  const stats = countMentions(actors, articleSentences(article), lang);
  const speakerKey = (s: string) => nameKey(s.split(/\s+/), lang);
  const spoken = new Map<string, number>();
  for (const q of quotes) if (q.speaker) spoken.set(speakerKey(q.speaker), (spoken.get(speakerKey(q.speaker)) ?? 0) + 1);
  const scored = actors.map((a, i) => {
    const st = stats[i];
    const mentions = Math.max(st.total, a.mentions);
    const quotesBy = spoken.get(speakerKey(a.name)) ?? 0;
    // Presence in the headline, deck and lead counts once each; mentions with diminishing returns.
    const signals = 4.5 * Math.min(st.headline, 1) + 1.5 * Math.min(st.deck, 1) + Math.min(st.lead, 1)
      + 2.5 * Math.log(1 + mentions + 0.5 * st.compounds) + 0.75 * Math.log(1 + quotesBy) + (quotesBy && a.kind === 'person' ? QUOTED : 0) + (a.role ? ROLE : 0)
      // The actors a reader must know are mostly people: a person edges out a place or body named about as often
      // (on 69 labelled pages of six languages must-actor recall rose, the order the headline sets held).
      + (a.kind === 'person' ? 0.5 : 0);
    // Whoever wrote the article is not one of its actors, though its closing note names them ("Manuela Conrad ist
    // ZDF-Reporterin für …"): unless quoted, the byline's names go last.
    const score = a.kind === 'person' && !quotesBy && wroteIt(a.name, article.byline) ? signals - 100 : signals;
    return { actor: a, i, score, stats: st, quotes: quotesBy };
  });
  scored.sort((x, y) => y.score - x.score || x.stats.first - y.stats.first || x.i - y.i);
  return scored.map(({ actor, score, stats: st, quotes: q }) => ({ actor, score, stats: st, quotes: q }));
}

/** The name stands whole in the byline ("Ernesto Londoño" in "Ernesto Londoño and Letícia Casado"). */
function wroteIt(name: string, byline: string | null | undefined): boolean {
  if (!byline || !name.includes(' ')) return false;
  const at = byline.toLowerCase().indexOf(name.toLowerCase());
  return at >= 0 && !/\p{L}/u.test(byline[at - 1] ?? '') && !/\p{L}/u.test(byline[at + name.length] ?? '');
}

export function rankActors(actors: Actor[], quotes: Quote[], article: ArticleText, appositions = new Map<string, string>()): Actor[] {
  // Whoever speaks is an actor of the story, even one the name rules missed ("dice Taty Almeida", a first name no
  // list holds): one table of the article's people for quotes and actors.
  addSpeakers(actors, quotes, (article.lang || 'en').slice(0, 2), appositions);
  // The attributions name roles too ("sagte der Tessiner Ständerat"): known only now the speakers are.
  addSpeakerRoles(actors, quotes, article);
  const lex = lexicon(article.lang || 'en');
  for (const a of actors) {
    if (a.role && a.kind === 'person') a.role = roleOfGender(a.role, a.name, lex);
    if (a.role) a.role = oneRole(a.role, lex);
  }
  return scoreActors(actors, quotes, article).map((r) => r.actor);
}

/**
 * Adds the speakers of quotations that no actor stands for: a name of two to four capitalised words (no role
 * phrase, no possessive), as a person. An actor already known by the same last word holds it.
 */
function addSpeakers(actors: Actor[], quotes: Quote[], lang: string, appositions: Map<string, string>): void {
  const known = new Set<string>();
  for (const a of actors) for (const f of [a.name, ...(a.aliases ?? [])]) {
    known.add(nameKey(f.split(/\s+/), lang));
    if (a.kind === 'person') known.add(nameKey([f.split(/\s+/).pop()!], lang));
  }
  for (const q of quotes) {
    const words = q.speaker?.split(/\s+/) ?? [];
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}\p{M}.’'-]*$/u.test(w)) || /['’]s$/u.test(q.speaker!)) continue;
    if (known.has(nameKey(words, lang)) || known.has(nameKey([words[words.length - 1]], lang))) continue;
    actors.push({ name: q.speaker!, kind: 'person', role: appositions.get(nameKey(words, lang)) ?? null, mentions: 1, aliases: [words[words.length - 1]] });
    known.add(nameKey(words, lang));
    known.add(nameKey([words[words.length - 1]], lang));
  }
}
