// Classes of name error read in session 21 (issue 12) on the pages of the suite, while the two batches labelled that
// session (31 and 32) stayed unseen. Each case is a real sentence from the page it names, run end to end (analyze of the
// text as the CLI's --text reads it: the first paragraph is the headline's place); constructed cases guard the rules'
// edges and say so.
import { describeRoles, describeSpeakers, type RoleCase } from './first-seen-tables';

const ROLES: RoleCase[] = [
  {
    why: 'a country’s adjective right after a given name is a surname ("Maltese", Italian for Maltese), so the role before the name reaches her',
    origin: 'RagusaOggi, 18 May 2020 (test/pages/RagusaOggi_2020_05_18)', lang: 'it',
    paragraphs: ['La direttrice del carcere Giovanna Maltese ha usato parole di gratitudine per il progetto: “Grazie a questo bel gesto di generosità si riescono a coinvolgere i detenuti dando loro anche la possibilità di rendersi utili alla società.”'],
    want: [{ name: 'Giovanna Maltese', role: 'direttrice del carcere' }],
  },
  {
    why: 'the commonest such surnames ("Russo", "Greco", "Albanese") after a given name, in Italian and English',
    origin: 'constructed: Italian surnames that are country adjectives', lang: 'it',
    paragraphs: ['Il sindaco Mario Russo ha parlato ieri con Giovanni Greco e con Luca Albanese.'],
    want: [{ name: 'Mario Russo', role: 'sindaco' }, { name: 'Giovanni Greco', role: null }, { name: 'Luca Albanese', role: null }],
  },
  {
    why: 'a country adjective of two words whose first is also a given name names no one ("Sierra Leonean", "Costa Rican"); a given name and a country adjective before a capitalised word stay a body ("Deutsche Bank")',
    origin: 'constructed: guards the surname rule above', lang: 'en',
    paragraphs: ['Prime Minister Anthony Albanese met the Deutsche Bank chief Christian Sewing. Sierra Leonean officials agreed, and Costa Rican officials did too.'],
    want: [{ name: 'Anthony Albanese', role: 'Prime Minister' }, { name: 'Christian Sewing', role: 'Deutsche Bank chief' }],
    absent: ['Sierra Leonean', 'Costa Rican', 'Anthony'],
  },
  {
    why: 'Dutch given names (none was listed before: "Klaas", "Sjoerd", "Joost", "Femke"; from @faker-js/faker\'s Dutch and Flemish lists)',
    origin: 'DPG Media, 8 March 2019 and 9 April 2019 (test/pages/DPG_2019_03_08_10683388, DPG_2019_04_09_10799171)', lang: 'nl',
    paragraphs: [
      'Naast Baudet en Jetten waren dat Lilianne Marijnissen van de SP en Klaas Dijkhoff van de VVD.',
    ],
    want: [{ name: 'Klaas Dijkhoff', role: null }],
    absent: ['Dijkhoff'],
  },
  {
    why: 'a given name no list holds, then a lowercase Dutch particle and a surname, is a person ("Jacquelien van Stekelenburg", "Tjirk van der Ziel"); a compound ending in a body\'s noun before "van" is none',
    origin: 'Reformatorisch Dagblad, 17 December 2019 (first-seen batch 32, read after its scoring)', lang: 'nl',
    paragraphs: [
      'Voor veel jongeren –met name meiden– is Greta een identificatiefiguur, signaleert Jacquelien van Stekelenburg.',
      'Haar populariteit heeft ze in ieder geval niet te danken aan het feit dat ze iets speciaals doet, stelt Tjirk van der Ziel, docent sociologie en onderzoeker storytelling aan de Christelijke Hogeschool Ede.',
      'De Museumraad van de Belgische musea vergaderde.',
    ],
    want: [{ name: 'Jacquelien van Stekelenburg', role: null }],
    absent: ['Museumraad van de Belgische'],
  },
  {
    why: 'an occupation of two nouns joined by a hyphen before a given name no list holds makes the name a person with that role (Dutch nouns in "-soof" and "-noom" are occupations: "filosoof", "econoom")',
    origin: 'Reformatorisch Dagblad, 17 December 2019 (first-seen batch 32, read after its scoring)', lang: 'nl',
    paragraphs: ['Dat tieners zich dankzij Thunberg laten horen waardeert theoloog-filosoof Henk Massink als positief.'],
    want: [{ name: 'Henk Massink', role: 'theoloog-filosoof' }],
  },
  {
    why: 'astronauts are a role in five languages ("Astronaut Jessica Meir", "astronaut Andrew Morgan told")',
    origin: 'Portland Press Herald, 18 October 2019 (first-seen batch 31, read at the session’s end)', lang: 'en',
    paragraphs: ['Astronaut Jessica Meir made history Friday morning when she stepped out of the International Space Station as part of the first all-female spacewalk. “Jessica and Christina, we are so proud of you and will be waiting for you in a few hours when you get home,” astronaut Andrew Morgan told his fellow space station residents minutes before the walk began.'],
    want: [{ name: 'Jessica Meir', role: 'Astronaut' }, { name: 'Andrew Morgan', role: 'astronaut' }],
  },
];

describeRoles('session 21: names and roles', ROLES);

describeSpeakers('session 21: speakers', [
  {
    why: '"selon les mots de X", "in the words of X": words are a source noun like a statement, so the owner named after it speaks (before, "mots de Hugues Vigier" was printed as the speaker)',
    origin: 'constructed on the pattern of L’Humanité, 14 February 2019 (first-seen batch 31, read at the session’s end), whose sentence puts an aside between "les mots" and "de Hugues Vigier" and stays unread', lang: 'fr',
    paragraphs: ['L’avocat Hugues Vigier défend le boxeur. C’est une vidéo qui a donné à l’affaire du « boxeur » un « traitement extrêmement politique », selon les mots de Hugues Vigier.'],
    want: [{ text: 'traitement extrêmement', speaker: 'Hugues Vigier' }],
  },
  {
    why: 'a role noun after its determiner, with the body it serves after it, then the full name in apposition: the name speaks, not the body ("el estratega digital de la Universidad La Salle, Miguel Jarquín, aseguró"); the quotation that opens the next paragraph goes on with them, though their own paragraph quotes a two-word fragment ("madurado mucho")',
    origin: 'El Economista, 23 March 2018 (first-seen batch 32, read after its scoring)', lang: 'es',
    paragraphs: [
      'Por su parte, el estratega digital de la Universidad La Salle, Miguel Jarquín, aseguró que López Obrador ha "madurado mucho" en el manejo de sus redes sociales y parece que hoy tiene claro que el éxito de éstas recae en gran medida en entender que esos espacios se tratan de relaciones entre personas, así que es necesario tener interacción con los seguidores.',
      '"El gran brinco que dio la web *NUMBER* a la web *NUMBER* fue la integración de las redes sociales como medio de comunicación."',
    ],
    want: [{ text: 'El gran brinco', speaker: 'Miguel Jarquín' }],
  },
  {
    why: 'the same with a listed role noun, in one sentence',
    origin: 'constructed on the pattern of the case above', lang: 'es',
    paragraphs: ['Por su parte, el director de la Universidad La Salle, Miguel Jarquín, aseguró: "El gran brinco que dio la web fue la integración de las redes sociales."'],
    want: [{ text: 'El gran brinco', speaker: 'Miguel Jarquín' }],
  },
  {
    why: 'a quotation after a sentence whose subject is a definite description ("De hoogleraar … aan de VU deed onderzoek") goes to the person the article gave that role, never to the body named inside the description after a preposition',
    origin: 'Reformatorisch Dagblad, 17 December 2019 (first-seen batch 32, read after its scoring)', lang: 'nl',
    paragraphs: ['Voor veel jongeren –met name meiden– is Greta een identificatiefiguur, signaleert hoogleraar Jacquelien van Stekelenburg. De hoogleraar sociale verandering en conflict aan de VU deed onderzoek naar klimaatdemonstraties door jongeren. „Inmiddels is ze meer dan dat. Ze is de kopvrouw van de klimaatbeweging geworden.”'],
    want: [{ text: 'Inmiddels is ze', speaker: 'Jacquelien van Stekelenburg' }],
  },
  {
    why: 'the quotation after a sentence whose speaker has a given name no list holds and a Dutch particle goes to that speaker',
    origin: 'Reformatorisch Dagblad, 17 December 2019 (first-seen batch 32, read after its scoring)', lang: 'nl',
    paragraphs: ['Haar populariteit heeft ze in ieder geval niet te danken aan het feit dat ze iets speciaals doet, stelt Tjirk van der Ziel, docent sociologie en onderzoeker storytelling aan de Christelijke Hogeschool Ede. „Haar speeches zijn niet uitzonderlijk. Ze is geen uitmuntend spreker.”'],
    want: [{ text: 'Haar speeches', speaker: 'Tjirk van der Ziel' }],
  },
  {
    why: 'a day or a sentence adverb that opens the sentence before a given name is no part of the speaker’s name',
    origin: 'constructed: "Ieri" and "Yesterday" are in the actors’ list of words that are never names', lang: 'it',
    paragraphs: ['Ieri Mario Rossi ha detto: “Siamo pronti a tutto per la città”.'],
    want: [{ text: 'Siamo pronti', speaker: 'Mario Rossi' }],
  },
  {
    why: 'the same in English',
    origin: 'constructed', lang: 'en',
    paragraphs: ['Yesterday Anthony Albanese said: “We are ready for anything now”.'],
    want: [{ text: 'We are ready', speaker: 'Anthony Albanese' }],
  },
]);
