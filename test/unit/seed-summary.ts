// The seed page's summary (test/pages/handelsblatt-nato-seed: Handelsblatt, 12 January 2022), with the
// fields its expected.json gives: the one Summary the format and clipboard tests share.
import { readFileSync } from 'node:fs';
import type { Removed, Summary } from '../../src/analysis/types';

const seed = JSON.parse(readFileSync(new URL('../pages/handelsblatt-nato-seed/expected.json', import.meta.url), 'utf8'));

export function seedSummary(removed: Removed[] = []): Summary {
  return {
    url: 'https://www.handelsblatt.com/politik/international/ukraine-krise-nato-gibt-signifikante-differenzen-mit-russland/27970532.html',
    lang: 'de', site: seed.site, kicker: seed.kicker, headline: seed.headline, deck: seed.deck,
    byline: null, published: '2022-01-12T18:05:00+01:00',
    actors: seed.actors.map((a: { name: string; kind: 'person'; role?: string }) => ({ ...a, role: a.role ?? null, mentions: 2 })),
    quotes: seed.quotes,
    summary: ['Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken.'],
    body: '', removed, readerable: true, note: null, stopped: null,
  };
}
