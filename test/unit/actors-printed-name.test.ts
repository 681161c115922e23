// Names as the article prints them: the full stops of initials and of "Jr."/"Sr." come back in the actors and in the
// quotes' speakers, where the article prints them so.
import { describe, expect, it } from 'vitest';
import { printedName } from '../../src/analysis/actors/printed-name';
import { analyze, pageFromText } from '../../src/analysis/analyze';

describe('printedName', () => {
  it.each([
    { name: 'Sonya A Zoghlin', text: 'Sonya A. Zoghlin, Carlineo’s attorney, said', want: 'Sonya A. Zoghlin', origin: 'The Hill, 18 November 2019 (test/pages/TheHill_2019_11_18)' },
    { name: 'Patrick Carlineo Jr', text: 'Patrick Carlineo Jr., 55, was sentenced', want: 'Patrick Carlineo Jr.', origin: 'The Hill, 18 November 2019' },
    { name: 'Harry B Harris Jr', text: 'Adm. Harry B. Harris Jr., the head of the Pacific Command', want: 'Harry B. Harris Jr.', origin: 'PolNeAR nyt_2016-05-09_american-admiral-rattles- (quotes-en)' },
    { name: 'Harry S Truman', text: 'President Harry S Truman signed it', want: 'Harry S Truman', origin: 'a name printed without the stop keeps it off' },
    { name: 'Martin Luther King Jr', text: 'Martin Luther King Jr. Day', want: 'Martin Luther King Jr.', origin: 'suffix only' },
    { name: 'Angela Merkel', text: 'Angela Merkel sagte', want: 'Angela Merkel', origin: 'no initial, no suffix' },
  ])('$name -> $want [$origin]', ({ name, text, want }) => expect(printedName(name, text)).toBe(want));

  it('the actors and the speakers show the printed form alike [The Hill, 18 November 2019 (test/pages/TheHill_2019_11_18; first-seen batch 17, blind half, looked at after its one scoring)]', () => {
    const s = analyze(pageFromText('Man sentenced for threatening Ilhan Omar\n\nU.S. Attorney James Kennedy Jr. said the case was closed. Sonya A. Zoghlin, Carlineo’s attorney, disagreed. Patrick Carlineo Jr. was sentenced.\n\n“It was a fair sentence,” Kennedy said.'), { lang: 'en' });
    expect(s.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['James Kennedy Jr.', 'Patrick Carlineo Jr.', 'Sonya A. Zoghlin']));
    expect(s.quotes.find((q) => q.text.startsWith('It was a fair'))?.speaker).toBe('James Kennedy Jr.');
  });
});
