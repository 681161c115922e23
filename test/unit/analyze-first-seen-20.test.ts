// Classes of role and name error read in session 20 (issue 12) on the pages of the suite, while the two batches labelled
// that session (29 and 30) stayed unseen until the end. Each case is a real sentence from the page it names, run end to
// end (analyze of the text as the CLI's --text reads it: the first paragraph is the headline's place); the sentences
// that the page holds once get a second, plain mention of the person so that the person is listed at all.
import { describeRoles, describeSpeakers, type RoleCase } from './first-seen-tables';

const ROLES: RoleCase[] = [
  {
    why: 'a role noun whose complement holds another role ("el hermano del expresidente hondureño", "der Bruder des Täters") gives the person the whole phrase, never the other person’s role inside it; a nickname in quotation marks after the first name is no part of the name',
    origin: 'El Heraldo, 26 April 2022 (test/pages/ElHeraldo_2022_04_26)', lang: 'es',
    paragraphs: [
      'El líder del cártel de Sinaloa fue vinculado con Hernández en 2019, cuando se desarrollaba el juicio contra el hermano del expresidente hondureño, Juan Antonio “Tony” Hernández.',
      'Juan Antonio Hernández fue condenado en Nueva York.',
    ],
    want: [{ name: 'Juan Antonio Hernández', role: 'hermano del expresidente hondureño' }],
    absent: ['Tony', 'Juan Antonio'],
  },
  {
    why: 'the same in German, with the outer role in the nominative and the complement as printed',
    origin: 'constructed on the pattern of the Spanish case: "Der Bruder des Täters, Max Berger, …"', lang: 'de',
    paragraphs: ['Der Bruder des Täters, Max Berger, sagte, er sei fassungslos. Berger war nicht erreichbar.'],
    want: [{ name: 'Max Berger', role: 'Bruder des Täters' }],
  },
  {
    why: 'kin nouns are roles in every language ("le frère de l’assaillant présumé, Eric Paddock")',
    origin: 'Challenges, 2 October 2017 (test/pages/Challenges_2017_10_02)', lang: 'fr',
    paragraphs: ['Contacté par Reuters, le frère de l\'assaillant présumé, Eric Paddock, s\'est dit "horrifié" et a présenté ses condoléances aux victimes. Eric Paddock vit à Orlando.'],
    want: [{ name: 'Eric Paddock', role: 'frère de l\'assaillant présumé' }],
  },
  {
    why: 'a lowercase preposition between two capitalised words of a body’s name ("Coalición por México al Frente") belongs to the complement, it opens no clause',
    origin: 'Excélsior, 16 May 2018 (test/pages/Excelsior_2018_05_16)', lang: 'es',
    paragraphs: ['El anuncio de exprimera dama se da un día después de que el candidato presidencial de la Coalición por México al Frente, Ricardo Anaya, anunciara que buscaría a la expanista Margarita Zavala para que decline a su favor. Anaya no comentó.'],
    want: [{ name: 'Ricardo Anaya', role: 'candidato presidencial de la Coalición por México al Frente' }],
  },
  {
    why: 'an adverb may open an apposition before its role ("says Charpentier, now a professor at …")',
    origin: 'MIT Technology Review, 4 December 2014 (test/pages/MITTechnologyReview_2014_12_04)', lang: 'en',
    paragraphs: [
      'Emmanuelle Charpentier published the method with Jennifer Doudna.',
      '“All I can say is that we did it in my lab with Jennifer Doudna,” says Charpentier, now a professor at the Helmholtz Centre for Infection Research and Hannover Medical School in Germany.',
    ],
    want: [{ name: 'Emmanuelle Charpentier', role: 'professor' }],
  },
  {
    why: 'a body named in quotation marks completes the role ("presidente dello “Sportello dei Diritti”"), and a capitalised elision stays closed up in the name ("D’Agata")',
    origin: 'Salerno Notizie, 1 April 2020 (test/pages/SalernoNotizie_2020_04_01)', lang: 'it',
    paragraphs: ['L’Accademia, evidenzia Giovanni D’Agata, presidente dello “Sportello dei Diritti”, raccomanda tuttavia ai proprietari di “rafforzare le solite misure” lavandosi regolarmente le mani. D’Agata insiste.'],
    want: [{ name: 'Giovanni D’Agata', role: 'presidente dello “Sportello dei Diritti”' }],
  },
  {
    why: 'a first name that is also a listed body ("Oscar", the award) opens a person’s name after a role in apposition',
    origin: 'Revista Venezolana, 13 June 2016 (test/pages/RevistaVenezolana_2016_06_13)', lang: 'es',
    paragraphs: [
      'El coescritor del libro “Me voy o me quedo” y fundador del Centro de Capacitación Migratoria, Oscar Hernández Bernalette, agrega que en la actualidad la emigración venezolana se ubica en el 4%.',
      'Hernández Bernalette habló de los jóvenes.',
    ],
    want: [{ name: 'Oscar Hernández Bernalette', role: 'fundador del Centro de Capacitación Migratoria' }],
  },
  {
    why: 'without a comma the name closes the inner role ("the granddaughter of legendary organized labor icon Cesar Chavez" names the icon, not a granddaughter)',
    origin: 'The Week, 5 May 2023 (test/pages/TheWeek_2023_05_05)', lang: 'en',
    paragraphs: ['The 45-year-old Chavez Rodriguez is the granddaughter of legendary organized labor icon Cesar Chavez whose parents involved her in organizing from a young age. Cesar Chavez led the farm workers.'],
    want: [{ name: 'Cesar Chavez', role: null }],
  },
  {
    why: 'a role whose noun shows the other gender than the person’s first name is someone else’s ("his twenty-something daughter" bound to Woody Allen by the name after it)',
    origin: 'Toronto Star, 23 March 2020 (test/pages/TorontoStar_2020_03_23)', lang: 'en',
    paragraphs: [
      'Woody Allen’s memoir was published Monday. He began dating her daughter Soon-Yi Previn, more than 30 years younger than him, in the early 1990s.',
      'Recalling the day Farrow learned of the affair, after discovering erotic photographs of her twenty-something daughter at Allen’s apartment, Allen writes: “Of course I understand her shock, her fury, her everything.”',
    ],
    want: [{ name: 'Woody Allen', role: null }],
  },
  {
    why: 'an outer role noun counts only where an article or a possessive opens it: "Name, pareja de la presidenta madrileña, Isabel Díaz Ayuso" is the first name’s apposition, and the second name keeps the role inside it',
    origin: 'La Vanguardia, 13 January 2025 (test/pages/LaVanguardia_2025_01_13)', lang: 'es',
    paragraphs: ['El magistrado investiga si el número uno de la Fiscalía filtró datos reservados respecto del empresario Alberto González Amador, pareja de la presidenta madrileña, Isabel Díaz Ayuso. Ayuso no comentó. González Amador tampoco.'],
    want: [{ name: 'Isabel Díaz Ayuso', role: 'presidenta madrileña' }],
  },
  {
    why: 'qualifiers before the outer role noun are the role’s, and "teniente de alcalde" is an office ("su primer teniente de alcalde, Fran Romero")',
    origin: 'Diario Bahía de Cádiz, 13 October 2016 (test/pages/DiarioBahiaDeCadiz_2016_10_13)', lang: 'es',
    paragraphs: ['La alcaldesa de San Fernando, Patricia Cavada, y su primer teniente de alcalde, Fran Romero, han mantenido una reunión en Madrid, en el Ministerio de Defensa. Romero habló después.'],
    want: [{ name: 'Fran Romero', role: 'primer teniente de alcalde' }],
  },
  {
    why: 'German "bei" links the employer named right after it ("Sanktionsexperte bei Baker McKenzie"), and the employer takes no role ending in it',
    origin: 'NZZ, 15 June 2020 (test/pages/NZZ_2020_06_15)', lang: 'de',
    paragraphs: ['«Das Neue am Caesar Act sind vor allem die sekundären Sanktionen gegenüber ausländischen Unternehmen», erklärt Philippe Reich, Sanktionsexperte bei Baker McKenzie. Reich sieht Risiken.'],
    want: [{ name: 'Philippe Reich', role: 'Sanktionsexperte bei Baker McKenzie' }],
  },
  {
    why: 'a role that is the subject of a copula whose complement is the name gives the name that role ("His new campaign manager will be Julie Chavez Rodriguez"); a kin noun is no office beside it ("the granddaughter of …")',
    origin: 'The Week, 5 May 2023 (test/pages/TheWeek_2023_05_05)', lang: 'en',
    paragraphs: [
      'When President Biden announced his intention to seek re-election last Tuesday in a short, three-minute video, he also revealed his campaign team. His new campaign manager will be Julie Chavez Rodriguez, who was a deputy campaign manager on the Biden-Harris 2020 run.',
      'The 45-year-old Chavez Rodriguez is the granddaughter of legendary organized labor icon Cesar Chavez whose parents involved her in organizing from a young age.',
    ],
    want: [{ name: 'Julie Chavez Rodriguez', role: 'new campaign manager' }],
  },
  {
    why: 'the same with a copula in German and Spanish ("Neuer Trainer ist …", "El nuevo ministro es …"), an opening qualifier in lowercase',
    origin: 'constructed on the pattern of The Week’s sentence', lang: 'de',
    paragraphs: ['Neuer Trainer ist Max Müller. Müller sagte, er freue sich auf die Aufgabe.'],
    want: [{ name: 'Max Müller', role: 'neuer Trainer' }],
  },
  {
    why: 'two descriptions joined at the start of the sentence right after two names are one for each, in order ("The Puerto Rican singer and the Brazilian actress"), never one run-on phrase',
    origin: 'Hola USA, 24 June 2024 (test/pages/HolaUSA_2024_06_24), with a first name the lists hold', lang: 'en',
    paragraphs: ['Ricky Martin and Bruna Marquezine are reflecting on their professional careers and their personal growth during their latest joint interview. The Puerto Rican singer and the Brazilian actress have been taking over the entertainment industry. Marquezine smiled. Martin laughed.'],
    want: [{ name: 'Ricky Martin', role: 'Puerto Rican singer' }, { name: 'Bruna Marquezine', role: 'Brazilian actress' }],
  },
  {
    why: 'an adjective that a clause follows after "Il est" is no role ("Il est presque certain que …": "certain" has the shape of "écrivain")',
    origin: 'La DH, 2 May 2011 (test/pages/DH_2011_05_02)', lang: 'fr',
    paragraphs: ['Les Etats-Unis ont tué Oussama Ben Laden dimanche. Il est presque certain que des terroristes vont tenter de le venger, a mis en garde lundi le directeur de la CIA, Leon Panetta. Ben Laden était introuvable depuis dix ans.'],
    want: [{ name: 'Oussama Ben Laden', role: null }],
  },
  {
    why: 'a French verb in "-iste" is no agent noun before the name ("insiste Johanna Rolland"); the role is the apposition ("sa directrice de campagne")',
    origin: 'L’Obs, 12 December 2021 (batch 29, test/pages/NouvelObs_2021_12_12; read after its scoring)', lang: 'fr',
    paragraphs: ['"Elle mène la bataille des idées", confirme Johanna Rolland, sa directrice de campagne. "Notre adversaire c\'est la droite et l\'extrême droite", insiste Johanna Rolland.'],
    want: [{ name: 'Johanna Rolland', role: 'directrice de campagne' }],
  },
  {
    why: 'a capitalised title runs on leftwards through "of" and "for", never through "in" ("the Minister of Humanitarian Affairs and Poverty Alleviation in President Bola Ahmed Tinubu’s administration": Tinubu is the President)',
    origin: 'Ventures Africa, 9 January 2024 (batch 29, test/pages/VenturesAfrica_2024_01_09; read after its scoring)', lang: 'en',
    paragraphs: ['In a recent incident involving Betta Edu, the Minister of Humanitarian Affairs and Poverty Alleviation in President Bola Ahmed Tinubu\'s administration, there have been calls for her removal from office. Tinubu suspended her. Edu denied it.'],
    want: [{ name: 'Bola Ahmed Tinubu', role: 'President' }],
  },
  {
    why: 'a party’s name right after a Romance role and its adjectives is an affiliation, no part of the role ("consigliere regionale Forza Italia")',
    origin: 'Basilicata24, 3 March 2020 (batch 30, test/pages/Basilicata24_2020_03_03; read after its scoring)', lang: 'it',
    paragraphs: ['Vincenzo Acito, consigliere regionale Forza Italia “Abbiamo appreso dell’episodio occorso al collega Roberto Cifarelli, la cui auto e’ stata oggetto di un atto vandalico questa mattina”. Acito esprime solidarietà.'],
    want: [{ name: 'Vincenzo Acito', role: 'consigliere regionale' }],
  },
  {
    why: 'a possessive opens an apposition only outside a list of people ("Lorenz, his secretary, his programmer and his graduate students" gives Lorenz no role)',
    origin: 'Quanta Magazine, 20 May 2019 (test/pages/QuantaMagazine_2019_05_20)', lang: 'en',
    paragraphs: ['There were desks in the computer room, but because of the noise, Edward Lorenz, his secretary, his programmer and his graduate students all shared a room. Lorenz liked it.'],
    want: [{ name: 'Edward Lorenz', role: null }],
  },
];

describeRoles('roles read in session 20', ROLES);

describeSpeakers('speakers read in session 20', [
  {
    why: 'a verb no list holds after the quotation, then a short adverbial or the rest of a verb of several words, then the speaker ("«…», anticipe à Pékin Andy Rothman", "«…», met en garde l’économiste Eswar Prasad"): the speaker is the name, not the person the quotation talks about',
    origin: 'Libération, 5 April 2017 (test/pages/Liberation_2017_04_05)', lang: 'fr',
    paragraphs: [
      'Trump pourrait taxer les importations chinoises afin de protéger l’industrie des Etats-Unis. «Mais cela entraînerait une série de représailles qui pourraient réduire le commerce bilatéral, les investissements et, in fine, nuire aux deux économies», met en garde l’économiste Eswar Prasad, de la Brookings Institution.',
      'La loi américaine permet de taxer les importations d’un pays, mais de 15 % et pour cinq mois seulement. «Cela créerait trop de problèmes, Trump ne va pas faire ça», anticipe à Pékin Andy Rothman, un ancien diplomate américain installé pendant vingt ans en Chine.',
    ],
    want: [{ text: 'Mais cela entraînerait', speaker: 'Eswar Prasad' }, { text: 'Cela créerait trop', speaker: 'Andy Rothman' }],
  },
  {
    why: 'English: a body’s common noun after its article and then a verb in "-s" ("The company credits this expansion to “…”") is the body named before, never the two words as a name',
    origin: 'SiliconANGLE, 16 May 2016 (test/pages/SiliconAngle_2016_05_16)', lang: 'en',
    paragraphs: ['According to CircleCI, since securing Series A funding in 2014, the company has expanded to cover 100,000 developers and organizations from just over 1,000 at the time. The company credits this expansion to “[putting] energy into building the best unified self-service continuous integration and continuous delivery tool on the market.”'],
    want: [{ text: '[putting] energy', speaker: 'CircleCI' }],
  },
  {
    why: 'a number that opens the subject makes it a group of people, printed whole ("Two Labour councillors"), never a name cut from it ("Two Labour"); a number before a time ("Cuatro años") is no group',
    origin: 'Politics.co.uk, 3 November 2023 (test/pages/PoliticsCoUk_2023_11_03)', lang: 'en',
    paragraphs: ['Two Labour councillors have called on Keir Starmer to resign over his “failure to listen to calls” urging the party leadership to back a ceasefire in Gaza.'],
    want: [{ text: 'failure to listen', speaker: 'Two Labour councillors' }],
  },
  {
    why: 'straight marks with spaces inside pair as French guillemets do (" Du jamais vu "), and a straight mark between two letters is an apostrophe a tool mistyped ("d"éviter", "l"État"), no quotation mark',
    origin: 'La Croix, 23 July 2020 (batch 29, test/pages/LaCroix_2020_07_23, WMT21 text; read after its scoring)', lang: 'fr',
    paragraphs: ['Le premier ministre a annoncé jeudi 23 juillet à Besançon que 6,5 milliards d\'euros seraient mis sur la table. " Du jamais vu ", a martelé Jean Castex. Côté syndicats, ce choix est bien accueilli: " Le fait que ce soit une prime permet d"éviter à la sécurité sociale d\'avancer l\'argent ", explique Michel Beaugas, chargé de l\'emploi à Force ouvrière. Michel Beaugas est plus critique: " Nous aurions préféré que l"État se concentre sur les emplois durables. "'],
    want: [
      { text: 'Du jamais vu', speaker: 'Jean Castex' },
      { text: 'Le fait que ce soit une prime', speaker: 'Michel Beaugas' },
      { text: 'Nous aurions préféré', speaker: 'Michel Beaugas' },
    ],
  },
  {
    why: 'a document with no owner named ("the report said") speaks for the body named last before it, never for the person quoted or talked about before',
    origin: 'The Daily Beast, 16 December 2014 (test/pages/DailyBeast_2014_12_16)', lang: 'en',
    paragraphs: [
      'Mother Mary Clare Millea led the investigation. She wrote individual reports on each of the congregations she visited, and Tuesday’s report was the Vatican’s synthesis of those findings.',
      'The report concluded that American nuns were largely doing what they were supposed to be doing. “Women religious have courageously been in the forefront, selflessly tending to the spiritual, moral, educational, physical and social needs of countless individuals,” the report said.',
    ],
    want: [{ text: 'Women religious have courageously', speaker: 'Vatican' }],
  },
  {
    why: 'where the article names the document’s author after "by", the author speaks for it ("The report, collated over a four-year-period by Maj Gen Justice Paul Brereton")',
    origin: 'Women’s Agenda, 19 November 2020 (test/pages/WomensAgenda_2020_11_19)', lang: 'en',
    paragraphs: [
      'Australian Defence Force Chief Angus Campbell fronted the media on Thursday to deliver the findings of the review.',
      'The report, collated over a four-year-period by Maj Gen Justice Paul Brereton, found “credible information” relating to the war crimes of 25 current or former Australian Defence Force personnel.',
      'The report, which is heavily redacted in large parts, highlighted some confronting conduct. The report also said that “possibly the most disgraceful episode of Australia’s military history” was committed in 2012.',
    ],
    want: [{ text: 'possibly the most disgraceful', speaker: 'Paul Brereton' }],
  },
]);
