// findActors on real sentences, per language: who is found, under which name, of which kind, with which
// role, merged across which forms, and what must never come out. Each case names the page it is from.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/analysis/actors/find-actors';
import type { Actor } from '../../src/analysis/types';
import { analyze, pageFromText } from '../../src/analysis/analyze';

interface Case {
  origin: string;
  lang: string;
  headline?: string;
  paragraphs: string[];
  /** Actors that must be found: name (or one of its aliases), and kind / role words where given. */
  expect: { name: string; kind?: Actor['kind']; role?: string; aliases?: string[] }[];
  /** Names that must not be listed (junk: common nouns, dates, broken spans). */
  never?: string[];
}

const SEED = [
  'Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken. Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg nach einem Treffen des Nato-Russland-Rats am Mittwoch in Brüssel. „Das war keine einfache Diskussion.“',
  'Es gebe signifikante Differenzen zwischen beiden Seiten, die Nato-Staaten seien aber zu weiteren Gesprächen mit Russland bereit. „Das Treffen war sehr nützlich“, betonte der Generalsekretär. Zugleich bekräftigte er aber, dass Russland in der Frage eines möglichen Beitritts der Ukraine zur Nato kein Mitspracherecht habe.',
  'Vor dem Hintergrund des russischen Truppenaufmarsches an der Grenze zur Ukraine bringt das Nato-Mitglied Estland die Stationierung weiterer Nato-Soldaten in den Baltikum-Staaten ins Gespräch. „Natürlich diskutieren wir mit unseren Verbündeten darüber, ihre Präsenz hier zu verstärken, um als Abschreckung zu wirken“, sagte Estlands Ministerpräsidentin Kaja Kallas am Mittwoch in einem Videointerview mit Reuters aus Tallinn.',
];

const cases: Case[] = [
  {
    origin: 'The St Kitts Nevis Observer, 28 April 2022 (first-seen batch 10, blind half, looked at after its one scoring): "Honourable" is an honorific, no part of the name',
    lang: 'en',
    paragraphs: [
      'I will have a call with Minister Milling and the Acting Premier Honourable Natalio Wheatley tomorrow to discuss further engagement between the UK and BVI on this urgent issue.',
      'The Honourable Deputy Premier Natalio Wheatley will remain Acting Premier of the Territory.',
    ],
    expect: [{ name: 'Natalio Wheatley', kind: 'person' }],
    never: ['Honourable Natalio Wheatley'],
  },
  {
    origin: 'Live Science, 31 October 2014 (first-seen batch 8, dev half): a common noun capitalised by the headline and sentence starts',
    lang: 'en',
    headline: 'Brraaiins! How Zombies Overran Pop Culture',
    paragraphs: [
      'The zombies in the 1968 film "Night of the Living Dead" had a taste for flesh, but had not yet broadened their horizons to braaaiins.',
      'Zombies are something of an open-source pop-culture phenomenon. Unlike Dracula or Frankenstein, these Halloween monsters aren\'t based on a literary resource. In fact, the modern conception of a zombie dates back to 1968, in a movie that doesn\'t so much as use the word: George Romero\'s "Night of the Living Dead."',
      '"He didn\'t call them zombies, and he didn\'t think about them as zombies," said Ozzy Inguanzo, a screenwriter and author of "Zombies on Film: The Definitive Story of Undead Cinema" (Rizzoli, 2014). But the public did, Inguanzo told Live Science.',
      '"Audiences saw these lumbering dead people, and they called them zombies … therefore, they became zombies," he said. Since then, the walking undead have wormed their way into video games, comic books — and even the classics (witness 2009\'s novel "Pride and Prejudice and Zombies). [Zombies! Your Complete Guide to the Attack of the Dead (Infographic) ]',
    ],
    expect: [{ name: 'Ozzy Inguanzo', kind: 'person' }, { name: 'George Romero', kind: 'person' }],
    never: ['Zombies'],
  },

  {
    origin: 'The Press-Enterprise, 14 January 2015 (first-seen batch 8, dev half): an office\'s possessive inside an institution\'s name',
    lang: 'en',
    paragraphs: ['The shooting was reported to the Riverside County Sheriff’s Department about 9:30 p.m. in the 23300 block of Edmond Street in the unincorporated area near Perris.'],
    expect: [{ name: 'Riverside County Sheriff’s Department', kind: 'organization' }],
    never: ['Department'],
  },
  {
    origin: 'The Media Line, 24 March 2020 (first-seen batch 8, dev half): a capitalised "The" inside the sentence opens a title past its institution noun',
    lang: 'en',
    paragraphs: ['Prof. Peter Jay Hotez, a prominent virologist, told The Media Line that the earliest treatment that could work against COVID-19 would be a convalescent serum antibody.'],
    expect: [{ name: 'The Media Line', kind: 'organization' }],
    never: ['The Media', 'Line'],
  },

  {
    origin: 'Handelsblatt, 12 January 2022 (shared/seeds, the mission page)',
    lang: 'de',
    headline: 'Nato: Gibt signifikante Differenzen mit Russland',
    paragraphs: SEED,
    expect: [
      { name: 'Jens Stoltenberg', kind: 'person', role: 'Nato-Generalsekretär', aliases: ['Stoltenberg'] },
      { name: 'Kaja Kallas', kind: 'person', role: 'Estlands Ministerpräsidentin' },
      { name: 'Nato', kind: 'organization' },
      { name: 'Russland', kind: 'place' },
      { name: 'Estland', kind: 'place', aliases: ['Estlands'] },
      { name: 'Ukraine', kind: 'place' },
    ],
    never: ['Mittwoch', 'Differenzen', 'Dialog', 'Generalsekretär Jens Stoltenberg nur', 'Treffen', 'Generalsekretär', 'Estlands'],
  },
  {
    origin: 'Tagesschau, 28 April 2023 (fundus, labelled)',
    lang: 'de',
    paragraphs: [
      'Der damalige Landrat des Kreises Ahrweiler, Jürgen Pföhler (CDU), habe frühzeitige Warnungen vor Rekord-Pegelständen viel zu spät weitergegeben.',
      'Ministerpräsidentin Malu Dreyer (SPD), ihr für den Katastrophenschutz zuständiger Innenminister Roger Lewentz (SPD) und die damalige Umweltministerin Anne Spiegel (Grüne) mussten in den Zeugenstand. Spiegel war nur zehn Tage nach der Flut zu einem vierwöchigen Familienurlaub aufgebrochen.',
    ],
    expect: [
      // A party's acronym in brackets is the person's affiliation, no part of the role (its shortest complete form).
      { name: 'Jürgen Pföhler', kind: 'person', role: 'damaliger Landrat des Kreises Ahrweiler' },
      { name: 'Malu Dreyer', kind: 'person', role: 'Ministerpräsidentin' },
      { name: 'Roger Lewentz', kind: 'person', role: 'Innenminister' },
      { name: 'Anne Spiegel', kind: 'person', role: 'damalige Umweltministerin (Grüne)', aliases: ['Spiegel'] },
      { name: 'SPD', kind: 'organization' },
    ],
    never: ['Katastrophenschutz', 'Zeugenstand', 'Flut', 'Rekord-Pegelständen', 'Warnungen'],
  },
  {
    origin: '20 Minuten, 17 December 2024 (fundus, labelled)',
    lang: 'de',
    paragraphs: [
      'Die Europäische Kommission hat im Zusammenhang mit der inzwischen annullierten Präsidentenwahl in Rumänien ein Verfahren gegen die Online-Plattform Tiktok eröffnet.',
      'Der Oberste Verteidigungsrat (CSAT) in Rumänien hatte Tiktok nach dem Erfolg des prorussischen Rechtsradikalen Calin Georgescu bei der Präsidentenwahl schwere Vorwürfe gemacht. Zur Methode des Wahlkampfs von Georgescu ermittelt inzwischen Rumäniens Staatsanwaltschaft.',
      'Tiktok wolle weiterhin mit der Europäischen Kommission zusammenarbeiten. Konkret will sich die Brüsseler Behörde unter anderem Tiktoks Empfehlungssysteme anschauen.',
    ],
    expect: [
      // The role is shown in the nominative, as one would name him.
      { name: 'Calin Georgescu', kind: 'person', role: 'prorussischer Rechtsradikaler', aliases: ['Georgescu'] },
      { name: 'Europäische Kommission', kind: 'organization', aliases: ['Europäischen Kommission'] },
      { name: 'Rumänien', kind: 'place', aliases: ['Rumäniens'] },
      { name: 'Tiktok', kind: 'organization', aliases: ['Tiktoks'] },
      { name: 'Oberste Verteidigungsrat', kind: 'organization' },
    ],
    never: ['Brüsseler Behörde', 'Präsidentenwahl', 'Verfahren', 'Erfolg', 'Empfehlungssysteme'],
  },
  {
    origin: 'Salzburger Nachrichten, 5 June 2025 (fundus, labelled)',
    lang: 'de',
    paragraphs: [
      'Die frühere ÖVP-Integrationsministerin Susanne Raab wird neue Generaldirektorin des Wiener Zentrums für Migrationspolitik (ICMPD). Raab setzte sich in der Abstimmung gegen den früheren griechischen Migrationsminister Dimitris Kairidis durch.',
      'Raab ist die erste Frau an der Spitze des ICMPD.',
    ],
    expect: [
      { name: 'Susanne Raab', kind: 'person', role: 'frühere ÖVP-Integrationsministerin' },
      { name: 'Dimitris Kairidis', kind: 'person', role: 'früherer griechischer Migrationsminister' },
      { name: 'Wiener Zentrum für Migrationspolitik', kind: 'organization', aliases: ['ICMPD'] },
    ],
    never: ['Wiener', 'Wien', 'Abstimmung', 'Spitze', 'Frau'],
  },
  {
    origin: 'Euronews English, 30 April 2024 (fundus, labelled)',
    lang: 'en',
    paragraphs: [
      'Swedish Prime Minister Ulf Kristersson on Monday admitted he was concerned about the “very serious” revelations by newspaper Dagens Nyheter.',
      "Sweden's Minister of Justice, Gunnar Strömmer, will meet with the police leadership to discuss the leaks on Tuesday. \"We must take action,\" said Strömmer. Dagens Nyheter reported the leaks first.",
    ],
    expect: [
      { name: 'Ulf Kristersson', kind: 'person', role: 'Swedish Prime Minister' },
      { name: 'Gunnar Strömmer', kind: 'person', role: 'Minister of Justice', aliases: ['Strömmer'] },
      { name: 'Sweden', kind: 'place' },
      { name: 'Dagens Nyheter' },
    ],
    never: ['Prime Minister Ulf', 'Monday', 'Tuesday', 'Swedish', 'Minister of Justice'],
  },
  {
    origin: 'The Telegraph, 17 September 2024 (fundus, labelled)',
    lang: 'en',
    headline: 'Starmer Defends Accepting Gifts From Labour Donor',
    paragraphs: [
      'Sir Keir Starmer has defended accepting gifts from a millionaire Labour donor who was later given a pass to access No 10 Downing Street.',
      'The Prime Minister suggested he would continue to take gifts from Lord Alli, despite a row over some of his donations. The Labour peer has given Sir Keir tens of thousands of pounds to spend on suits, and it emerged that Lady Starmer, the Prime Minister’s wife, had also been given clothes.',
    ],
    expect: [
      // Title Case headlines prove nothing, "Sir" is a title and the role comes from "The Prime Minister suggested".
      { name: 'Keir Starmer', kind: 'person', role: 'Prime Minister', aliases: ['Keir'] },
      { name: 'Lord Alli', kind: 'person', role: 'Labour peer' },
      { name: 'Lady Starmer', kind: 'person', role: 'Prime Minister’s wife' },
      { name: 'Labour', kind: 'organization' },
    ],
    never: ['Starmer Defends', 'Defends Accepting Gifts', 'Prime', 'Sir Keir', 'Keir'],
  },
  {
    origin: 'iNews, 28 January 2025 (fundus, labelled)',
    lang: 'en',
    paragraphs: [
      'Two people have been arrested after Just Stop Oil protesters disrupted a West End performance of The Tempest starring Sigourney Weaver on Monday night.',
      'One of the protesters, Hayley Walsh, 42, a lecturer from Nottingham, said: “Years of writing to MPs hasn’t seen the urgent change needed.”',
      'Bafta-award winning actress Weaver plays the storm-creating magician Prospero. Just Stop Oil said the protest was peaceful.',
    ],
    expect: [
      { name: 'Sigourney Weaver', kind: 'person', role: 'Bafta-award winning actress' },
      { name: 'Hayley Walsh', kind: 'person', role: 'lecturer' },
      { name: 'Just Stop Oil' },
    ],
    never: ['Two', 'One', 'Monday', 'Years', 'Just Stop', 'Weaver West'],
  },
  {
    origin: 'Le Monde, 1 September 2023 (fundus, labelled)',
    lang: 'fr',
    paragraphs: [
      'Mardi 29 août, en début de soirée, Emmanuel Macron a reçu, durant un peu plus d’une heure, Sophie Binet, la secrétaire générale de la CGT. Le chef de l’Etat souhaitait s’entretenir avec la syndicaliste, qui a pris ses fonctions à la fin mars.',
      'Mme Binet a exposé ses revendications à la CGT et au chef de l’Etat.',
    ],
    expect: [
      { name: 'Sophie Binet', kind: 'person', role: 'secrétaire générale de la CGT', aliases: ['Binet'] },
      // Nothing stands beside the name; the next sentence opens on "Le chef de l’Etat".
      { name: 'Emmanuel Macron', kind: 'person', role: 'chef de l’Etat' },
      { name: 'CGT', kind: 'organization' },
    ],
    never: ['Mardi', 'Etat', 'Mme', 'Mme Binet'],
  },
  {
    origin: 'El País, 15 October 2024 (fundus, labelled)',
    lang: 'es',
    paragraphs: [
      'La presidenta de la Comisión Europea, Ursula von der Leyen, es cada vez más clara en su giro a la derecha en inmigración. Von der Leyen quiere acelerar las deportaciones desde la Unión Europea (UE).',
      'La idea de crear centros de deportación como el que ha impulsado Meloni en Albania revolotea en la UE desde hace tiempo.',
    ],
    expect: [
      { name: 'Ursula von der Leyen', kind: 'person', role: 'presidenta de la Comisión Europea', aliases: ['von der Leyen'] },
      { name: 'Comisión Europea', kind: 'organization' },
      { name: 'Unión Europea', kind: 'organization', aliases: ['UE'] },
      { name: 'Albania', kind: 'place' },
    ],
    never: ['Von', 'Leyen', 'La'],
  },
  {
    origin: 'La Vanguardia, 13 January 2025 (fundus, labelled)',
    lang: 'es',
    paragraphs: [
      'El juez del Tribunal Supremo Ángel Hurtado ha citado a declarar en calidad de investigado al fiscal general del Estado, Álvaro García Ortiz, para el próximo 29 de enero. Hurtado considera que los indicios contra García Ortiz se han visto “apuntalados”.',
    ],
    expect: [
      { name: 'Ángel Hurtado', kind: 'person', role: 'juez del Tribunal Supremo', aliases: ['Hurtado'] },
      { name: 'Álvaro García Ortiz', kind: 'person', role: 'fiscal general del Estado', aliases: ['García Ortiz'] },
      { name: 'Tribunal Supremo', kind: 'organization' },
    ],
    never: ['Tribunal Supremo Ángel Hurtado', 'Estado', 'El'],
  },
  {
    origin: 'Corriere della Sera, 4 February 2025 (fundus, labelled)',
    lang: 'it',
    paragraphs: [
      'La premier italiana Giorgia Meloni è partita (a sorpresa) per una missione in Florida dal presidente eletto degli Usa. Meloni ha incontrato Donald Trump a Mar-a-Lago.',
    ],
    expect: [
      { name: 'Giorgia Meloni', kind: 'person', role: 'premier italiana', aliases: ['Meloni'] },
      { name: 'Donald Trump', kind: 'person' },
      { name: 'Florida', kind: 'place' },
      { name: 'Mar-a-Lago' },
    ],
    never: ['La', 'Giorgia Meloni da Donald Trump'],
  },
  {
    origin: 'Voice of America, 28 April 2024 (test/pages, labelled): a country under the name its language gives it',
    lang: 'en',
    headline: "America's child care crisis is holding back moms without college degrees",
    paragraphs: [
      'The dilemma is common in the United States, where high-quality child care programs are prohibitively expensive, government assistance is limited, and daycare openings are sometimes hard to find at all.',
    ],
    expect: [{ name: 'United States', kind: 'place', aliases: ["America's"] }],
    never: ['America'],
  },
  {
    origin: 'Het Nieuwsblad, 2 February 2025 (test/pages, labelled): a label sentence and a book title',
    lang: 'nl',
    paragraphs: [
      'BIO. Annelies Verlinden ruilt Binnenlandse Zaken in voor Justitie',
      'Begin vorig jaar onthult ze in haar boek Eerlijk gezegd dat Joachim Coens al jaren een belangrijke rol speelt in haar politiek engagement.',
      'Met de pers heeft de CD&V-politica het moeilijk, geeft ze zelf aan in Eerlijk gezegd.',
    ],
    expect: [{ name: 'Annelies Verlinden', kind: 'person' }, { name: 'Joachim Coens', kind: 'person' }, { name: 'Eerlijk gezegd' }],
    never: ['BIO', 'Eerlijk'],
  },
  {
    origin: '20 Minuten, 17 December 2024 (fundus, labelled): a photo credit glued to the text',
    lang: 'de',
    paragraphs: ['«Wenn wir eine ausländische Einmischung vermuten, müssen wir schnell und entschlossen handeln», sagt EU-Kommissionspräsidentin Ursula von der Leyen.Philipp von Ditfurth/dpa'],
    expect: [{ name: 'Ursula von der Leyen', kind: 'person', role: 'EU-Kommissionspräsidentin' }],
    never: ['Philipp von Ditfurth'],
  },
  {
    origin: 'German Wikinews via quotes-de, texts/45839.txt: a place known only by "in", "bei" and an apposition',
    lang: 'de',
    paragraphs: [
      'Bei einem Polizeieinsatz auf dem Heisenhof in Dörverden (Niedersachsen) wurden mehrere Militärfahrzeuge aus dem Dritten Reich beschlagnahmt.',
      'Rieger hatte Pläne auf dem so genannten Heisenhof bei Dörverden ein Schulungszentrum für Neonazis zu errichten.',
    ],
    expect: [{ name: 'Dörverden', kind: 'place' }],
    never: ['Polizeieinsatz', 'Militärfahrzeuge', 'Schulungszentrum'],
  },
  {
    origin: 'NBC News, 19 November 2019 (test/pages/NBCNews_2019_11_19): a generational suffix comes off for the surname',
    lang: 'en',
    paragraphs: [
      'Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening to assault and murder a United States official.',
      'Carlineo faces a maximum of 10 years in prison and up to a $250,000 fine. Sentencing is scheduled for Feb. 14.',
      "Carlineo's attorney, Sonya Zoghlin, said in an email to The Associated Press that Carlineo never intended to harm Omar.",
    ],
    expect: [{ name: 'Patrick W Carlineo Jr', kind: 'person', aliases: ['Carlineo'] }, { name: 'Sonya Zoghlin', kind: 'person', role: 'attorney' }],
  },
  {
    origin: 'Radio Prague International (fr), 23 October 2020 (test/pages/RadioPrague_2020_10_23): words of a role are no actors',
    lang: 'fr',
    paragraphs: [
      "Photos à l'appui, le tabloïd Blesk révèle ce vendredi que le ministre de la Santé Roman Prymula s'est retrouvé tard mercredi soir dans un restaurant pragois - et sans masque, en dépit des mesures sanitaires qu'il a lui-même imposées.",
      "Au sein même du gouvernement, le comportement du ministre de la Santé a également suscité la désapprobation. Le Premier ministre Andrej Babiš s'est exprimé sur l'incident dans le cadre d'une conférence de presse.",
      "Le Premier ministre a fait savoir qu'il allait demander au ministre de la Santé de démissionner.",
    ],
    expect: [{ name: 'Roman Prymula', kind: 'person' }, { name: 'Andrej Babiš', kind: 'person', role: 'Premier ministre' }],
    never: ['Santé', 'Premier'],
  },
  {
    origin: 'MDR, 8 July 2026 (test/pages/MDR_2026_07_08): a plural institution noun is a common noun',
    lang: 'de',
    headline: 'So sind Straßenbahnen und Autobahnen auf künftige Hitzewellen vorbereitet',
    paragraphs: [
      'Auf den Schienen und Straßen in Sachsen-Anhalt könnte es dann wieder problematisch werden. Die Straßenbahnen seien dann nicht mehr verkehrssicher.',
      'Bis die Schäden, die auf den Autobahnen in den letzten Wochen entstanden sind, komplett saniert sind, wird es laut Kauert noch Jahre dauern. Neue Straßenbahnen hätten das Problem nicht.',
    ],
    expect: [{ name: 'Sachsen-Anhalt', kind: 'place' }],
    never: ['Autobahnen', 'Straßenbahnen'],
  },
  {
    origin: 'El Comercio (Peru), 7 May 2022 (test/pages/ElComercio_2022_05_07): a capitals label before a bar is typography',
    lang: 'es',
    paragraphs: [
      'La Sala Penal Especial de la Corte Suprema continuará el juicio público contra el excongresista Kenji Fujimori por la presunta compra de votos.',
      'MIRA | Kenji Fujimori: PJ concluye con interrogatorio a testigos en juicio por presunta compra de votos',
      'La Fiscalía pidió 12 años de prisión contra el excongresista Kenji Fujimori.',
    ],
    expect: [{ name: 'Kenji Fujimori', kind: 'person', role: 'excongresista' }],
    never: ['MIRA'],
  },
  {
    origin: 'Vegolosi.it, 30 September 2020 (test/pages/Vegolosi_2020_09_30): a unit letter after a degree sign',
    lang: 'it',
    paragraphs: [
      'Questa è la scadenza che abbiamo, il tempo che ci resta per intraprendere azioni decisive per mantenere il riscaldamento sotto la soglia di 1,5 °C. Il riscaldamento globale a 1,5 °C sopra i livelli preindustriali.',
      'A New York il Metronome si trasforma in un gigantesco orologio. Il famoso orologio del Metronome ha iniziato a scorrere.',
    ],
    expect: [{ name: 'New York', kind: 'place' }],
    never: ['C'],
  },
  {
    origin: 'Parco Nazionale d\'Abruzzo, Lazio e Molise, 14 January 2020 (trafilatura benchmark): a shouted heading with a year in it',
    lang: 'it',
    headline: 'ORSO MARSICANO: 2019 UN ANNO DA RECORD',
    paragraphs: ['Sono almeno 9 le femmine di orso marsicano che si sono riprodotte nel 2019 nel Parco Nazionale d\'Abruzzo Lazio e Molise e 16 i cuccioli contati, in collaborazione con i Carabinieri Forestali.'],
    expect: [{ name: 'Carabinieri Forestali' }],
    never: ['UN ANNO DA RECORD', 'ORSO MARSICANO'],
  },
  {
    origin: 'stern / Capital, 5 November 2024 (test/pages, held-out batch 3): a surname in the genitive before a noun',
    lang: 'de',
    paragraphs: ['Sowohl rechte Kommentatoren als auch Trump selbst zogen schnell Vergleiche zwischen Bidens Worten und Hillary Clintons Verweis auf die Trump-Anhänger aus dem Jahr 2016, die sie als "Korb der Bedauernswerten" bezeichnete, was laut Clinton ein Faktor für ihre Wahlniederlage war.'],
    expect: [{ name: 'Hillary Clinton', kind: 'person', aliases: ['Clinton'] }],
    never: ['Hillary Clintons Verweis', 'Hillary Clintons'],
  },
  {
    origin: 'The Nation, 11 January 2024 (test/pages, held-out batch 3): a party named by its adjective',
    lang: 'en',
    paragraphs: ['Christie was the last high-profile GOP contender who was fighting for whatever remains of the soul of a Republican Party that has evolved into a cult of personality.', 'He argued that the other prominent contenders were unwilling to make an issue of the Republican front-runner’s criminality, and demanded that Republican voters answer the essential question.'],
    expect: [{ name: 'Republican Party', kind: 'organization', aliases: ['Republican'] }],
    never: ['Republican'],
  },
  {
    origin: 'Euronews FR, 6 January 2026 (test/pages): a role noun followed by a clause does not make a person of the ship named after it',
    lang: 'fr',
    paragraphs: ["Après la capture de Nicolás Maduro, Donald Trump a partagé une photo sur sa plateforme Truth Social montrant le président vénézuélien menotté à bord de l'USS Iwo Jima, qui le transportait vers New York."],
    expect: [{ name: 'Nicolás Maduro', kind: 'person' }],
    never: ['Iwo Jima'],
  },
  {
    origin: 'German Wikinews via quotes-de, texts/71241.txt: a German noun by its suffix after a role noun is no name',
    lang: 'de',
    paragraphs: ['Der Feuilletonredakteur Martin Hatzius kritisiert in der Ostberliner Tageszeitung „Neues Deutschland“, die Aktion erinnere „fatal an die Bücherverbrennung anno 1933 auf dem Berliner Bebelplatz“. Er wirft dem Künstler Betriebsblindheit vor und beanstandet die staatliche Förderung der „Sammelstelle“.'],
    expect: [{ name: 'Martin Hatzius', kind: 'person', role: 'Feuilletonredakteur' }],
    never: ['Betriebsblindheit'],
  },
  {
    origin: 'ScienceNOW, 12 April 2011 (smallrivers/snacktory sciencemag.html; first-seen batch 11, dev half): an institution whose head opens its name, one named after a place whose second word is also a first name',
    lang: 'en',
    paragraphs: ['And a 2009 study of dinosaur olfaction, led by paleontologist Darla Zelenitsky of the University of Calgary in Canada, found that dinosaur lineages had a keen sense of smell.', 'Luis Chiappe, a paleontologist and early bird expert at the Natural History Museum of Los Angeles County in California, says that the paper represents a "great start."'],
    expect: [{ name: 'University of Calgary', kind: 'organization' }, { name: 'Natural History Museum of Los Angeles County', kind: 'organization' }, { name: 'Darla Zelenitsky', kind: 'person' }],
    never: ['Angeles County', 'Natural History Museum of Los'],
  },
  {
    origin: 'The Wall Street Journal, 12 November 2015 (advancedlogic/GoOse sites/wsj.com.html; first-seen batch 11, dev half): an acronym in the plural is a common noun',
    lang: 'en',
    paragraphs: ['Still others said they are put off by the larger role of super PACs. Mrs. Clinton is also relying on support from super PACs, which can raise and spend unlimited sums. One of the largest of those, Priorities USA Action, raised $15.7 million as of July.', 'The limitations of super PACs have been on display in the GOP primary.'],
    expect: [{ name: 'GOP' }],
    never: ['PACs'],
  },
  {
    origin: 'Newsweek, 9 October 2010 (smallrivers/snacktory newsweek.html; first-seen batch 11, blind half, looked at after its one scoring): adjectives that only qualify the noun after them are no names',
    lang: 'en',
    paragraphs: ['The video shows a gun barrel jutting from the rear window of a shiny black Lada sedan as it cruises slowly down Putin Prospect, a new boulevard of designer shops in the Chechen capital, Grozny.', 'For backup, Chechen militias prowl the streets in black cars, on the alert for uncovered hair. The violence has spread and intensified as Islamist extremism has flourished elsewhere, and Islamist rebels fight on.', 'Chechen President Ramzan Kadyrov has declared war on what he regards as public indecency. Kadyrov brushes off the charges.'],
    expect: [{ name: 'Ramzan Kadyrov', kind: 'person' }],
    never: ['Chechen', 'Islamist'],
  },
  {
    origin: 'ReadWriteWeb, 18 August 2010 (smallrivers/snacktory readwriteweb.html; first-seen batch 11, blind half, looked at after its one scoring): a name made of a web address is one name',
    lang: 'en',
    paragraphs: ['Joshua and Sally Strebel, the husband and wife founders (and only employees) of Page.ly - a premium WordPress hosting service celebrating its first birthday - have learned a lot.', 'Page.ly actually isn\'t the first venture the couple has launched.'],
    expect: [{ name: 'Page.ly', kind: 'organization' }],
    never: ['Page'],
  },
  {
    origin: 'CIO, 26 June 2015 (smallrivers/snacktory cio.com.html; first-seen batch 11, blind half, looked at after its one scoring): a time zone after a time of day, a place made an adjective before a name',
    lang: 'en',
    paragraphs: ['Techworld.com | Jun 26, 2015 9:52 AM PT', 'Nigel Beighton, VP of technology at Texas-headquartered Rackspace, said there are a number of issues that need to be addressed. Rackspace runs clouds.'],
    expect: [{ name: 'Nigel Beighton', kind: 'person' }],
    never: ['PT', 'Texas-headquartered Rackspace'],
  },
  {
    origin: 'Scientific American, 28 October 2010 (smallrivers/snacktory scientificamerican.html; first-seen batch 11, blind half, looked at after its one scoring): a label in capitals before a colon',
    lang: 'en',
    paragraphs: ['MAN DOWN: Levels of BPA way below those currently tolerated by government agencies could be harming sperm, according to a new study.', 'John Meeker, an assistant professor of environmental health sciences at the University of Michigan, said more study is needed.'],
    expect: [{ name: 'John Meeker', kind: 'person' }],
    never: ['MAN DOWN'],
  },
  {
    origin: 'WSVN, 8 November 2023 (adbar/trafilatura tests/eval/wsvn.com-crash.html; first-seen batch 11, blind half, looked at after its one scoring): a street\'s head alone names no place',
    lang: 'en',
    paragraphs: ['According to officials, the incident unfolded in the area of Miller Drive and Southwest 117th Avenue, at around 3 a.m., Wednesday.'],
    expect: [{ name: 'Miller Drive' }],
    never: ['Avenue'],
  },
  {
    origin: 'ScienceNOW, 12 April 2011 (smallrivers/snacktory sciencemag.html; first-seen batch 11, dev half): a demonym before an institution\'s head opens its name',
    lang: 'en',
    paragraphs: ['The finding is "a step forward," says Stephen Brusatte, a vertebrate paleontologist at the American Museum of Natural History in New York City.'],
    expect: [{ name: 'American Museum of Natural History', kind: 'organization' }],
    never: ['Museum of Natural History'],
  },
  {
    origin: 'The Voice, 3 November 2023 (adbar/htmldate tests/eval/voice-online.co.uk-elites.html; first-seen batch 12, looked at after scoring): words for groups of people are adjectives, not names',
    lang: 'en',
    paragraphs: ['A RACIAL Code blocks Black high flyers from breaking into the upper echelons, one of Britain’s few Black female professors says.', '“For Black people, it’s to act as a source of affirmation; you’re not going crazy!” Professor Nicola Rollock said. But if you’re Black it doesn’t matter.', 'Sarwar said his party will have to do a “repair job” with Muslim voters. Sarwar thanked the Muslim group.'],
    expect: [{ name: 'Nicola Rollock', kind: 'person' }],
    never: ['Black', 'Muslim'],
  },
];

const forms = (a: Actor) => [a.name, ...(a.aliases ?? [])].map((n) => n.toLowerCase());
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe.each(cases)('findActors: $origin', (c) => {
  const actors = findActors({ lang: c.lang, headline: c.headline ?? null, deck: null, paragraphs: c.paragraphs });
  const listed = actors.map((a) => a.name);
  for (const want of c.expect) {
    it(`finds ${want.name}`, () => {
      const got = actors.find((a) => forms(a).includes(want.name.toLowerCase()));
      expect(got, `${want.name} among ${JSON.stringify(listed)}`).toBeTruthy();
      if (want.kind) expect(got!.kind, `kind of ${want.name}`).toBe(want.kind);
      if (want.role) expect(words(got!.role ?? ''), `role of ${want.name}: "${got!.role}"`).toEqual(expect.arrayContaining(words(want.role)));
      for (const alias of want.aliases ?? []) expect(forms(got!), `${want.name} known as ${alias}`).toContain(alias.toLowerCase());
    });
  }
  for (const junk of c.never ?? []) {
    it(`lists no "${junk}"`, () => expect(listed, `junk "${junk}" in ${JSON.stringify(listed)}`).not.toContain(junk));
  }
});

it('a teaser line set in Title Case neither makes a verb part of a name nor names its phrases [HuffPost, 15 November 2015 (quotes-en, PolNeAR train)]', () => {
  const names = findActors({ lang: 'en', headline: null, deck: null, paragraphs: [
    'But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast, saying that concerns about potential job loss were not to be dismissed.',
    'Hillary Clinton Put On The Defensive Over Middle East Policy.',
    'Hillary Clinton Sides With George W. Bush On ‘Radical Islam.’',
  ] }).map((a) => a.name);
  expect(names).toContain('Hillary Clinton');
  expect(names.filter((n) => /Sides|Put|Defensive/u.test(n))).toEqual([]);
});

it('a lowercase role noun before a link and a capitalised title is someone else’s ("the former chairman of President Barack Obama’s Council") [HuffPost, 15 November 2015 (quotes-en, PolNeAR train)]', () => {
  const actors = findActors({ lang: 'en', headline: null, deck: null, paragraphs: [
    'Concerns about potential job loss — as articulated by Alan Krueger, the former chairman of President Barack Obama’s Council of Economic Advisers — were not to be dismissed.',
  ] });
  expect(actors.find((a) => a.name === 'Barack Obama')?.role).toBe('President');
});

it('three people with one first name, one of them given a role, are people, not a brand ("Miguel Díaz-Canel Bermúdez", "Miguel Colina", "Miguel Mario Cabrera Castellanos") [Cubadebate, 26 April 2022 (test/pages/Cubadebate_2022_04_26)]', () => {
  const actors = findActors({ lang: 'es', headline: null, deck: null, paragraphs: [
    'Bajo el liderazgo de su primer secretario, Miguel Díaz-Canel Bermúdez, el Comité Central del Partido Comunista de Cuba (PCC) inició su IV Pleno.',
    'El IV Pleno eligió además miembros del Comité Central a Miguel Colina, primer secretario del Comité Provincial del Partido en Villa Clara.',
    'Participó también Miguel Mario Cabrera Castellanos, jefe de la Dirección de Cuadros del Estado.',
  ] });
  expect(actors.find((a) => a.name === 'Miguel Díaz-Canel Bermúdez')?.role).toBe('primer secretario');
});

it('a first and last name given with two different middle names are two people ("Juan Orlando Hernández", his brother "Juan Antonio Hernández") [El Heraldo, 26 April 2022 (test/pages/ElHeraldo_2022_04_26)]', () => {
  const names = findActors({ lang: 'es', headline: null, deck: null, paragraphs: [
    'El expresidente de Honduras, Juan Orlando Hernández, fue extraditado a Estados Unidos.',
    'El juicio contra el hermano del expresidente hondureño, Juan Antonio Hernández, terminó en 2019.',
  ] }).map((a) => a.name);
  expect(names).toEqual(expect.arrayContaining(['Juan Orlando Hernández', 'Juan Antonio Hernández']));
});

it('a body whose head a connector follows inside the name goes on through "and" ("US National Institute of Standards and Technology") [Tech Monitor, 9 February 2024 (metascraper fixture; first-seen batch 15, blind half)]', () => {
  const names = findActors({ lang: 'en', headline: null, deck: null, paragraphs: [
    '“We need to ensure aligned approaches,” said the director of the US National Institute of Standards and Technology, Laurie Locascio, at an event in Washington D.C. on Wednesday.',
  ] }).map((a) => a.name);
  expect(names).toContain('US National Institute of Standards and Technology');
});

describe('a German sports club: its abbreviation and the words after it are one name (session 14)', () => {
  it.each([
    { text: 'Schlagzeile\n\nDer TSV Bayer Dormagen hat Matthias Flohr als neuen Cheftrainer verpflichtet. Beim TSV Bayer Dormagen ist man froh.', want: 'TSV Bayer Dormagen', origin: 'LIQUI MOLY HBL, 31 January 2022 (test/pages/LiquiMolyHBL_2022_01_31; first-seen batch 17, blind half, looked at after its one scoring)' },
    { text: 'Schlagzeile\n\nDer SK Rapid verliert das Derby. Beim SK Rapid herrscht nun Ratlosigkeit.', want: 'SK Rapid', origin: 'Laola1, 2 February 2022 (test/pages/Laola1_2022_02_02)' },
    { text: 'Schlagzeile\n\nDer BSV Stans gewinnt gegen den BSV Bern. Für den BSV Stans ist es der dritte Sieg in Folge.', want: 'BSV Stans', origin: 'handball.ch, 2 February 2022 (test/pages/HandballCh_2022_02_02)' },
  ])('$want [$origin]', ({ text, want }) => {
    const names = analyze(pageFromText(text), { lang: 'de' }).actors.map((a) => a.name);
    expect(names).toContain(want);
  });
});

describe('names read on batch 18 after its one scoring (session 15)', () => {
  it.each([
    { text: 'Schlagzeile\n\nWährend viele österreichische Steuerzahler die Zähne zusammenbeißen mussten, ging Alexander Van der Bellen samt “Hofstaat” auf Festspiel-Tour. Die Ausflüge von Van der Bellen zu den vier Kulturevents haben 57.000 Euro gekostet.', lang: 'de', want: 'Alexander Van der Bellen', origin: 'eXXpress, 1 November 2023 (test/pages/Exxpress_2023_11_01; first-seen batch 18): a capitalised particle inside a name' },
    { text: 'Headline\n\nHis doctor sought out advice from one of the study authors, Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary. Dempsey talked with the man over the phone.', lang: 'en', want: 'Aberdeen Royal Infirmary', origin: 'Gizmodo, 18 November 2019 (test/pages/Gizmodo_2019_11_18; first-seen batch 18): an infirmary heads an institution’s name, place and all' },
  ])('$want [$origin]', ({ text, lang, want }) => {
    const names = analyze(pageFromText(text), { lang }).actors.map((a) => a.name);
    expect(names).toContain(want);
  });
});

describe('a capitalised particle opening a surname after a party’s name (session 15)', () => {
  it('"Le vice-premier ministre Open Vld Alexander De Croo" [La Libre Belgique, 20 November 2012 (sevas/csxj-crawler; first-seen batch 20, dev half)]', () => {
    const names = analyze(pageFromText('Budget 2013\n\nLe vice-premier ministre Open Vld Alexander De Croo est sorti satisfait des négociations budgétaires. De Croo se félicite d\'avoir pu obtenir la modération salariale.'), { lang: 'fr' }).actors.map((a) => a.name);
    expect(names).toContain('Alexander De Croo');
  });
});

describe('a Flemish name: a given name no list holds before a capitalised particle (session 15)', () => {
  it('"Jelle Van Damme" [7sur7, 26 September 2012 (sevas/csxj-crawler; first-seen batch 20, blind half)]; not a German noun before a capitalised article ("Nachrichtenmagazin DER SPIEGEL", quotes-de 82489)', () => {
    const names = analyze(pageFromText('Titre\n\nSi la tension est clairement montée entre Jelle Van Damme et Benjamin Deceuninck hier soir à Mouscron, l\'incident continue à faire couler beaucoup d\'encre. Van Damme n\'avait pas encore donné sa version des faits.'), { lang: 'fr' }).actors.map((a) => a.name);
    expect(names).toContain('Jelle Van Damme');
    const de = analyze(pageFromText('Titel\n\nEin Kommentator schrieb dazu im Nachrichtenmagazin DER SPIEGEL: „Was die Gymnasialleiterin da an den Tag legt, kann man mit dem Verhalten eines Warlords vergleichen.“'), { lang: 'de' });
    expect(de.actors.map((a) => a.name)).not.toContain('Nachrichtenmagazin DER SPIEGEL');
  });
});
