// Turns the mentions of an article into actors: forms of one name meet under one key ("Nato"/"NATO",
// "Estland"/"Estlands", all names of one country), a surname or a later part of a person's name joins
// the person ("Stoltenberg", "García Ortiz", "von der Leyen"), so does a first name used alone
// ("Donna"), a bracketed acronym or one made of the initials joins its institution ("EKD", "UE"),
// and bare capitalised words join whatever they name.
import type { ActorKind } from '../types';
import type { Lexicon } from './lexicon';
import type { Evidence, Mention } from './find-mentions';
import { nameKey, stripPossessive } from './name-key';
import { isFirstName } from './first-names';
import { joinWords } from './tokens';
import orgData from '../data/actor-org-patterns.json';

const NAMED_BEFORE_HEAD = orgData.namedBeforeHead as Record<string, string[]>;

export interface Group {
  key: string;
  kind: ActorKind | null;
  evidence: Set<Evidence>;
  forms: Map<string, number>;
  canonical?: string;
  roles: string[];
  mentions: number;
  /** Mentions away from a sentence start. */
  nonInitial: number;
  placePrepositions: number;
  /** Mentions in a list with known places ("Dallas, Tulsa and Omaha"). */
  listedWithPlace: number;
  /** German: mentions after an article or determiner, and after an article-less place preposition ("in Lienz"). */
  afterArticle: number;
  afterBarePreposition: number;
  /** Mentions that are a word of a role ("Premier ministre", "ministre de la Santé"): see find-actors.ts. */
  inRole: number;
  /** Named as a quoted title. */
  title?: boolean;
  /** Keys of the other forms under which this group is known (surname, acronym …). */
  aliasKeys: Set<string>;
}

const EVIDENCE_ORDER: Evidence[] = ['first-name', 'title', 'role', 'gazetteer', 'acronym', 'org', 'adjective-org', 'bare'];

function surfaceForm(words: string[]): string {
  const w = [...words];
  w[w.length - 1] = stripPossessive(w[w.length - 1]);
  return joinWords(w);
}

const initials = (words: string[]) => words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

export function mergeMentions(mentions: Mention[], lex: Lexicon): Group[] {
  const groups = new Map<string, Group>();
  const key = (words: string[]) => nameKey(words, lex.lang);
  const add = (g: Group, m: Mention) => {
    if (m.title) g.title = true;
    const form = surfaceForm(m.words);
    g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
    g.mentions++;
    if (!m.initial) g.nonInitial++;
    g.evidence.add(m.evidence);
    if (m.role) g.roles.push(m.role);
    if (m.afterPlacePreposition) g.placePrepositions++;
    if (m.inRole) g.inRole++;
    if (m.listedWithPlace) g.listedWithPlace++;
    if (m.afterArticle) g.afterArticle++;
    if (m.afterBarePreposition) g.afterBarePreposition++;
    if (m.acronym) g.aliasKeys.add(key([m.acronym]));
  };
  const open = (k: string, m: Mention): Group => {
    let g = groups.get(k);
    if (!g) {
      g = { key: k, kind: m.kind, evidence: new Set(), forms: new Map(), canonical: m.canonical, roles: [], mentions: 0, nonInitial: 0, placePrepositions: 0, listedWithPlace: 0, afterArticle: 0, afterBarePreposition: 0, inRole: 0, aliasKeys: new Set() };
      groups.set(k, g);
    }
    if (!g.kind && m.kind) g.kind = m.kind;
    return g;
  };
  const absorb = (into: Group, g: Group) => {
    for (const [f, c] of g.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + c);
    into.mentions += g.mentions;
    into.nonInitial += g.nonInitial;
    into.roles.push(...g.roles);
    for (const e of g.evidence) into.evidence.add(e);
    groups.delete(g.key);
  };

  // A "first name" that starts three or more different names is a brand or a series, not a person:
  // "Galaxy Ring", "Galaxy Buds", "Galaxy Z Fold". Those mentions lose their evidence.
  // (Not where the article gives one of them a role: three people named Miguel, one "primer secretario", are people.)
  const seconds = new Map<string, Set<string>>();
  const roled = new Set<string>();
  for (const m of mentions) if (m.role && m.kind === 'person') roled.add(key([m.words[0]]));
  for (const m of mentions) {
    if (m.evidence !== 'first-name' || roled.has(key([m.words[0]]))) continue;
    const f = key([m.words[0]]);
    if (!seconds.has(f)) seconds.set(f, new Set());
    // (By the word after the first name: "Miguel Díaz-Canel" and "Miguel Díaz-Canel Bermúdez" are one name.)
    seconds.get(f)!.add(key(m.words.slice(1, 2)));
  }
  for (const m of mentions) {
    if (m.evidence === 'first-name' && (seconds.get(key([m.words[0]]))?.size ?? 0) >= 3) { m.evidence = 'bare'; m.kind = null; m.role = null; }
  }

  // 1. Names found with evidence. A person with a middle name ("Donald J. Trump") keys on first and last, unless
  // the article gives that first and last name with two different middle names: "Juan Orlando Hernández" and his
  // brother "Juan Antonio Hernández" are two people.
  const middle = (m: Mention) => m.kind === 'person' && m.words.length === 3 && !m.words.some((w) => lex.isParticle(w)) && !/^\p{Lu}\.?$/u.test(m.words[1]);
  const middles = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.evidence === 'bare' || !middle(m)) continue;
    const fl = key([m.words[0], m.words[2]]);
    if (!middles.has(fl)) middles.set(fl, new Set());
    middles.get(fl)!.add(key([m.words[1]]));
  }
  for (const m of mentions) {
    if (m.evidence === 'bare') continue;
    const firstLast = key([m.words[0], m.words[m.words.length - 1]]);
    const k = m.id ?? (m.kind === 'person' && m.words.length > 2 && !m.words.some((w) => lex.isParticle(w)) && !(middle(m) && (middles.get(firstLast)?.size ?? 0) > 1)
      ? firstLast : key(m.words));
    add(open(k, m), m);
  }

  // 2. The shorter forms under which the groups are known. Where two groups claim one form
  // ("Starmer" for Keir and Lady Starmer), the more often named one keeps it.
  const owners = new Map<string, Group>();
  const firstNames = new Map<string, Group | null>();
  const claim = (k: string, g: Group) => {
    const prev = owners.get(k);
    if (!prev || prev.mentions < g.mentions) owners.set(k, g);
  };
  for (const g of groups.values()) {
    for (const form of g.forms.keys()) {
      const words = form.split(' ');
      if (g.kind === 'person' && words.length > 1) {
        // Every tail of the name ("Stoltenberg", "García Ortiz", "von der Leyen") and, for Spanish
        // double surnames, the first surname ("García"). A generational suffix ("Carlineo Jr") comes off:
        // the article goes on with the surname alone.
        const tails = lex.isNameSuffix(words[words.length - 1]) && words.length > 2 ? [words, words.slice(0, -1)] : [words];
        for (const w of tails) for (let n = 1; n < w.length; n++) if (/^\p{Lu}/u.test(w[n]) || lex.isParticle(w[n])) claim(key(w.slice(n)), g);
        if (words.length >= 3 && !words.some((w) => lex.isParticle(w))) claim(key([words[1]]), g);
        // The name without its second surname: "Miguel Díaz-Canel" for "Miguel Díaz-Canel Bermúdez".
        if (words.length >= 3 && isFirstName(words[0]) && !isFirstName(words[1]) && !words.some((w) => lex.isParticle(w) || lex.isNameSuffix(w))) claim(key(words.slice(0, -1)), g);
        // A German name met only in the genitive ("Hillary Clintons Verweis") is named by its base later ("laut Clinton").
        const last = words[words.length - 1];
        if (lex.lang === 'de' && /\p{Ll}[^s]s$/u.test(last)) claim(key([last.slice(0, -1)]), g);
        const f = key([words[0]]);
        firstNames.set(f, firstNames.has(f) && firstNames.get(f) !== g ? null : g);
      }
      if (g.kind === 'organization' && words.length > 1) {
        const acr = initials(words);
        if (acr.length > 1) claim(key([acr]), g);
        // The head alone, as the article goes on: "Kommission" for "Europäische Kommission", "Comisión" for "Comisión Europea".
        if (lex.lang === 'de') claim(key([words[words.length - 1]]), g);
        // "Freedom Caucus" for "Montana Freedom Caucus".
        if (lex.lang === 'en') for (let n = 1; n < words.length - 1; n++) claim(key(words.slice(n)), g);
        // "Republican" for "Republican Party": a party is named by the words before its head.
        if (NAMED_BEFORE_HEAD[lex.lang]?.includes(words[words.length - 1].toLowerCase())) claim(key(words.slice(0, -1)), g);
        if (lex.lang === 'fr' || lex.lang === 'es' || lex.lang === 'it') {
          claim(key([words[0]]), g);
          // "el Supremo" for "Tribunal Supremo".
          if (words.length === 2 && /^\p{Lu}/u.test(words[1])) claim(key([words[1]]), g);
        }
      }
    }
    for (const k of g.aliasKeys) claim(k, g);
  }
  const ownerOf = (k: string, self?: Group): Group | undefined => {
    const o = owners.get(k) ?? firstNames.get(k) ?? undefined;
    return o && o !== self && groups.has(o.key) ? o : undefined;
  };
  // A shorter form found with evidence of its own joins the fuller name: "Stoltenberg" after
  // "Generalsekretär", "Keir" after "Sir", an acronym found alone that is also the bracketed one.
  for (const g of [...groups.values()]) {
    const o = ownerOf(g.key, g);
    if (!o) continue;
    const compatible = (g.kind === 'person' && o.kind === 'person' && g.key.split(' ').length < [...o.forms.keys()][0].split(' ').length)
      || (g.evidence.has('acronym') && g.forms.size === 1) || g.kind === o.kind;
    if (compatible && !g.evidence.has('gazetteer')) absorb(o, g);
  }

  // 3. Bare words: they count where they match a group; otherwise they start a group of their own,
  // kept only when the article gives more evidence (see findActors).
  // A sentence-case title is named again by its first word ("in Eerlijk gezegd" after "boek Eerlijk gezegd").
  const titleStarts = new Map<string, Group>();
  for (const m of mentions) {
    if (!m.title || m.evidence !== 'bare' || !/^\p{Lu}\S* \p{Ll}/u.test(m.words.join(' '))) continue;
    titleStarts.set(key([m.words[0]]), open(key(m.words), m));
  }
  for (const m of mentions) {
    if (m.evidence !== 'bare') continue;
    const k = key(m.words);
    const t = !m.title && m.words.length === 1 ? titleStarts.get(k) : undefined;
    if (t) { add(t, { ...m, kind: t.kind }); continue; }
    let g = groups.get(k) ?? ownerOf(k);
    // German and Dutch genitive of a surname or a name: "Trumps", "Haftbefehls", "Shells stap".
    if (!g && (lex.lang === 'de' || lex.lang === 'nl') && m.words.length === 1 && m.words[0].endsWith('s')) g = groups.get(key([m.words[0].slice(0, -1)])) ?? ownerOf(key([m.words[0].slice(0, -1)]));
    if (g && groups.has(g.key)) { add(g, { ...m, kind: g.kind }); continue; }
    // A fuller form of a person known by the surname alone: "Daizha Rioland" for "Rioland, who …".
    if (m.words.length <= 3 && m.words.length > 1 && m.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
      const p = groups.get(key([m.words[m.words.length - 1]]));
      if (p && p.kind === 'person' && [...p.forms.keys()].every((f) => !f.includes(' '))) { add(p, { ...m, kind: 'person' }); continue; }
    }
    add(open(k, m), m);
  }
  for (const g of groups.values()) {
    if (g.kind) continue;
    const form = [...g.forms.keys()][0];
    const placeLike = g.placePrepositions + g.listedWithPlace;
    g.kind = lex.isOrgCompound(form) ? 'organization'
      : placeLike * 2 >= g.mentions && placeLike > 0 ? 'place' : 'organization';
  }
  return [...groups.values()];
}

export function bestEvidence(g: Group): Evidence {
  return EVIDENCE_ORDER.find((e) => g.evidence.has(e)) ?? 'bare';
}
