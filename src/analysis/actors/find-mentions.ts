// Mentions of people, organisations and places in one sentence. A run of capitalised words is cut
// into names by evidence, never by capitalisation alone (German capitalises every noun): a first name
// starts a person; a role noun or title before a name makes it a person and is kept as the role; a
// country, region or well-known organisation is looked up; an acronym, a legal-form suffix or an
// institution noun makes an organisation. Whatever is left is a "bare" capitalised word, which only
// counts where it matches a name found with evidence ("Stoltenberg" after "Jens Stoltenberg").
import type { ActorKind } from '../types';
import type { Token } from './tokens';
import type { Lexicon } from './lexicon';
import { isFirstName } from './first-names';
import { findRole } from './find-role';
import { nameKey } from './name-key';

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
  /** Acronym written in brackets right after the name: "Wiener Zentrum für Migrationspolitik (ICMPD)". */
  acronym?: string;
}

export interface Context {
  lex: Lexicon;
  /** Words seen capitalised away from a sentence start somewhere in the article (non-German evidence). */
  midCaps: Set<string>;
  /** Find names in this text (false for a Title Case English headline: there only known names count). */
  spans: boolean;
}

const GERMAN_ADJECTIVE = /^(?:\p{Lu}\p{Ll}*(?:isch|lich|ig|st|ß|eiß|ot|ereinigt|ereint|eu|ber)(?:e|en|er|es|em)|Oberste[rnsm]?|Vereinigte[nrs]?|Vereinte[nrs]?|Weiße[nrs]?|Rote[nrs]?)$/u;

const isWord = (t: Token | undefined): t is Token => !!t && t.word;

function gazetteerAt(tokens: Token[], idx: number[], k: number, lex: Lexicon): { n: number; id: string; kind: 'place' | 'organization'; canonical: string } | null {
  const { entries, maxWords } = lex.gazetteer;
  for (let n = Math.min(maxWords, idx.length - k); n >= 1; n--) {
    const words = idx.slice(k, k + n).map((i) => tokens[i].text);
    const hit = entries.get(nameKey(words, lex.lang));
    if (hit) return { n, ...hit };
  }
  return null;
}

/** A word that can continue a person's name after the first name. */
function nameWord(t: Token, lex: Lexicon): boolean {
  return t.cap && !t.acronym && !lex.isRoleNoun(t.text) && !lex.isNonName(t.text) && !lex.isOrgHead(t.text)
    && !lex.isFunctionWord(t.text) && !lex.isTitle(t.text);
}

export function findMentions(tokens: Token[], ctx: Context): Mention[] {
  const out: Mention[] = [];
  const { lex } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.word || !t.cap) { i++; continue; }
    // The run: capitalised words, joined by connectors ("für", "of", "de la") and particles ("von der")
    // when a capitalised word follows, by an initial's or a title's full stop, and (Romance) by the
    // adjective of an institution ("Union européenne").
    const idx = [i];
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      const last = tokens[idx[idx.length - 1]];
      if (/['’]s?$/u.test(last.text) && last.text.length > 2 && lex.lang === 'en') break; // "Sweden's Minister": the possessive ends a name
      if (u.word && u.cap) { idx.push(j); j++; continue; }
      if (u.text === '.' && isWord(tokens[j + 1]) && tokens[j + 1].cap && (lex.isTitle(last.text) || lex.isRoleNoun(last.text) || /^\p{Lu}$/u.test(last.text))) { j++; continue; }
      if (u.word && !u.cap && lex.isOrgAdjective(u.text) && lex.isOrgHead(tokens[idx[0]].text)) { idx.push(j); j++; continue; }
      if (u.word && (lex.connectors.has(u.text.toLowerCase()) || lex.isParticle(u.text))) {
        let k = j;
        while (k < tokens.length && k - j < 3 && tokens[k].word && !tokens[k].cap
          && (lex.connectors.has(tokens[k].text.toLowerCase()) || lex.isParticle(tokens[k].text))) k++;
        if (isWord(tokens[k]) && tokens[k].cap) { for (let m = j; m <= k; m++) if (tokens[m].word) idx.push(m); j = k + 1; continue; }
      }
      break;
    }
    if (ctx.spans) parseRun(tokens, idx, ctx, out);
    else bareWords(tokens, idx, ctx, out);
    i = j;
  }
  return out;
}

/** Each word of a run as a bare mention (matched later against names found with evidence). */
function bareWords(tokens: Token[], idx: number[], ctx: Context, out: Mention[]) {
  for (let k = 0; k < idx.length;) {
    const g = gazetteerAt(tokens, idx, k, ctx.lex);
    if (g) {
      out.push({ words: idx.slice(k, k + g.n).map((i) => tokens[i].text), kind: g.kind, evidence: 'gazetteer', id: g.id, canonical: g.canonical, role: null, afterPlacePreposition: false });
      k += g.n;
      continue;
    }
    const t = tokens[idx[k]];
    if (t.cap) out.push({ words: [t.text], kind: null, evidence: t.acronym ? 'acronym' : 'bare', role: null, afterPlacePreposition: false });
    k++;
  }
}

function parseRun(tokens: Token[], idx: number[], ctx: Context, out: Mention[]) {
  const { lex } = ctx;
  const word = (k: number) => tokens[idx[k]];
  const prepBefore = (k: number) => {
    const p = tokens[idx[k] - 1];
    return !!p && p.word && lex.isPlacePreposition(p.text);
  };
  const push = (from: number, to: number, m: Omit<Mention, 'words' | 'role' | 'afterPlacePreposition'>, role: string | null = null) => {
    const words = idx.slice(from, to).map((i) => tokens[i].text);
    // A bracketed acronym right after the name is its short form: "(EKD)", "(ICMPD)".
    const after = idx[to - 1] + 1;
    const acronym = tokens[after]?.text === '(' && tokens[after + 1]?.acronym && tokens[after + 2]?.text === ')' ? tokens[after + 1].text : undefined;
    out.push({ words, role, afterPlacePreposition: prepBefore(from), acronym, ...m });
  };

  let s = 0;
  // A sentence-initial word proves nothing: drop it when it is a function word, and in German (or
  // when it is never capitalised elsewhere) unless it is a known name, a first name or a role.
  if (word(0).initial) {
    const w = word(0);
    const known = isFirstName(w.text) || gazetteerAt(tokens, idx, 0, lex) || w.acronym || lex.isRoleNoun(w.text) || lex.isTitle(w.text)
      || lex.isPeerTitle(w.text) || (lex.lang !== 'de' && ctx.midCaps.has(w.text));
    if (lex.isFunctionWord(w.text) || lex.isNonName(w.text) || (!known && idx.length > 1)) s = 1;
    else if (!known) { bareWords(tokens, idx, ctx, out); return; }
  }
  while (s < idx.length && !word(s).cap) s++;

  // Role words and titles at the start of the run, before a name: "Swedish Prime Minister Ulf Kristersson",
  // "Nato-Generalsekretär Jens Stoltenberg", "Mr Lammy". They are evidence of a person, not part of the name.
  let prefixEnd = s;
  for (let k = s; k < idx.length - 1; k++) {
    const w = word(k);
    if (isFirstName(w.text) && !lex.isRoleNoun(w.text) && !lex.isTitle(w.text)) break;
    if (lex.isRoleNoun(w.text) || lex.isTitle(w.text) || (k + 1 < idx.length && lex.isRolePair(w.text, word(k + 1).text))) {
      prefixEnd = k + 1;
      if (lex.isRolePair(w.text, word(k + 1).text)) { prefixEnd = k + 2; k++; }
    } else if (!w.cap) break;
  }
  const personCue = prefixEnd > s;

  for (let k = prefixEnd; k < idx.length;) {
    const w = word(k);
    if (!w.cap || lex.isNonName(w.text) || lex.isTitle(w.text) || lex.isRoleNoun(w.text) || lex.isFunctionWord(w.text) && k === s) {
      k++;
      continue;
    }
    // A person: a first name followed by name words, with particles ("Ursula von der Leyen").
    const next = idx[k + 1] !== undefined ? word(k + 1) : undefined;
    const peer = lex.isPeerTitle(w.text);
    if ((isFirstName(w.text) || peer) && next && (nameWord(next, lex) || lex.isParticle(next.text))
      && !(gazetteerAt(tokens, idx, k, lex) && gazetteerAt(tokens, idx, k + 1, lex))) {
      let e = k + 1;
      let sawSurname = false;
      while (e < idx.length && e - k < 5) {
        const u = word(e);
        if (!u.cap && lex.isParticle(u.text) && !sawSurname) { e++; continue; }
        if (!u.cap) break;
        if (!nameWord(u, lex) && !(lex.isParticle(u.text))) break;
        if (sawSurname && isFirstName(u.text) && !isFirstName(word(e - 1).text)) break; // "… Weaver West": a new name
        if (!isFirstName(u.text)) sawSurname = true;
        e++;
      }
      while (e > k + 1 && !word(e - 1).cap) e--;
      const role = findRole(tokens, idx[k], idx[e - 1] + 1, lex);
      push(k, e, { kind: 'person', evidence: peer ? 'title' : 'first-name' }, role);
      k = e;
      continue;
    }
    const g = gazetteerAt(tokens, idx, k, lex);
    if (g) {
      push(k, k + g.n, { kind: g.kind, evidence: 'gazetteer', id: g.id, canonical: g.canonical });
      k += g.n;
      continue;
    }
    if (w.acronym) {
      push(k, k + 1, { kind: 'organization', evidence: 'acronym' });
      k++;
      continue;
    }
    // Hyphenated compounds: "UN-Sicherheitsrat" is an organisation; "Nato-Staaten" and
    // "Nato-Generalsekretär" only mention Nato, which the counting pass picks up.
    if (w.text.includes('-') && k + 1 === idx.length) {
      const parts = w.text.split('-');
      const first = parts[0];
      if (/^\p{Lu}[\p{Lu}\d]+$/u.test(first) && lex.isOrgHead(parts[parts.length - 1]) && !lex.isRoleNoun(parts[parts.length - 1])) {
        push(k, k + 1, { kind: 'organization', evidence: 'org' });
      }
      k++;
      continue;
    }
    // Institutions: a head noun ("Comisión Europea", "Labour Party", "Europäische Kommission") or a legal form.
    const rest = idx.length - k;
    const orgEnd = orgSpan(tokens, idx, k, lex);
    if (orgEnd > k) {
      push(k, orgEnd, { kind: 'organization', evidence: 'org' });
      k = orgEnd;
      continue;
    }
    if (lex.lang === 'de' && rest >= 2 && GERMAN_ADJECTIVE.test(w.text) && word(k + 1).cap) {
      push(k, k + 2, { kind: 'organization', evidence: 'adjective-org' });
      k += 2;
      continue;
    }
    // What is left: a person's name after a role or title ("Rapper Haftbefehl", "Präsidentin Annekathrin Preidel").
    if (personCue && k === prefixEnd) {
      let e = k;
      while (e < idx.length && e - k < 4 && (nameWord(word(e), lex) || (!word(e).cap && lex.isParticle(word(e).text)))) e++;
      while (e > k + 1 && !word(e - 1).cap) e--;
      if (e > k) {
        const role = findRole(tokens, idx[k], idx[e - 1] + 1, lex);
        push(k, e, { kind: 'person', evidence: 'role' }, role);
        k = e;
        continue;
      }
    }
    // Outside German a capitalised run away from the sentence start is a name of some kind.
    if (lex.lang !== 'de') {
      let e = k;
      while (e < idx.length && !lex.isRoleNoun(word(e).text) && !lex.isNonName(word(e).text)) e++;
      while (e > k && !word(e - 1).cap) e--;
      if (e > k) {
        push(k, e, { kind: null, evidence: 'bare' });
        k = e;
        continue;
      }
    }
    out.push({ words: [w.text], kind: null, evidence: 'bare', role: null, afterPlacePreposition: prepBefore(k) });
    k++;
  }
}

/** End (exclusive, in run positions) of an institution name starting at k, or k when there is none. */
function orgSpan(tokens: Token[], idx: number[], k: number, lex: Lexicon): number {
  const w = (n: number) => tokens[idx[n]];
  if (lex.lang === 'fr' || lex.lang === 'es' || lex.lang === 'it') {
    // Romance: the head comes first and takes the rest of the run ("Tribunal Supremo", "Consejo de Europa").
    if (lex.isOrgHead(w(k).text) && (idx.length - k > 1)) return idx.length;
  }
  // English, Dutch, German: the head or legal form ends the name ("Montana Freedom Caucus", "Saxo Bank",
  // "Europäische Kommission", "Wiener Zentrum für Migrationspolitik").
  let end = k;
  for (let n = k; n < idx.length; n++) {
    if (!w(n).cap) continue;
    if ((lex.isOrgHead(w(n).text) || lex.isOrgSuffix(w(n).text)) && n > k) end = n + 1;
  }
  // "Zentrum für Migrationspolitik": a head followed by a connector keeps what the connector joins.
  if (end > k && end < idx.length && !w(end).cap) end = idx.length;
  if (end > k && lex.lang === 'de') {
    // German needs more than a noun before the head: "Wiener Zentrum", "Oberster Verteidigungsrat", not "Kinder Teil".
    if (!/(?:er|e|en|es|isch\p{L}*)$/u.test(w(k).text)) return k;
  }
  return end;
}
