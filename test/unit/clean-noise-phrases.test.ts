// The phrase families of data/noise-phrases.json on real blocks from the development corpora: each
// short label is noise, and article sentences that merely contain such a word stay.
import { describe, expect, it } from 'vitest';
import { noiseFamily } from '../../src/analysis/clean/noise-phrases';
import { cleanBlocks } from '../../src/analysis/clean/clean-blocks';

const noise: [string, string, string][] = [
  // [block, family, where it comes from]
  ['Teilen per:', 'share', 'Handelsblatt seed page'],
  ['Facebook Twitter Email Print Save Story', 'share', 'The New Yorker (fundus TheNewYorker_2023_05_16)'],
  ['Share this story', 'share', 'Dawgs By Nature (scrapinghub)'],
  ['Partager sur :', 'share', 'French share bar'],
  ['Condividi', 'share', 'Italian share bar'],
  ['Delen via', 'share', 'Dutch share bar'],
  ['© Handelsblatt GmbH – Alle Rechte vorbehalten. Nutzungsrechte erwerben?', 'rights', 'Handelsblatt seed page'],
  ['© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.', 'rights', 'CBS Detroit (scrapinghub)'],
  ['© Riproduzione riservata', 'rights', 'Italian rights line'],
  ['Tous droits réservés', 'rights', 'French rights line'],
  ['Zur Startseite', 'navigation', 'Handelsblatt seed page'],
  ['Skip to content', 'navigation', 'Remember 80/90 (scrapinghub)'],
  ['Quelle: AP', 'credit', 'Handelsblatt seed page'],
  ['Foto: dpa', 'credit', 'German photo credit'],
  ['Photograph: Scott Gilbertson', 'credit', 'Wired (fundus Wired_2024_04_28)'],
  ['Anzeige', 'ads', 'German ad label'],
  ['Advertisement', 'ads', 'Gizmodo (scrapinghub)'],
  ['Publicité', 'ads', 'French ad label'],
  ['-0%1%2%3%4%5%6%7%8%9%10%', 'progress', 'Handelsblatt seed page reading strip'],
  ['5 min read', 'progress', 'English reading time'],
  ['Mehr zum Thema', 'related', 'German related list heading'],
  ['Leggi anche', 'related', 'Remember 80/90 (scrapinghub)'],
  ['Lire aussi', 'related', 'French related list heading'],
  ['Lees ook', 'related', 'Dutch related list heading'],
  ['You may also like', 'related', 'Gizmodo (scrapinghub)'],
  ['To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video', 'embed', 'Metro (fundus Metro_2024_07_17)'],
  ['Empfohlener redaktioneller Inhalt', 'embed', 'Gamestar (fundus Gamestar_2024_04_28)'],
  ['YouTube-Inhalte erlauben', 'embed', 'Gamestar (fundus Gamestar_2024_04_28)'],
  ['Box aufklappen Box zuklappen', 'embed', 'SRF (fundus SRF_2024_04_15)'],
  ['READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing', 'teaser', 'Express (scrapinghub ba4dfe2d)'],
  ['LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández en el MDC de Nueva York', 'teaser', 'El Heraldo (trafilatura elheraldo.hn-JOH)'],
  ['More News from Sci-Tech', 'related', 'CTV News (scrapinghub b37be353)'],
  ['Das Thema könnte dich auch interessieren:', 'related', 'inCurvy (trafilatura incurvy.de.wellness)'],
  ['Quellen:', 'related', 'WDR (fundus WDR_2024_04_22)'],
  ['Advert', 'ads', 'Motor Cycle Monthly (scrapinghub 612cd298)'],
  ['Tell us what YOU think...', 'share', 'Motor Cycle Monthly (scrapinghub 612cd298)'],
  ['Valora esta noticia', 'share', 'Los Tiempos (trafilatura lostiempos.com-juicio)'],
  ['Artikel gefallen? Vergiss nicht zu teilen!', 'share', 'Greator (trafilatura greator.com)'],
  ['For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.', 'newsletter', 'Nation News (trafilatura nationnews.com-schools)'],
  ['Lade weitere Inhalte', 'navigation', 'Jolie (trafilatura jolie.de.adele)'],
  ['Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email Newsletters here.', 'newsletter', 'IndieWire (scrapinghub 3d8f3404)'],
  ['21 mins ago11:48 Jon King', 'timestamp', 'Daily Express live blog (fundus Express_2024_07_18)'],
  ['Current Issue', 'navigation', 'The Nation (fundus TheNation_2024_01_11)'],
  ["READ MORE Get 75% off annual subscription to Emily Ferguson's exclusive royal newsletter", 'newsletter', 'Daily Express, og:description (fundus Express_2024_07_18)'],
];

const article: [string, string][] = [
  ['Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg nach einem Treffen des Nato-Russland-Rats am Mittwoch in Brüssel.', 'Handelsblatt seed page: a sentence, not a label'],
  ['In Brüssel sagte ein Nato-Diplomat zu Reuters, die Frage weiterer Stationierungen im Baltikum könnte von den Verteidigungsministern der 30 Nato-Staaten bei ihrem Treffen Mitte Februar diskutiert werden.', 'names an agency inside a long sentence'],
  ['Users can share their location with friends on Facebook, Twitter and WhatsApp, the company said on Monday in a statement.', 'share words inside running text'],
  ['Read more about the study in the journal Nature, where the authors describe how the glass bubbles were tested over five winters.', 'starts like a related-list heading but is a sentence'],
  ['Defensive Line', 'a section heading of a stats article (scrapinghub Dawgs By Nature)'],
  ['Meal 1', 'a section heading of a meal plan (scrapinghub Beachbody)'],
  ['Follow the money, investigators said on Twitter.', 'a sentence that starts like a follow-us line'],
  ['Sources close to the talks said they would resume on Monday.', 'a sentence that starts like a sources label'],
  ['Vor 3 Tagen starb er.', 'a short German sentence that starts like a live-blog time stamp'],
];

describe('noise phrase families', () => {
  for (const [text, family, origin] of noise) {
    it(`"${text.slice(0, 50)}" is ${family} (${origin})`, () => expect(noiseFamily(text)?.name, origin).toBe(family));
  }
  for (const [text, why] of article) {
    it(`keeps "${text.slice(0, 50)}…" (${why})`, () => expect(noiseFamily(text), why).toBeNull());
  }
});

describe('cleanBlocks', () => {
  it('drops a related-articles list after its heading, until running text resumes', () => {
    const { blocks, removed } = cleanBlocks([
      { kind: 'p', text: 'Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken.' },
      { kind: 'h', text: 'Mehr zum Thema' },
      { kind: 'li', text: 'Ukraine-Krise: Was Putin will' },
      { kind: 'li', text: 'Nato-Gipfel: Die wichtigsten Fragen' },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken.']);
    expect(removed.map((r) => r.reason)).toEqual(['related articles', 'related articles', 'related articles']);
  });
  it('keeps running text that follows a related heading', () => {
    const long = 'Russland hat an der ukrainischen Grenze fast 100.000 Soldaten zusammengezogen, die USA und mehrere europäische Staaten warnen vor einem Einmarsch in die Ukraine.';
    const { blocks } = cleanBlocks([{ kind: 'h', text: 'Lesen Sie auch' }, { kind: 'p', text: long }]);
    expect(blocks.map((b) => b.text)).toEqual([long]);
  });
  it('sets a caption aside with its credit, and reports it', () => {
    const { blocks, removed } = cleanBlocks([{ kind: 'caption', text: 'Stoltenberg nach dem Treffen in Brüssel. Quelle: AP' }]);
    expect(blocks).toHaveLength(0);
    expect(removed).toContainEqual({ text: 'Stoltenberg nach dem Treffen in Brüssel. Quelle: AP', reason: 'photo caption' });
  });
  it('cuts a credit off a short paragraph (a caption not marked as one) and reports it', () => {
    const { blocks, removed } = cleanBlocks([{ kind: 'p', text: 'Stoltenberg nach dem Treffen in Brüssel. Quelle: AP' }]);
    expect(blocks[0].text).toBe('Stoltenberg nach dem Treffen in Brüssel.');
    expect(removed).toContainEqual({ text: 'Quelle: AP', reason: 'photo credit' });
  });
  it('drops a caption that repeats a body sentence', () => {
    const sentence = 'Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg.';
    const { blocks, removed } = cleanBlocks([{ kind: 'p', text: `Die Differenzen sind groß. ${sentence}` }, { kind: 'caption', text: sentence }]);
    expect(blocks).toHaveLength(1);
    expect(removed[0].reason).toBe('caption repeats the text');
  });
  it('drops a byline and a date line near the top', () => {
    const { blocks, removed } = cleanBlocks([
      { kind: 'p', text: 'Daniel Aragón' },
      { kind: 'p', text: '25/04/2026 Actualizado a las 15:10h.' },
      { kind: 'p', text: 'El encuentro en Vista Alegre comenzó con toda una declaración de intenciones por parte del Córdoba Patrimonio.' },
    ], { byline: 'Daniel Aragón' });
    expect(blocks).toHaveLength(1);
    expect(removed.map((r) => r.reason)).toEqual(['byline', 'date line']);
  });
  it('drops the author box at the end: the byline name alone and a biography opening with it (The Nation, fundus TheNation_2024_01_11)', () => {
    const last = 'And now that he is out of the running, the last slim hope that responsible Republicans might right the course of their party in 2024 has been extinguished.';
    const bio = 'John Nichols is a national affairs correspondent for The Nation. He has written, cowritten, or edited over a dozen books on topics ranging from histories of American socialism and the Democratic Party to analyses of US and global media systems.';
    const story = ['It was a fair assessment of Haley’s candidacy, and of the even weaker bid by DeSantis.', 'Christie likes the spotlight.', 'The Republican Party may be renewed at some point.',
      'The first Republican president, Abraham Lincoln, spoke at the close of his 1861 inaugural address.', 'Chris Christie is no angel.', 'But he was better than his rivals.', last];
    const { blocks, removed } = cleanBlocks([...story.map((text) => ({ kind: 'p' as const, text })), { kind: 'p', text: 'John Nichols' }, { kind: 'p', text: bio }], { byline: 'John Nichols' });
    expect(blocks.map((b) => b.text)).toEqual(story);
    expect(removed.map((r) => r.reason)).toEqual(['author box', 'author box']);
  });
  it('keeps a last paragraph about someone other than the author', () => {
    const text = 'Chris Christie is no angel, but he was better than his rivals.';
    expect(cleanBlocks([{ kind: 'p', text }], { byline: 'John Nichols' }).blocks).toHaveLength(1);
  });
  it('drops a section label with the date near the top (The Nation, fundus TheNation_2024_01_11)', () => {
    const text = 'Chris Christie quit his longshot bid for the 2024 Republican presidential nomination on Wednesday.';
    const { blocks, removed } = cleanBlocks([{ kind: 'p', text: 'Politics / January 11, 2024' }, { kind: 'p', text }]);
    expect(blocks.map((b) => b.text)).toEqual([text]);
    expect(removed.map((r) => r.reason)).toEqual(['date line']);
  });
  it('keeps short repeated cells such as table numbers', () => {
    const rows = ['1 Kyle Busch 5040 5 1 17 27', '2 Martin Truex Jr 5035 7 1 15 24'];
    expect(cleanBlocks(rows.map((text) => ({ kind: 'p' as const, text }))).blocks).toHaveLength(2);
  });
});
