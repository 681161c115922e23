// A quote's attribution often gives its speaker a role the article states nowhere else: "«Es kommen zu
// viele und es kommen die Falschen» sagte der Tessiner Ständerat", "…," said the agency's director. Once
// the quotes are resolved to their speakers, the description right after a quote's closing mark (an
// optional comma, a speech verb, a definite article and a role noun) becomes that speaker's role when
// they have none, or their second one when it names another function.
import type { Actor, Quote } from '../types';
import type { ArticleText } from '../article-text';
import { lexicon, type Lexicon } from './lexicon';
import { sameBody } from './one-role';
import { openingDescription } from './find-role';
import { nameKey } from './name-key';
import { tokenize } from './tokens';

const DEFINITE = new Set(['der', 'die', 'the', 'le', 'la', 'el', 'il', 'lo', 'de', 'het', 'l’', "l'"]);
const CLOSE = /^[\s"“”»«’‘‹›]+/u;

/** The role described right after the quote at `at` in `paragraph`, or null. */
function describedAfter(paragraph: string, at: number, length: number, lex: Lexicon): string | null {
  const rest = paragraph.slice(at + length).replace(CLOSE, '');
  // Up to the end of the sentence: the attribution is short.
  const clause = rest.match(/^[^.!?;:„“”«»"]{0,120}/u)?.[0] ?? '';
  const tokens = tokenize(clause, lex.lang);
  let k = 0;
  if (tokens[k]?.text === ',') k++;
  // "a déclaré", "ha detto": an auxiliary before the verb of saying.
  if (tokens[k]?.word && (lex.isAuxiliary(tokens[k].text) || lex.isSpeechAuxiliary(tokens[k].text)) && tokens[k + 1]?.word && lex.isSpeechVerb(tokens[k + 1].text)) k++;
  if (!tokens[k]?.word || !lex.isSpeechVerb(tokens[k].text)) return null;
  k++;
  // "a déclaré jeudi le ministre …", "aggiunge tagliente la capogruppo …": a word or two (a day, an adverb) between.
  for (let n = 0; n < 2 && tokens[k]?.word && !DEFINITE.has(tokens[k].text.toLowerCase()) && tokens[k + 1]?.word; n++) {
    if (lex.isFunctionWord(tokens[k].text) || lex.isSubjectPronoun(tokens[k].text)) return null;
    k++;
  }
  if (!tokens[k] || !DEFINITE.has(tokens[k].text.toLowerCase())) return null;
  return openingDescription(tokens.slice(k), lex);
}

export function addSpeakerRoles(actors: Actor[], quotes: Quote[], article: ArticleText): void {
  const lex = lexicon(article.lang || 'en');
  const lang = lex.lang;
  const byKey = new Map<string, Actor>();
  for (const a of actors) if (a.kind === 'person') byKey.set(nameKey(a.name.split(/\s+/), lang), a);
  for (const q of quotes) {
    if (!q.speaker || q.text.length < 2) continue;
    const actor = byKey.get(nameKey(q.speaker.split(/\s+/), lang));
    if (!actor || (actor.role ?? '').includes(',')) continue;
    const paragraph = article.paragraphs.find((p) => p.includes(q.text));
    if (!paragraph) continue;
    const role = describedAfter(paragraph, paragraph.indexOf(q.text), q.text.length, lex);
    if (!role) continue;
    const head = (r: string) => r.toLowerCase().split(/[\s,]+/).filter((w) => lex.isRoleNoun(w)).pop();
    if (!actor.role) actor.role = role;
    // (A bare role noun refers back to the speaker, as in described-roles.ts; only a qualified one adds a function to
    // an office: "escribe el Pontífice" about the "Papa" adds nothing.)
    else if ((/\s/u.test(role.trim()) || !head(actor.role)) && head(role) !== head(actor.role) && !actor.role.toLowerCase().includes(role.toLowerCase()) && !sameBody(role, actor.role, lex)) actor.role = `${actor.role}, ${role}`;
  }
}
