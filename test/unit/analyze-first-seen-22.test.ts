// Classes of error chosen in session 22 (issue 12) by what the data says over the whole page suite and quotes-en, not by
// reading one page, while the three batches labelled that session (33, 34, 35) stayed unseen. Each case is a real
// sentence from the page it names, run end to end (analyze of the text as the CLI's --text reads it: the first paragraph
// is the headline's place).
import { describeRoles, describeSpeakers } from './first-seen-tables';

describeRoles('session 22: roles', [
  {
    why: 'a bracket after the name (a party, a portfolio, a source) is no part of the role: the reader sees its shortest complete form ("wethouder", not "wethouder (GroenLinks)"); on the page suite no bracket in a role was part of the labelled role',
    origin: 'DPG Media, 25 March 2019 (test/pages/DPG_2019_03_25_10744617)', lang: 'nl',
    paragraphs: ['Dat onderzoek is terecht, reageert wethouder Rutger Groot Wassink (GroenLinks). "Schokkend en onacceptabel. Dit past niet in de democratie."'],
    want: [{ name: 'Rutger Groot Wassink', role: 'wethouder' }],
  },
]);

describeSpeakers('session 22: speakers', [
  {
    why: 'two titles a conjunction joins before the name, the first capitalised as English prints titles ("Northwell President and CEO Michael Dowling said"): the name speaks, not "Northwell President"',
    origin: 'The Island Now, 24 March 2020 (test/pages/TheIslandNow_2020_03_24)', lang: 'en',
    paragraphs: ['“We’ve joined with three outstanding companies to immediately begin clinical trials for patients now suffering from COVID-19 and are determined to do all we can to stop the virus in its tracks,” Northwell President and CEO Michael Dowling said.'],
    want: [{ text: 'We’ve joined with three', speaker: 'Michael Dowling' }],
  },
  {
    why: 'a quotation that ends its sentence with a question mark inside the marks, its attribution standing as the next sentence ("“That would be you?” Borger asked."): the name that sentence gives speaks, not the speaker of the paragraph before',
    origin: 'Politico, 9 November 2015 (shared/corpus/quotes-en, politico_2015-11-09_sanders-endorsements-prove-clint, paragraphs 2, 5, 7-9)', lang: 'en',
    paragraphs: [
      '"Let\'s go back six months and look at Bernie Sanders announcing his candidacy and being 3, 4 percent in the polls," Sanders said in an interview with CNN\'s Gloria Borger aired Monday on "New Day."',
      'Six months ago, the independent Vermont senator said, the media considered him a "fringe candidate," making air quotes.',
      'When Borger brought up the fact that he has not earned any backing from his Senate colleagues, Sanders used it as an opportunity to draw a distinction between himself and the former secretary of state, first lady and New York senator.',
      '"It tells you that one of us is a candidate of the establishment, one of us is involved in establishment politics and establishment economics, and it says that, maybe, the other candidate is prepared to take on the establishment," Sanders remarked.',
      '"That would be you?" Borger asked.',
    ],
    want: [{ text: 'It tells you that', speaker: 'Bernie Sanders' }, { text: 'That would be you?', speaker: 'Gloria Borger' }],
  },
]);
