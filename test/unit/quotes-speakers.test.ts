// Quote speakers (issue 4): a speaker is a person or body the article names, or a role resolved to one, never a
// capitalised German noun run ("Stoibers Äußerungen", "Jegliche Mitverantwortung"), and a role noun goes to the
// person the article gives that role, not to the nearest name. Real sentences; each case names its origin.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analysis/quotes/find-quotes';
import type { Actor } from '../../src/analysis/types';

const run = (lang: string, paragraphs: string[], actors: Actor[] = []) => findQuotes({ lang, headline: null, deck: null, paragraphs }, actors);

const person = (name: string, role: string | null = null): Actor => ({ name, aliases: [], kind: 'person', role, mentions: 2 });
const org = (name: string): Actor => ({ name, aliases: [], kind: 'organization', role: null, mentions: 2 });
const place = (name: string): Actor => ({ name, aliases: [], kind: 'place', role: null, mentions: 2 });

interface Case {
  origin: string; why: string; paragraphs: string[]; actors: Actor[]; lang?: string;
  /** The quotation (start of its text) and the speaker it must get (or one of several readings, each a name the article prints). */
  want: { text: string; speaker: string | null | string[]; absent?: boolean }[];
}

const JUNK: Case[] = [
  {
    why: 'colon with no speech verb: the name in apposition, not the capitalised object "Stoibers Äußerungen"',
    origin: 'shared/corpus/quotes-de 13440 (Wikinews)',
    paragraphs: ['Den Unmut der CDU über Stoibers Äußerungen brachte die gesundheitspolitische Sprecherin der Unionsfraktion im Bundestag, Annette Widmann-Mauz, zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben, bevor die Koalitionsverhandlungen begonnen haben.“'],
    actors: [person('Edmund Stoiber', 'CSU-Vorsitzende'), org('CDU')],
    want: [{ text: 'Es gibt keinen Grund', speaker: 'Annette Widmann-Mauz' }],
  },
  {
    why: 'colon after "rief … aus": the subject after an earlier quotation and "und", not "Einkaufszentrum Parolen" nor the genitive "Gegner Thaksins"',
    origin: 'shared/corpus/quotes-de 24326 (Wikinews)',
    paragraphs: ['Die Menschenmenge skandierte vor einem großen Einkaufszentrum Parolen wie „Thaksin raus!“ und der sich selbst medienwirksam als Gegner Thaksins inszenierende Medienunternehmer Sondhi Limthongkul rief vor den versammelten Demonstranten aus: „Thaksin ist der schlechteste Ministerpräsident aller Zeiten!“ 1300 Polizisten waren zur Gewährleistung der Sicherheit bei dieser Demonstration im Einsatz.'],
    actors: [person('Thaksin Shinawatra', 'amtierender Ministerpräsident'), person('Sondhi Limthongkul')],
    want: [{ text: 'Thaksin ist der schlechteste', speaker: 'Sondhi Limthongkul' }],
  },
  {
    why: 'a subordinate clause before the verb ("Da Brauereien … angewiesen sind, warnte") is no subject, even when the actors module lists "Da Brauereien"',
    origin: 'shared/corpus/quotes-de 75575 (Wikinews)',
    paragraphs: ['Die deutschen Brauer warnen vor der umstrittenen Gasförderung aus Tiefengestein mittels Fracking. Da Brauereien auf die sichere Versorgung mit qualitativ einwandfreiem Trinkwasser notwendigerweise angewiesen sind, warnte der Hauptgeschäftsführer des Deutschen Brauer-Bundes, Peter Hahn, die Politik in einem Brief an sechs Bundesminister: „Durch die Gewinnung von Erdgas aus unkonventionellen Lagerstätten wie Kohleflözen und Schiefergas, insbesondere mittels des sogenannten Frackingverfahrens, kann diese Sicherheit eingeschränkt oder gar beseitigt werden.“'],
    actors: [person('Da Brauereien'), person('Peter Hahn', 'Hauptgeschäftsführer des Deutschen Brauer-Bundes')],
    want: [{ text: 'Durch die Gewinnung von Erdgas', speaker: 'Peter Hahn' }],
  },
  {
    why: 'an abstract noun opening the sentence ("Jegliche Mitverantwortung … weist Hartmann von sich:") is the object; the name after the verb speaks',
    origin: 'shared/corpus/quotes-de 59410 (Wikinews)',
    paragraphs: ['Jegliche Mitverantwortung für die Finanzaffäre im Bezirk Weser-Ems der SPD weist Hartmann von sich: „Diese Verantwortung kann meines Erachtens nur der Vorsitzende übernehmen und nicht die ehemalige Lebensgefährtin des Geschäftsführers.“'],
    actors: [person('Swantje Hartmann', 'Delmenhorster Bürgermeisterin'), org('SPD')],
    want: [{ text: 'Diese Verantwortung kann', speaker: 'Swantje Hartmann' }],
  },
  {
    why: 'the object after an inverted subject ("bezeichnet die Archäologin Montserrat Sanz den Fund") is not part of the speaker',
    origin: 'shared/corpus/quotes-de 80703 (Wikinews)',
    paragraphs: ['Der Schädel wurde in der Ausgrabungsstätte Aroeira gefunden, teilte das Universität Complutense Madrid mit. Als „unerwartetes Geschenk“ bezeichnet die Archäologin Montserrat Sanz den Fund. Er wurde am letzten Tag der Grabung neben einer Säule im Jahr 2014 gemacht.'],
    actors: [person('João Zilhão'), place('Portugal')],
    // Two words are a fragment, no quotation (issue 12): nothing is listed, so no speaker can take in "den Fund".
    want: [{ text: 'unerwartetes Geschenk', speaker: [], absent: true }],
  },
  {
    why: 'a full stop the splitter took for an ordinal ("des Modells 3. Ein Sprecher") ends the clause: the spokesperson speaks for Tesla, not "Arbeitskampf hätte vermutlich negative Auswirkungen"',
    origin: 'shared/corpus/quotes-de 80937 (Wikinews)',
    paragraphs: ['Patrick Georg von der IG Metall Trier sagte, es werde nächste Woche geprüft ob Streiks möglich sind. Ein Arbeitskampf hätte vermutlich negative Auswirkungen auf die für ab Juli geplante Auslieferung des Modells 3. Ein Sprecher von Tesla teilte mit: "jeder bei Tesla Grohmann Automation soll fair und wettbewerbsfähig über dem Branchenniveau bezahlt wird", hierzu wolle man auch Aktien an die Belegschaft ausgeben.'],
    actors: [person('Patrick Georg'), org('Tesla')],
    // The spokesperson speaks for the body named last: Tesla, or its subsidiary the article names in full.
    want: [{ text: 'jeder bei Tesla', speaker: ['Tesla', 'Tesla Grohmann Automation'] }],
  },
];

const ROLES: Case[] = [
  {
    why: '"Der Bundespräsident" does not go to a person the actors module wrongly gives that role and whom the article names only inside a quotation',
    origin: 'shared/corpus/quotes-de 18625 (Wikinews, Köhler)',
    paragraphs: [
      'Der deutsche Bundespräsident hat in einem Interview mit der deutschen Illustrierten „Stern“ pointiert zu einigen politischen Kernfragen Stellung genommen. Dabei ließ er teilweise die dem Amt gemäße übliche parteipolitische Zurückhaltung beiseite und sparte nicht mit Lob und Tadel.',
      'Der Bundespräsident konstatierte im Zusammenhang mit der Globalisierungsdebatte eine wachsende „Kluft zwischen Arm und Reich“. Köhler warb offensiv für eine Diskussion über eine Ertragsbeteiligung der Arbeitnehmer.',
      'Die Arbeit der großen Koalition in den ersten Wochen seit dem Amtsantritt von Angela Merkel (CDU) als Bundeskanzlerin lobte er einerseits mit den Worten: „Die Ostdeutschen Angela Merkel und Matthias Platzeck handeln pragmatisch. Es gibt weniger Inszenierung, weniger Politik- und Imponiergehabe.“',
    ],
    actors: [person('Angela Merkel', 'Bundeskanzlerin'), person('Matthias Platzeck', 'Bundespräsident')],
    want: [
      { text: 'Kluft zwischen Arm und Reich', speaker: 'Bundespräsident' },
      { text: 'Die Ostdeutschen Angela Merkel', speaker: 'Bundespräsident' },
    ],
  },
  {
    why: 'a feminine role ("die stellvertretende Generaldirektorin") goes to the woman the article gives it, not to the man whose role is "Generaldirektor"',
    origin: 'test/pages/SalzburgerNachrichten_2025_06_05 (Salzburger Nachrichten)',
    paragraphs: [
      'Raab ist die erste Frau an der Spitze des ICMPD. Die aktuelle Vorsitzende des Leitungsgremiums der Organisation, Sofia Östmark, würdigte die neue Generaldirektorin in einer Aussendung als "hoch qualifiziert". "Die Expertise und die Fähigkeiten von Susanne Raab werden umfassend dazu beitragen, die Bemühungen von ICMPD bei der Entwicklung der Migrationspolitik zu unterstützen", betonte die stellvertretende Generaldirektorin im schwedischen Justizministerium.',
    ],
    actors: [
      person('Susanne Raab', 'frühere ÖVP-Integrationsministerin'),
      person('Michael Spindelegger', 'scheidender Generaldirektor, früherer Vizekanzler'),
      person('Sofia Östmark', 'aktuelle Vorsitzende des Leitungsgremiums der Organisation, stellvertretende Generaldirektorin'),
    ],
    want: [{ text: 'Die Expertise und die Fähigkeiten', speaker: 'Sofia Östmark' }],
  },
];

function check(c: Case) {
  const got = run(c.lang ?? 'de', c.paragraphs, c.actors);
  for (const w of c.want) {
    const q = got.find((x) => x.text.startsWith(w.text));
    if (w.absent) { expect(q, `"${w.text}" is no quotation (${c.origin})`).toBeUndefined(); continue; }
    expect(q, `quotation "${w.text}" found (${c.origin})`).toBeDefined();
    if (Array.isArray(w.speaker)) expect(w.speaker, `speaker of "${w.text}" (${c.origin})`).toContain(q!.speaker);
    else expect(q!.speaker, `speaker of "${w.text}" (${c.origin})`).toBe(w.speaker);
  }
}

describe('no junk speakers: capitalised German noun runs are not names', () => {
  for (const c of JUNK) it(`${c.why} [${c.origin}]`, () => check(c));
});

describe('a role noun resolves to the person the article gives that role', () => {
  for (const c of ROLES) it(`${c.why} [${c.origin}]`, () => check(c));
});

const ELDIARIO = 'test/pages/ElDiario_2025_05_29 (elDiario.es, held-out batch 3)';
const ALBARES = person('José Manuel Albares', 'ministro de Asuntos Exteriores español');
const CONTEXT: Case[] = [
  {
    why: 'a role description refers back: "El jefe de la diplomacia española" is the minister named before, not the "Jefe del Estado Mayor israelí" the article names only later',
    origin: ELDIARIO, lang: 'es',
    paragraphs: [
      'Minutos antes del encuentro, Albares ha recalcado en Madrid que el “silencio” en estos momentos es “cómplice”.',
      'El jefe de la diplomacia española recalcó que la ANP es la alternativa frente a Hamás, que es “una organización terrorista” y que no está en la reunión de Madrid porque constituye “un verdadero problema” para la búsqueda de la paz.',
      'Lejos de negar el recrudecimiento de los ataques, el Jefe del Estado Mayor israelí, Eyal Zamir, aseguró en una visita este domingo a tropas desplegadas en la Franja de Gaza que el Ejército está incrementando las ofensivas sobre el enclave palestino.',
    ],
    actors: [ALBARES, person('Eyal Zamir', 'Jefe del Estado Mayor israelí'), place('Madrid'), org('Hamás')],
    want: [{ text: 'una organización terrorista', speaker: 'José Manuel Albares' }],
  },
  {
    why: 'the person right before the speech verb is its subject; a name in the adverbial after the comma ("antes del inicio de la reunión del Grupo de Madrid") is not',
    origin: ELDIARIO, lang: 'es',
    paragraphs: [
      'A la reunión del Grupo de Madrid, convocada por el ministro de Asuntos Exteriores español, José Manuel Albares, asisten los países europeos y árabes.',
      'Albares destacó, antes del inicio de la reunión del Grupo de Madrid, que esta quinta cita reúne “a más países que nunca”, en esta ocasión con una veintena de representantes.',
    ],
    actors: [ALBARES, org('Grupo de Madrid'), place('Madrid')],
    want: [{ text: 'a más países que nunca', speaker: 'José Manuel Albares' }],
  },
  {
    why: 'outside German only a role word is looked up as a role: "El primer objetivo es …" is not the "primer ministro israelí"; the sentence\'s own "señaló" carries the last speaker',
    origin: ELDIARIO, lang: 'es',
    paragraphs: [
      'Hasta el momento, la UE se ha limitado a sancionar a colonos violentos. El primer ministro israelí, Benjamín Netanyahu, no ha respondido.',
      'Albares destacó que esta quinta cita reúne “a más países que nunca”. El primer objetivo es “detener esta guerra”, que ha hecho de Gaza “un inmenso cementerio”, señaló.',
    ],
    actors: [ALBARES, person('Benjamín Netanyahu', 'primer ministro israelí')],
    want: [{ text: 'detener esta guerra', speaker: 'José Manuel Albares' }],
  },
  {
    why: 'a spokesperson compound names the body that speaks ("eine NDB-Sprecherin" -> NDB), not a role left unresolved',
    origin: 'test/pages/FAZ_2024_04_17 (Frankfurter Allgemeine Zeitung, held-out batch 3)', lang: 'de',
    paragraphs: ['Die größte aktuelle Bedrohung durch Spionage gehe von russischen Nachrichtendiensten aus, erklärte eine NDB-Sprecherin gegenüber der F.A.Z. Neben Cyberspionage erfolge ein erheblicher Teil der Informationsbeschaffung mit menschlichen Quellen. „Für diese Aktivitäten werden vor allem die russischen diplomatischen Vertretungen genutzt.“'],
    actors: [org('NDB'), place('Schweiz')],
    want: [{ text: 'Für diese Aktivitäten', speaker: 'NDB' }],
  },
  {
    why: 'a pronoun takes up the one person named since the last quotation ("Lehrer Rejhan Nisic moderiert. „…“, erklärt er."), not the last speaker',
    origin: 'test/pages/RheinischePost_2024_04_21 (Rheinische Post, held-out batch 3)', lang: 'de',
    paragraphs: [
      'Lehrer Andreas Heller hat vorher festgelegt, wie schwer das Programm zu überzeugen sein soll: „Die GPT ist absolut anpassbar“, erklärt er. Beim nächsten Mal könnte er ohne größere Umstände Argumente für eine Schafherde verlangen.',
      'Mathematik in der achten Klasse, Lehrer Rejhan Nisic moderiert. „Wir haben einen Chatbot speziell für unsere Mathe-Stunden kreiert“, erklärt er.',
    ],
    actors: [person('Andreas Heller', 'Lehrer'), person('Rejhan Nisic', 'Lehrer')],
    want: [{ text: 'Die GPT ist absolut anpassbar', speaker: 'Andreas Heller' }, { text: 'Wir haben einen Chatbot', speaker: 'Rejhan Nisic' }],
  },
  {
    why: 'the object of a preposition named since the last quotation ("gifts from Lord Alli") does not take the pronoun: the last speaker does',
    origin: 'test/pages/TheTelegraph_2024_09_17 (The Telegraph, labelled corpus)', lang: 'en',
    paragraphs: [
      'Sir Keir Starmer said: “All Members of Parliament get gifts.”',
      'Asked again whether he would continue to accept gifts from Lord Alli, he said: “Well, wherever there are gifts from anyone I’m going to comply with the rules.”',
    ],
    actors: [person('Keir Starmer', 'Prime Minister'), person('Lord Alli')],
    want: [{ text: 'Well, wherever there are gifts', speaker: 'Keir Starmer' }],
  },
  {
    why: 'the surname of someone named in full stays a name where the article also writes the word in lowercase ("says Early" after "Chris Early" and "early days")',
    origin: 'The Hollywood Reporter, 19 November 2019 (shared/corpus/scrapinghub; first-seen batch 15, dev half)', lang: 'en',
    paragraphs: [
      '"Google offers an extension of the market of people who can play our games," says Chris Early, senior vp partnerships and revenue at Ubisoft.',
      '"I think 2021 and 2022 will begin to see more of a muscular push, but these are early days," Ward says.',
      '"Streaming is somewhat binary," says Early. "You are either in a place with adequate bandwidth or you’re not."',
    ],
    actors: [person('Chris Early', 'senior vp'), person('Lewis Ward', 'research director')],
    want: [{ text: 'Streaming is somewhat binary', speaker: 'Chris Early' }, { text: 'You are either in a place', speaker: 'Chris Early' }],
  },
  {
    why: 'a quotation opening its paragraph after one about someone quoted earlier is theirs, though another was quoted last',
    origin: 'test/pages/EveningStandard_2024_10_24 (Evening Standard, 24 October 2024)', lang: 'en',
    paragraphs: [
      'Sir Tony Blair has written a book about leadership. “It is not my job to advise,” Blair says.',
      '“It is the most practically useful guide to politics I have ever read,” said George Osborne.',
      'Blair is 71 and yet could easily pass for a man 10 years younger. He has almost lost the haunted look he appeared to adopt when he left office in 2007.',
      '“I wrote the book because I think it’s a very odd thing that you have books about leadership in virtually every profession.”',
    ],
    actors: [person('Tony Blair'), person('George Osborne')],
    want: [{ text: 'I wrote the book', speaker: 'Tony Blair' }],
  },
  {
    why: 'a topic before a colon, a common noun whose complement names someone, is not the speaker ("La situación de Ramiro Rocca: “…”" answers a press conference\'s question): the person the text is about is',
    origin: 'test/pages/Diez_2022_04_26 (Diez, 26 April 2022)', lang: 'es',
    paragraphs: [
      'El director técnico argentino del Real España, Héctor Vargas, compareció en conferencia de prensa.',
      'La situación de Ramiro Rocca: “Estamos probándolo para ver si puede estar para este partido. Está bien”.',
    ],
    actors: [person('Héctor Vargas', 'director técnico argentino del Real España'), person('Ramiro Rocca')],
    want: [{ text: 'Estamos probándolo', speaker: 'Héctor Vargas' }],
  },
  {
    why: 'after "said the <role> of <a body’s long name>," the name in apposition speaks',
    origin: 'Tech Monitor, 9 February 2024 (metascraper fixture; first-seen batch 15, blind half)', lang: 'en',
    paragraphs: ['“We need to ensure aligned approaches in the development and science of safe and trustworthy AI,” said the director of the US National Institute of Standards and Technology, Laurie Locascio, at an event in Washington D.C. on Wednesday.'],
    actors: [person('Laurie Locascio', 'director of the US National Institute of Standards and Technology'), person('Gina Raimondo', 'Commerce Secretary')],
    want: [{ text: 'We need to ensure aligned approaches', speaker: 'Laurie Locascio' }],
  },
  {
    why: 'two roles a conjunction joins before one full name are that person’s ("JFrog cofounder and CTO Yoav Landman said"), not a body and a person',
    origin: 'Jewish Business News, 20 January 2016 (metascraper fixture; first-seen batch 15, blind half)', lang: 'en',
    paragraphs: ['JFrog cofounder and CTO Yoav Landman said, “With the combination of a great engineering force and cutting edge technologies, JFrog is the best place to work in Israel.”'],
    actors: [person('Yoav Landman', 'CTO')],
    want: [{ text: 'With the combination of a great engineering force', speaker: 'Yoav Landman' }],
  },
];

describe('context: descriptions refer back, adverbials hold no subject', () => {
  for (const c of CONTEXT) it(`${c.why} [${c.origin}]`, () => check(c));
});
