// The lead summary on the mission's article (Handelsblatt, shared/seeds) and real lead paragraphs.
import { describe, expect, it } from 'vitest';
import { leadSummary, scoreSentences } from '../../src/analysis/summary/lead-summary';
import type { ArticleText } from '../../src/analysis/article-text';

const seed: ArticleText = {
  lang: 'de',
  headline: 'Nato: Gibt signifikante Differenzen mit Russland',
  deck: 'Nato-Generalsekretär Jens Stoltenberg spricht von schwierigen Diskussionen zwischen Nato-Staaten und Russland. Estland schlägt die Stationierung weiterer Nato-Soldaten in den Baltikum-Staaten vor.',
  paragraphs: [
    'Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken. Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg nach einem Treffen des Nato-Russland-Rats am Mittwoch in Brüssel. „Das war keine einfache Diskussion.“',
    'Es gebe signifikante Differenzen zwischen beiden Seiten, die Nato-Staaten seien aber zu weiteren Gesprächen mit Russland bereit. „Das Treffen war sehr nützlich“, betonte der Generalsekretär. Zugleich bekräftigte er aber, dass Russland in der Frage eines möglichen Beitritts der Ukraine zur Nato kein Mitspracherecht habe.',
    'Vor dem Hintergrund des russischen Truppenaufmarsches an der Grenze zur Ukraine bringt das Nato-Mitglied Estland die Stationierung weiterer Nato-Soldaten in den Baltikum-Staaten ins Gespräch.',
  ],
};
const body = seed.paragraphs.join(' ');

describe('leadSummary', () => {
  it('opens with the lead sentence', () => expect(leadSummary(seed)[0]).toMatch(/^Die Differenzen zwischen Russland und dem Westen/));
  it('takes every sentence verbatim from the article', () => {
    for (const length of ['short', 'medium', 'long'] as const) for (const s of leadSummary(seed, length)) expect(body).toContain(s);
  });
  it('gives 1, 2-3 and up to 5 sentences for short, medium and long', () => {
    expect(leadSummary(seed, 'short')).toHaveLength(1);
    expect(leadSummary(seed, 'medium').length).toBeGreaterThanOrEqual(2);
    expect(leadSummary(seed, 'medium').length).toBeLessThanOrEqual(3);
    expect(leadSummary(seed, 'long').length).toBeGreaterThan(3);
    expect(leadSummary(seed, 'long').length).toBeLessThanOrEqual(5);
  });
  it('keeps the short summary to about 35 words', () => expect(leadSummary(seed, 'short')[0].split(' ').length).toBeLessThanOrEqual(35));
  it('keeps sentences in article order', () => {
    const s = leadSummary(seed, 'long');
    expect([...s].sort((a, b) => body.indexOf(a) - body.indexOf(b))).toEqual(s);
  });
  it('never repeats the deck word for word', () => {
    const withDeckInBody = { ...seed, paragraphs: [seed.deck!, ...seed.paragraphs] };
    expect(leadSummary(withDeckInBody, 'long').join(' ')).not.toContain('Estland schlägt die Stationierung');
  });
  it('ranks a bare quote and a pronoun opening below the sentences around them', () => {
    const scores = new Map(scoreSentences(seed).map((s) => [s.text, s.score]));
    expect(scores.get('„Das war keine einfache Diskussion.“')!).toBeLessThan(scores.get(seed.paragraphs[2])!);
    const pronoun = [...scores.keys()].find((t) => t.startsWith('Zugleich bekräftigte er'))!;
    expect(scores.get(pronoun)!).toBeLessThan(scores.get([...scores.keys()][0])!);
  });
  it('gives nothing for an empty article rather than inventing text', () => expect(leadSummary({ ...seed, paragraphs: [] })).toEqual([]));
});

describe('leadSummary in other languages', () => {
  it('en: leaves out a question and a "But" opener (scrapinghub, WSJ)', () => {
    const article: ArticleText = {
      lang: 'en', headline: 'So Many Ways to Play—and Pay', deck: null,
      paragraphs: [
        'Gaming used to be so simple. We’d buy a game, sit down in front of a console or PC, grind our way to the end, then repeat.',
        'Now we spend money over and over on virtual perks. We play on phones and tablets while socializing with far-flung friends.',
        'But which service is worth it? The gaming industry is betting on subscriptions to pay for ever more ambitious games.',
      ],
    };
    const s = leadSummary(article, 'medium');
    expect(s.join(' ')).not.toContain('which service is worth it?');
    expect(s.length).toBeGreaterThanOrEqual(2);
  });
});
