// rankActors: the headline, the lead, how often, and speaking in quotes decide the order; the popup
// shows the first 8. Sentences are from the mission's Handelsblatt page (shared/seeds).
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/analysis/actors/find-actors';
import { rankActors } from '../../src/analysis/actors/rank-actors';
import type { ArticleText } from '../../src/analysis/article-text';
import { analyze, pageFromText } from '../../src/analysis/analyze';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseFile } from '../../src/cli/summarise-file';

const article: ArticleText = {
  lang: 'de',
  headline: 'Nato: Gibt signifikante Differenzen mit Russland',
  deck: 'Nato-Generalsekretär Jens Stoltenberg spricht von schwierigen Diskussionen zwischen Nato-Staaten und Russland. Estland schlägt die Stationierung weiterer Nato-Soldaten in den Baltikum-Staaten vor.',
  paragraphs: [
    'Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken. Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg nach einem Treffen des Nato-Russland-Rats am Mittwoch in Brüssel.',
    'Vielmehr müsse die Regierung in Moskau dafür sorgen, die Lage an der Grenze zur Ukraine zu deeskalieren.',
    '„Natürlich diskutieren wir mit unseren Verbündeten darüber“, sagte Estlands Ministerpräsidentin Kaja Kallas am Mittwoch in einem Videointerview mit Reuters aus Tallinn.',
  ],
};

describe('rankActors', () => {
  const actors = findActors(article);

  it('puts what the headline names first', () => {
    const ranked = rankActors(actors, [], article).map((a) => a.name);
    expect(ranked.slice(0, 2).sort(), JSON.stringify(ranked)).toEqual(['Nato', 'Russland']);
  });

  it('ranks a person named in the deck and the lead above one named once further down', () => {
    const ranked = rankActors(actors, [], article).map((a) => a.name);
    expect(ranked.indexOf('Jens Stoltenberg'), JSON.stringify(ranked)).toBeLessThan(ranked.indexOf('Kaja Kallas'));
  });

  it('raises a speaker: quotes by Kaja Kallas move her above a place named as often', () => {
    const quiet = rankActors(actors, [], article).map((a) => a.name);
    const quotes = ['Natürlich diskutieren wir', 'Die baltischen Staaten sind eine Nato-Halbinsel', 'Wir haben unsere Sorgen']
      .map((text) => ({ text, speaker: 'Kaja Kallas' }));
    const loud = rankActors(actors, quotes, article).map((a) => a.name);
    expect(loud.indexOf('Kaja Kallas'), `${JSON.stringify(quiet)} -> ${JSON.stringify(loud)}`).toBeLessThan(quiet.indexOf('Kaja Kallas'));
  });

  it('keeps every actor, only reordered', () => {
    expect(rankActors(actors, [], article)).toHaveLength(actors.length);
    expect(rankActors([], [], article)).toEqual([]);
  });
});

describe('speakers are actors', () => {
  it('a speaker the name rules miss (a first name no list holds) is listed as a person [Página/12, 4 May 2022, go-trafilatura pagina12.com.ar-suprema.html]', () => {
    const text = 'Organismos de derechos humanos, sindicatos, partidos políticos y movimientos sociales se congregarán este jueves a las cinco de la tarde frente al Palacio de Justicia para reclamar cambios profundos en la Corte Suprema. “Vamos a exigir la reforma de lo que se ha convertido en un partido Judicial. Es insólito lo que pasa en la Corte: en lugar de impartir justicia, lo que hace es impartir injusticia”, dice Taty Almeida, referente de Madres de Plaza de Mayo– Línea Fundadora, después de terminar un encuentro con otras de las organizaciones.';
    const s = analyze(pageFromText(text), { lang: 'es' });
    expect(s.quotes[0]?.speaker).toBe('Taty Almeida');
    const taty = s.actors.find((a) => a.name === 'Taty Almeida');
    expect(taty?.kind, JSON.stringify(s.actors.map((a) => a.name))).toBe('person');
  });
});

it('a person quoted once ranks among the first eight beside products and bodies named again and again [The Register, 3 May 2016 (metascraper fixture; first-seen batch 15, dev half)]', () => {
  const text = [
    'EMC World The first day of EMC World in Las Vegas caused announcement overload, with the Unity array, the VSC storage cloud from Virtustream and more.',
    'The Virtustream Storage Cloud (VSC) is a hyper-scale public cloud offering. VSC uses EMC storage and Virtustream software; EMC says VSC will work with Data Domain, InfoArchive and LEAP.',
    'Virtustream CTO Drew Gonczi has blogged about VSC, saying it was in development for four years: "What started as a small proof-of-concept has blossomed into an enterprise-class storage service."',
    'EMC will receive subscription revenue from VSC customers. LEAP runs on VSC, Data Domain backs up to VSC, InfoArchive archives to VSC, and Unity tiers to VSC.',
    'EMC says LEAP, Data Domain, InfoArchive and Unity customers get VSC first. EMC, Virtustream and VSC will be shown again at EMC World.',
  ].join('\n\n');
  const names = analyze(pageFromText(text), { lang: 'en' }).actors.slice(0, 8).map((a) => a.name);
  expect(names).toContain('Drew Gonczi');
});

// A person the article introduces by a role is one a reader must know, though named once among bodies and places
// named often. Whole labelled articles of the page suite (plain text); each person ranked 9th or lower before.
describe('a person with a role ranks among the first eight', () => {
  const pages = new URL('../pages/', import.meta.url).pathname;
  it.each([
    ['HospitalHealth_2020_11_19', 'en', 'Lord Jim O’Neill'],
    ['VenturesAfrica_2024_01_09', 'en', 'Oluwatoyin Madein'],
    ['Basilicata24_2020_03_03', 'it', 'Salvatore Caiata'],
    ['DPG_2019_04_03_10777832', 'nl', 'Marjolein Moorman'],
  ])('%s: %s', (page, lang, name) => {
    const s = analyze(pageFromText(readFileSync(join(pages, page, 'source.txt'), 'utf8')), { lang });
    const top = s.actors.slice(0, 8);
    const person = top.find((a) => a.name === name);
    expect(person?.role, JSON.stringify(top.map((a) => [a.name, a.role]))).toBeTruthy();
  });
});

// Whoever wrote the article is no actor of its story, though a closing note names them with a role.
describe('the byline’s names are not key actors', () => {
  it('a reporter named in the byline and in the closing note goes last [ZDF, 7 November 2025 (fundus)]', () => {
    const zdf: ArticleText = {
      lang: 'de', headline: 'Russlands neue Feiertage: Putins Zuckerbrot für das Volk', deck: null, byline: 'Manuela Conrad',
      paragraphs: [
        'Kremlchef Wladimir Putin hat zwei neue Feiertage eingeführt. Der Russlandexperte Nico Lange sieht darin ein Signal an die Bevölkerung.',
        'Die neuen Feiertage sind wohl auch ein kleines Zuckerbrot, um etwaiges Grummeln in den Weiten des russischen Landes gar nicht erst aufkommen zu lassen.',
        'Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland, Kaukasus und Zentralasien.',
      ],
    };
    const ranked = rankActors(findActors(zdf), [], zdf).map((a) => a.name);
    expect(ranked.at(-1), JSON.stringify(ranked)).toBe('Manuela Conrad');
  });
  it('the author of a saved page is listed last [Groove, 31 October 2023]', () => {
    const s = summariseFile(new URL('../pages/Groove_2023_10_31/source.html.gz', import.meta.url).pathname);
    expect(s.byline).toContain('Charlotte Elsen');
    expect(s.actors.at(-1)?.name, JSON.stringify(s.actors.map((a) => a.name))).toBe('Charlotte Elsen');
  });
});
