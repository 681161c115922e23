// Issue 13: a wire dateline opening the body (and so the summary), and a lone newsletter link left as a
// paragraph. Real blocks from the pages named.
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/analysis/clean/clean-blocks';
import { noiseFamily } from '../../src/analysis/clean/noise-phrases';
import { analyze } from '../../src/analysis/analyze';

describe('a wire dateline at the start of the body', () => {
  const cases: [string, string, string][] = [
    ["WASHINGTON (AP) — Ambassador Gordon Sondland, the most anticipated witness in the impeachment inquiry, is likely to be unpredictable when he faces questions about his role.",
      'Ambassador Gordon Sondland, the most anticipated witness', 'scrapinghub 82b6d780 (AP, Washington)'],
    ["COLUMBIA, S.C. (AP) — About a dozen black female small-business owners were gathered in a South Carolina shared workspace.",
      'About a dozen black female small-business owners', 'scrapinghub a6968f42 (a place with its state)'],
    ['(AP) — After a deadly stabbing on a San Francisco street, police said the suspect was arrested nearby.',
      'After a deadly stabbing', 'issue 13: the agency alone, the place in an element of its own'],
    ['Berlin (dpa) - Die Bundesregierung will die Hilfen für Unternehmen verlängern, teilte ein Sprecher am Montag mit.',
      'Die Bundesregierung will die Hilfen', 'German agency dateline'],
  ];
  for (const [text, start, origin] of cases) {
    it(origin, () => {
      const { blocks, removed } = cleanBlocks([{ kind: 'p', text }, { kind: 'p', text: 'A second paragraph of the story, which stays as it is.' }]);
      expect(blocks[0].text.startsWith(start), blocks[0].text).toBe(true);
      expect(removed.some((r) => r.reason === 'wire dateline')).toBe(true);
    });
  }
  it('only the first paragraph: a later "(AP)" in the text stays', () => {
    const later = 'LONDON (AP) — The report was published on Tuesday.';
    const { blocks } = cleanBlocks([{ kind: 'p', text: 'Britain’s Conservative Party was accused Wednesday of trying to deceive voters.' }, { kind: 'p', text: later }]);
    expect(blocks[1].text).toBe(later);
  });
  it('scrapinghub e7994d55: the summary opens with the story, and a description that repeats the dateline is no deck', () => {
    const s = analyze({ url: '', readerable: true, removed: [], readability: null,
      meta: { h1: { text: 'UK Conservatives accused of deception over fact-check account', kicker: null },
        tags: { description: "LONDON (AP) — Britain's Conservative Party was accused Wednesday of trying to deceive voters by changing the name of its press office Twitter account to “factcheckUK” during a televised election debate." } },
      blocks: [
        { kind: 'p', text: "LONDON (AP) — Britain's Conservative Party was accused Wednesday of trying to deceive voters by changing the name of its press office Twitter account to “factcheckUK” during a televised election debate between Prime Minister Boris Johnson and opposition Labour Party leader Jeremy Corbyn." },
        { kind: 'p', text: 'Organizations that seek to combat political misinformation cried foul.' },
      ] });
    expect(s.summary[0].startsWith("Britain's Conservative Party was accused")).toBe(true);
    expect(s.deck).toBeNull();
  });
});

describe('a lone newsletter link', () => {
  for (const [text, origin] of [['Zum Newsletter', 'issue 13: German news pages'], ['Zum kostenlosen Newsletter', 'German variant'], ['Sign up to our newsletter', 'English']] as const) {
    it(origin, () => expect(noiseFamily(text)?.name).toBe('newsletter'));
  }
  it('a sentence about a newsletter stays', () => {
    expect(noiseFamily('Der Newsletter der Stadt erschien am Montag mit einer Warnung vor dem Hochwasser.')).toBeNull();
  });
});
