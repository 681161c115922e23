// How a summary is held against hand labels (see ../shared/docs/labeling.md): the same rules as the
// project's evaluation, kept here so the page suite runs on a clone without ../shared.
import type { Summary } from '../../src/analysis/types';

export interface LabelActor { name: string; aliases?: string[]; kind: string; role?: string | null }
export interface Labels { id: string; lang: string; actors: { must: LabelActor[]; ok: LabelActor[] }; quotes: { text: string; speaker: string | null }[] }

const tokens = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const STOP = new Set(('der die das den dem des ein eine einer eines einem einen er sie es ihr sein seine ihre '
  + 'the a an he she it they his her their le la les un une il elle el los las lo del al y und and of von vom zu').split(' '));
const nameWords = (s: string) => tokens(s.toLowerCase()).filter((w) => !STOP.has(w) && w.length > 1);

export function tokenF1(a: string, b: string): number {
  const x = tokens(a.toLowerCase()), y = tokens(b.toLowerCase());
  const counts = new Map<string, number>();
  for (const t of x) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of y) if ((counts.get(t) ?? 0) > 0) { overlap++; counts.set(t, counts.get(t)! - 1); }
  return overlap === 0 ? 0 : (2 * overlap) / (x.length + y.length);
}

/**
 * A role is right when its words and the gold role's have F1 >= 0.5 and at least 60% of the predicted words are
 * the gold role's, as ../shared/eval scores it since issue 12: a right role with another phrase appended
 * ("Nato-Generalsekretär, Stationierung weiterer Nato-Soldat") is wrong.
 */
export function roleMatches(pred: string | null | undefined, gold: string | null | undefined): boolean {
  if (!pred || !gold) return false;
  const p = tokens(pred.toLowerCase()), g = new Map<string, number>();
  for (const t of tokens(gold.toLowerCase())) g.set(t, (g.get(t) ?? 0) + 1);
  let inGold = 0;
  for (const t of p) if ((g.get(t) ?? 0) > 0) { inGold++; g.set(t, g.get(t)! - 1); }
  return p.length > 0 && tokenF1(pred, gold) >= 0.5 && inGold / p.length >= 0.6;
}

export function nameMatches(pred: string, entry: LabelActor): boolean {
  const p = squash(pred);
  const forms = [entry.name, ...(entry.aliases ?? [])].map(squash);
  if (forms.includes(p)) return true;
  const last = (s: string) => nameWords(s).at(-1);
  return entry.kind === 'person' && forms.some((f) => last(f) && last(f) === last(p));
}

export const speakerMatches = (pred: string | null, gold: string | null) =>
  !!pred && !!gold && nameWords(pred).some((w) => new Set(nameWords(gold)).has(w));

/** Greedy one-to-one matching of predicted to gold quotes by word F1 >= 0.6. */
export function matchQuotes<G extends { text: string }, P extends { text: string }>(gold: G[], pred: P[]): [G, P][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => { const s = tokenF1(g.text, p.text); if (s >= 0.6) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>(), usedP = new Set<number>(), out: [G, P][] = [];
  for (const [, i, j] of pairs) if (!usedG.has(i) && !usedP.has(j)) { usedG.add(i); usedP.add(j); out.push([gold[i], pred[j]]); }
  return out;
}

export interface PageScore {
  id: string; mustHit: number; must: number; predOk: number; pred: number; roleHit: number; roles: number;
  qMatched: number; qPred: number; qGold: number; spkHit: number; spk: number;
  missed: string[]; junk: string[]; wrongSpeakers: string[];
}

export function scorePage(labels: Labels, s: Summary): PageScore {
  const actors = s.actors.slice(0, 8);
  const all = [...labels.actors.must, ...labels.actors.ok];
  const hit = labels.actors.must.filter((g) => actors.some((a) => nameMatches(a.name, g)));
  const good = actors.filter((a) => all.some((g) => nameMatches(a.name, g)));
  const roled = labels.actors.must.filter((g) => g.kind === 'person' && g.role);
  const roleHit = roled.filter((g) => { const a = actors.find((x) => nameMatches(x.name, g)); return roleMatches(a?.role, g.role); });
  const pairs = matchQuotes(labels.quotes, s.quotes);
  const withSpeaker = pairs.filter(([g]) => g.speaker);
  const wrong = withSpeaker.filter(([g, p]) => !speakerMatches(p.speaker, g.speaker));
  return {
    id: labels.id, mustHit: hit.length, must: labels.actors.must.length, predOk: good.length, pred: actors.length,
    roleHit: roleHit.length, roles: roled.length, qMatched: pairs.length, qPred: s.quotes.length, qGold: labels.quotes.length,
    spkHit: withSpeaker.length - wrong.length, spk: withSpeaker.length,
    missed: labels.actors.must.filter((g) => !hit.includes(g)).map((g) => g.name),
    junk: actors.filter((a) => !good.includes(a)).map((a) => a.name),
    wrongSpeakers: wrong.map(([g, p]) => `${g.speaker} ≠ ${p.speaker}`),
  };
}

export function totals(pages: PageScore[]) {
  const sum = (k: keyof PageScore) => pages.reduce((n, p) => n + (p[k] as number), 0);
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    actorMustRecall: ratio(sum('mustHit'), sum('must')), actorPrecision: ratio(sum('predOk'), sum('pred')),
    roleAccuracy: ratio(sum('roleHit'), sum('roles')), quotePrecision: ratio(sum('qMatched'), sum('qPred')),
    quoteRecall: ratio(sum('qMatched'), sum('qGold')), speakerAccuracy: ratio(sum('spkHit'), sum('spk')),
  };
}
