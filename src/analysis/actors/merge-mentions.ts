// Turns the mentions of an article into actors: forms of one name meet under one key ("Nato"/"NATO",
// "Estland"/"Estlands", all names of one country), a surname or a later part of a person's name joins
// the person ("Stoltenberg", "García Ortiz", "von der Leyen"), a bracketed acronym or one made of the
// initials joins its institution ("EKD", "UE"), and bare capitalised words join whatever they name.
import type { ActorKind } from '../types';
import type { Lexicon } from './lexicon';
import type { Evidence, Mention } from './find-mentions';
import { nameKey, stripPossessive } from './name-key';

export interface Group {
  key: string;
  kind: ActorKind | null;
  evidence: Set<Evidence>;
  forms: Map<string, number>;
  canonical?: string;
  roles: string[];
  mentions: number;
  placePrepositions: number;
  /** Keys of the other forms under which this group is known (surname, acronym …). */
  aliasKeys: Set<string>;
}

const EVIDENCE_ORDER: Evidence[] = ['first-name', 'title', 'role', 'gazetteer', 'acronym', 'org', 'adjective-org', 'bare'];

function surfaceForm(words: string[]): string {
  const w = [...words];
  w[w.length - 1] = stripPossessive(w[w.length - 1]);
  return w.join(' ');
}

const initials = (words: string[]) => words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

export function mergeMentions(mentions: Mention[], lex: Lexicon): Group[] {
  const groups = new Map<string, Group>();
  const key = (words: string[]) => nameKey(words, lex.lang);
  const add = (g: Group, m: Mention) => {
    const form = surfaceForm(m.words);
    g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
    g.mentions++;
    g.evidence.add(m.evidence);
    if (m.role) g.roles.push(m.role);
    if (m.afterPlacePreposition) g.placePrepositions++;
    if (m.acronym) g.aliasKeys.add(key([m.acronym]));
  };
  const open = (k: string, m: Mention): Group => {
    let g = groups.get(k);
    if (!g) {
      g = { key: k, kind: m.kind, evidence: new Set(), forms: new Map(), canonical: m.canonical, roles: [], mentions: 0, placePrepositions: 0, aliasKeys: new Set() };
      groups.set(k, g);
    }
    if (!g.kind && m.kind) g.kind = m.kind;
    return g;
  };

  // 1. Names found with evidence.
  const strong = mentions.filter((m) => m.evidence !== 'bare');
  for (const m of strong) {
    const k = m.id ?? (m.kind === 'person' && m.words.length > 2 && !m.words.some((w) => lex.isParticle(w))
      ? key([m.words[0], m.words[m.words.length - 1]]) : key(m.words));
    add(open(k, m), m);
  }
  // A person named with a middle name ("Donald J. Trump") or only by title ("Mr Lammy") joins the fuller name.
  // 2. The shorter forms under which the groups are known.
  const aliasOwner = new Map<string, Group | null>();
  const claim = (k: string, g: Group) => {
    if (groups.has(k) && groups.get(k) !== g) return;
    const prev = aliasOwner.get(k);
    aliasOwner.set(k, prev === undefined || prev === g ? g : null);
  };
  for (const g of groups.values()) {
    for (const form of g.forms.keys()) {
      const words = form.split(' ');
      if (g.kind === 'person' && words.length > 1) {
        // Every tail of the name ("Stoltenberg", "García Ortiz", "von der Leyen", "der Leyen" is harmless),
        // and for Spanish double surnames the first surname ("García").
        for (let n = 1; n < words.length; n++) if (/^\p{Lu}/u.test(words[n]) || lex.isParticle(words[n])) claim(key(words.slice(n)), g);
        if (words.length >= 3 && !words.some((w) => lex.isParticle(w))) claim(key([words[1]]), g);
      }
      if (g.kind === 'organization' && words.length > 1) {
        const acr = initials(words);
        if (acr.length > 1) claim(key([acr]), g);
        // "Kommission" for "Europäische Kommission", "Caucus"-less "Freedom Caucus": the head alone, when unique.
        if (lex.lang === 'de') claim(key([words[words.length - 1]]), g);
      }
    }
    for (const k of g.aliasKeys) claim(k, g);
  }
  // An acronym found on its own ("EKD") that is also a bracketed or initial alias joins its institution.
  for (const [k, g] of [...groups]) {
    const owner = aliasOwner.get(k);
    if (owner && owner !== g && g.evidence.has('acronym') && g.forms.size === 1) {
      for (const [f, c] of g.forms) owner.forms.set(f, (owner.forms.get(f) ?? 0) + c);
      owner.mentions += g.mentions;
      groups.delete(k);
    }
  }
  // 3. Bare words: they count where they match a group; outside German a bare run away from the
  // sentence start is a name of its own (kind decided below).
  for (const m of mentions.filter((x) => x.evidence === 'bare')) {
    const k = key(m.words);
    const g = groups.get(k) ?? aliasOwner.get(k);
    if (g) { add(g, { ...m, kind: g.kind }); continue; }
    if (m.words.length === 1 && /s$/u.test(m.words[0]) && lex.lang === 'de') {
      const base = groups.get(key([m.words[0].slice(0, -1)])) ?? aliasOwner.get(key([m.words[0].slice(0, -1)]));
      if (base) { add(base, { ...m, kind: base.kind }); continue; }
    }
    if (lex.lang !== 'de' || m.kind) add(open(k, m), m);
    else add(open(k, m), m); // German bare words are kept apart and dropped later unless repeated with evidence
  }
  for (const g of groups.values()) {
    if (!g.kind) g.kind = g.placePrepositions * 2 >= g.mentions && g.placePrepositions > 0 ? 'place' : 'organization';
  }
  return [...groups.values()];
}

export function bestEvidence(g: Group): Evidence {
  return EVIDENCE_ORDER.find((e) => g.evidence.has(e)) ?? 'bare';
}
