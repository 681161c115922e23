// findQuotes on real sentences: each quotation style, each attribution pattern per language, and the
// quoted names and titles that are not speech. Every case names the page or corpus file it comes from.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analysis/quotes/find-quotes';
import { guillemetOrientation, scanQuoteMarks } from '../../src/analysis/quotes/scan-quote-marks';
import type { Actor } from '../../src/analysis/types';

const run = (lang: string, paragraphs: string[], headline: string | null = null, actors: Actor[] = []) =>
  findQuotes({ lang, headline, deck: null, paragraphs }, actors);

const person = (name: string, ...aliases: string[]): Actor => ({ name, aliases, kind: 'person', role: null, mentions: 2 });

interface Case {
  origin: string; lang: string; paragraphs: string[]; quotes: { text: string; speaker: string | null }[]; why: string;
  /** What the actors module hands over, where the case needs it. */
  actors?: Actor[];
  headline?: string;
}

const CASES: Case[] = [
  {
    why: 'German „…“ after "sagte X", then a quote carried by the previous sentence, then "betonte der Generalsekretär" resolved through the deck-like role',
    origin: 'test/pages/handelsblatt-nato-seed (Handelsblatt, 12 January 2022)',
    lang: 'de',
    paragraphs: [
      'Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken. Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg nach einem Treffen des Nato-Russland-Rats am Mittwoch in Brüssel. „Das war keine einfache Diskussion.“',
      'Es gebe signifikante Differenzen zwischen beiden Seiten, die Nato-Staaten seien aber zu weiteren Gesprächen mit Russland bereit. „Das Treffen war sehr nützlich“, betonte der Generalsekretär.',
      '„Natürlich diskutieren wir mit unseren Verbündeten darüber, ihre Präsenz hier zu verstärken, um als Abschreckung zu wirken“, sagte Estlands Ministerpräsidentin Kaja Kallas am Mittwoch in einem Videointerview mit Reuters aus Tallinn.',
      '„Wenn man sich die Landkarte anschaut, sind die baltischen Staaten eine Nato-Halbinsel, und deshalb haben wir unsere Sorgen.“ Details nannte sie nicht.',
    ],
    quotes: [
      { text: 'Das war keine einfache Diskussion.', speaker: 'Jens Stoltenberg' },
      { text: 'Das Treffen war sehr nützlich', speaker: 'Jens Stoltenberg' },
      { text: 'Natürlich diskutieren wir mit unseren Verbündeten darüber, ihre Präsenz hier zu verstärken, um als Abschreckung zu wirken', speaker: 'Kaja Kallas' },
      { text: 'Wenn man sich die Landkarte anschaut, sind die baltischen Staaten eine Nato-Halbinsel, und deshalb haben wir unsere Sorgen.', speaker: 'Kaja Kallas' },
    ],
  },
  {
    why: 'German quote split by its attribution ("„…“, so Streeck weiter") and a colon-introduced one after a named subject',
    origin: 'shared/corpus/fundus BSZ_2025_11_06 (Braunschweiger Zeitung)',
    lang: 'de',
    paragraphs: [
      'Der Bundesdrogenbeauftrage Hendrik Streeck (CDU) hat die Netflix-Dokumentation gewürdigt. Die Dokumentation sei irgendwie berührend, „weil sie aufrichtig und ungeschminkt zeigt, was Sucht wirklich bedeutet – körperlich, psychisch und sozial“, sagte Streeck dieser Redaktion.',
      'Streeck äußerte zugleich deutliche Sorge über Teile der deutschen Rap-Szene. „Genau weiß ich das natürlich nicht, aber vermuten würde ich: Teile haben definitiv ein Problem – vor allem mit Kokain“, sagte der CDU-Politiker.',
    ],
    quotes: [
      { text: 'weil sie aufrichtig und ungeschminkt zeigt, was Sucht wirklich bedeutet – körperlich, psychisch und sozial', speaker: 'Hendrik Streeck' },
      { text: 'Genau weiß ich das natürlich nicht, aber vermuten würde ich: Teile haben definitiv ein Problem – vor allem mit Kokain', speaker: 'Hendrik Streeck' },
    ],
  },
  {
    why: 'English “…” introduced by "Name, age, role, said:" and running over three paragraphs (one entry per paragraph)',
    origin: 'shared/corpus/fundus iNews_2025_01_28 (inews.co.uk)',
    lang: 'en',
    paragraphs: [
      'One of the protesters, Hayley Walsh, 42, a lecturer from Nottingham, said: “Years of writing to MPs, going on marches and teaching my students to be more sustainable hasn’t seen the urgent change needed.',
      '“I am scared for my children, I can’t sleepwalk them into a future of food shortages, life-threatening storms and wars for resources.',
      '“This isn’t a distant, future problem. We need a global treaty to stop fossil fuel burning and a global emergency response.”',
    ],
    quotes: [
      { text: 'Years of writing to MPs, going on marches and teaching my students to be more sustainable hasn’t seen the urgent change needed.', speaker: 'Hayley Walsh' },
      { text: 'I am scared for my children, I can’t sleepwalk them into a future of food shortages, life-threatening storms and wars for resources.', speaker: 'Hayley Walsh' },
      { text: 'This isn’t a distant, future problem. We need a global treaty to stop fossil fuel burning and a global emergency response.', speaker: 'Hayley Walsh' },
    ],
  },
  {
    why: 'English “…,” Name said. — subject before the verb after the quote; a first name alone resolves to the full name',
    origin: 'shared/corpus/fundus RollingStone_2024_04_25 (Rolling Stone)',
    lang: 'en',
    paragraphs: [
      'Donna Kelce has praised Taylor Swift‘s new album The Tortured Poets Department.',
      '“I feel like I’m in an alternate universe, because it’s something I’ve never been involved with before,” Donna said.',
    ],
    quotes: [{ text: 'I feel like I’m in an alternate universe, because it’s something I’ve never been involved with before,', speaker: 'Donna Kelce' }],
  },
  {
    why: 'Italian «…» followed by "ha detto Trump" (auxiliary + participle, then the name)',
    origin: 'shared/corpus/fundus CorriereDellaSera_2025_02_04 (Corriere della Sera)',
    lang: 'it',
    paragraphs: [
      'Giorgia Meloni è arrivata a Mar-a-Lago per incontrare il presidente eletto degli Stati Uniti, Donald Trump.',
      '«È molto emozionante, sono qui con una donna fantastica, la premier italiana», ha detto Trump agli ospiti riuniti nel salone.',
    ],
    quotes: [{ text: 'È molto emozionante, sono qui con una donna fantastica, la premier italiana', speaker: 'Donald Trump' }],
  },
  {
    why: 'Spanish mixed marks as printed ("…” and ”…“), attributed with "apunta el juez" to the judge introduced earlier',
    origin: 'shared/corpus/fundus LaVanguardia_2025_01_13 (La Vanguardia)',
    lang: 'es',
    paragraphs: [
      'El juez del Tribunal Supremo Ángel Hurtado ha citado a declarar en calidad de investigado al fiscal general del Estado.',
      '“Llegado a Presidencia del Gobierno, se puso a disposición del testigo Juan Lobato, portavoz del grupo socialista de la Asamblea de Madrid, al objeto de que hiciera uso de él“, apunta el juez.',
    ],
    quotes: [{ text: 'Llegado a Presidencia del Gobierno, se puso a disposición del testigo Juan Lobato, portavoz del grupo socialista de la Asamblea de Madrid, al objeto de que hiciera uso de él', speaker: 'Ángel Hurtado' }],
  },
  {
    why: 'German verb-second: the name before "nannte" is the speaker, "Patersons Entscheidung" after it is the object',
    origin: 'shared/corpus/quotes-de 55554 (Wikinews, Gillibrand)',
    lang: 'de',
    actors: [person('Carolyn McCarthy', 'McCarthy'), person('David Paterson', 'Paterson')],
    paragraphs: ['McCarthy nannte Patersons Entscheidung „eine sehr schlechte Wahl“.'],
    quotes: [{ text: 'eine sehr schlechte Wahl', speaker: 'Carolyn McCarthy' }],
  },
  {
    why: 'German reflexive "äußerte sich" before the subject: "sich" is skipped, the role-led name after it speaks',
    origin: 'shared/corpus/quotes-de 12953 (Wikinews, Küng)',
    lang: 'de',
    paragraphs: ['Der katholische Theologe und Vatikankritiker Hans Küng hat Papst Benedikt XVI. am letzten Samstag in Rom überraschend einen privaten Besuch abgestattet. Am heutigen Montag äußerte sich Vatikansprecher Navarro-Valls dahingehend, das Gespräch „sei in freundschaftlicher Atmosphäre verlaufen“.'],
    quotes: [{ text: 'sei in freundschaftlicher Atmosphäre verlaufen', speaker: 'Navarro-Valls' }],
  },
  {
    why: 'German: two quotations in one sentence share the closing "so Murtha"',
    origin: 'shared/corpus/quotes-de 27575 (Wikinews, Haditha)',
    lang: 'de',
    paragraphs: ['Der Kongressabgeordnete John Murtha erhob schwere Vorwürfe gegen das US-Militär. Die „unter Druck stehenden Soldaten“ hätten „unschuldige Zivilisten kaltblütig getötet“, so Murtha.'],
    quotes: [
      { text: 'unter Druck stehenden Soldaten', speaker: 'John Murtha' },
      { text: 'unschuldige Zivilisten kaltblütig getötet', speaker: 'John Murtha' },
    ],
  },
  {
    why: 'German: an object noun after the verb ("äußerte Vorbehalte") is no speaker; the subject before the colon is',
    origin: 'shared/corpus/quotes-de 13761 (Wikinews, Merkel)',
    lang: 'de',
    paragraphs: ['Der stellvertretende SPD-Fraktionsvorsitzende Michael Müller bezweifelte offen die Eignung Merkels für das Amt des Bundeskanzlers. Auch die amtierende Familienministerin Renate Schmidt (SPD) äußerte Vorbehalte und wagte die Prognose, bei der Kanzlerwahl würden nicht alle SPD-Abgeordneten für die CDU-Kanzlerkandidatin stimmen: „Ich gehe mal davon aus, dass nicht alle Stimmen der SPD-Fraktion auf Frau Merkel entfallen werden, weil es große Vorbehalte gibt.“'],
    quotes: [{ text: 'Ich gehe mal davon aus, dass nicht alle Stimmen der SPD-Fraktion auf Frau Merkel entfallen werden, weil es große Vorbehalte gibt.', speaker: 'Renate Schmidt' }],
  },
  {
    why: 'German: words embedded in the writer\'s sentence with no speech verb belong to the clause subject (a body)',
    origin: 'shared/corpus/quotes-de 59270 (Wikinews, Friedensnobelpreis)',
    lang: 'de',
    paragraphs: ['Der Friedensnobelpreis geht in diesem Jahr an US-Präsident Barack Obama. Das Nobelkomitee im norwegischen Oslo würdigte damit Obamas Einsatz zur „Stärkung der internationalen Diplomatie“.'],
    quotes: [{ text: 'Stärkung der internationalen Diplomatie', speaker: 'Nobelkomitee' }],
  },
  {
    why: 'German: the clause subject past a prepositional opener and an apposition, confirmed by the actors module',
    origin: 'shared/corpus/quotes-de 39049 (Wikinews, Krefeld)',
    lang: 'de',
    actors: [person('Gülsen Celebi', 'Celebi')],
    paragraphs: ['Der Gerichtstermin endete am Vormittag. Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass der Haftbefehl vor dem Gebäude vollstreckt würde, „um den Kindern den Anblick zu ersparen, wie ihr Vater verhaftet wird“.'],
    quotes: [{ text: 'um den Kindern den Anblick zu ersparen, wie ihr Vater verhaftet wird', speaker: 'Gülsen Celebi' }],
  },
  {
    why: 'English "he said" with no earlier quotation: the nearest person named before, not a capitalised sentence opener',
    origin: 'shared/corpus/labelled TheIntercept_2023_04_28 (The Intercept)',
    lang: 'en',
    actors: [person('Keegan Medrano', 'Medrano'), person('Zooey Zephyr', 'Zephyr')],
    paragraphs: ['Among Zephyr’s constituents, a combination of frustration, fear, and outrage had been building from the moment the legislative session began, Medrano said; the protest was a form of release. “I think that all sort of came out,” he said.'],
    quotes: [{ text: 'I think that all sort of came out,', speaker: 'Keegan Medrano' }],
  },
  {
    why: 'Dutch “…”, zegt ze after a stray unclosed “ earlier in the paragraph: the pronoun resolves to the woman of the headline',
    origin: 'test/pages/Nieuwsblad_2025_02_02 (Het Nieuwsblad)',
    lang: 'nl',
    headline: 'BIO. Annelies Verlinden ruilt Binnenlandse Zaken in voor Justitie',
    actors: [person('Annelies Verlinden', 'Verlinden')],
    paragraphs: ['Met de pers heeft de CD&V-politica het moeilijk, geeft ze zelf aan in Eerlijk gezegd. Ze wordt afgeschilderd als “ijskoningin of “chatbot”, beelden waarin ze zich helemaal niet herkent. Om die reden gaat ze spaarzaam om met details over haar privéleven en probeert ze beheerst te communiceren, zonder polariserend taalgebruik. “Ik voel geen behoefte om populair te doen”, zegt ze daar zelf over.'],
    quotes: [{ text: 'Ik voel geen behoefte om populair te doen', speaker: 'Annelies Verlinden' }],
  },
  {
    why: 'German: a stray single opening mark (the ‘ayin of a transliterated place name) never closes, so the „…“ after it is a quotation of its own',
    origin: 'shared/corpus/quotes-de 58846 (Wikinews, Luftangriff im Jemen)',
    lang: 'de',
    actors: [person('Joe Stork', 'Stork')],
    paragraphs: ['Seiner Darstellung zufolge ereignete sich der Vorfall in ‘Adi, östlich der Stadt Harf Sufyan, die im Gouvernement Amran liegt. Joe Stork von HRW fordert von der jemenitischen Regierung eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um einen „entsetzlichen Angriff auf Zivilisten“ gehandelt haben könne.'],
    quotes: [{ text: 'entsetzlichen Angriff auf Zivilisten', speaker: 'Joe Stork' }],
  },
  {
    why: 'German: a span opening on an article ("kein …") after a noun that can name things ("in dem Gesetz") is what the clause says of it, words the speaker used',
    origin: 'shared/corpus/quotes-de 38180 (Wikinews, VW-Gesetz)',
    lang: 'de',
    actors: [person('Hartmut Möllring', 'Möllring')],
    paragraphs: ['Wie der niedersächsische Finanzminister Hartmut Möllring am Dienstag in Hannover erklärte, sieht die Landesregierung in dem Gesetz „kein Hindernis für den freien Kapitalverkehr“. Der Einstieg von Porsche bei VW sei als Beleg für diese These zu bewerten.'],
    quotes: [{ text: 'kein Hindernis für den freien Kapitalverkehr', speaker: 'Hartmut Möllring' }],
  },
  {
    why: 'German: an indefinite article between a naming noun ("das Buch") and the mark governs the quoted phrase, which names nothing',
    origin: 'shared/corpus/quotes-de 78858 (Wikinews, Buch über Missbrauch)',
    lang: 'de',
    paragraphs: ['Nach Darstellungen des Verlages bietet das Buch eine „differenzierte Betrachtung, damit wichtige Reformansätze nicht wegen krimineller Trittbrettfahrer in Misskredit geraten.“'],
    quotes: [{ text: 'differenzierte Betrachtung, damit wichtige Reformansätze nicht wegen krimineller Trittbrettfahrer in Misskredit geraten.', speaker: null }],
  },
  {
    why: 'German: nouns quoted as the complement of a verb of saying and its preposition, with an adverb between ("riet allgemein zu „…“"), are words said',
    origin: 'shared/corpus/quotes-de 22629 (Wikinews, Suchtvorbeugung)',
    lang: 'de',
    actors: [person('Heino Stoever', 'Stoever')],
    paragraphs: ['Der Bremer Forscher Dr. Heino Stoever riet allgemein zu „Gelassenheit und Aufmerksamkeit“. Er hätte zu diesem Treffen auch gerne Fachleute mit gegensätzlicher Meinung eingeladen.'],
    quotes: [{ text: 'Gelassenheit und Aufmerksamkeit', speaker: 'Heino Stoever' }],
  },
  {
    why: 'German: a lowercase name after a naming noun, with no article, stays a name ("des Magazines „auto, motor und sport“")',
    origin: 'shared/corpus/quotes-de 38098 (Wikinews, CO2-Grenzwerte)',
    lang: 'de',
    paragraphs: ['Laut einem Test des Magazines „auto, motor und sport“ gibt es im Moment 113 Modelle, die unter der Grenze von 130 Gramm CO2 je Kilometer bleiben, davon sind 24 Modelle deutscher Hersteller.'],
    quotes: [],
  },
  {
    why: 'English "he said" after "According to Hawk, …" paragraphs after his last quotation: the source the sentence reports is who it is about, not a name in a list item between',
    origin: 'first-seen batch 13, DailyMail_2024_04_27 (Daily Mail)',
    lang: 'en',
    actors: [person('Chad Hawk', 'Hawk'), person('George Washington'), { name: 'Wealthynickel', aliases: [], kind: 'organization', role: null, mentions: 2 }],
    paragraphs: [
      '\'In the last two or three years, people started to discover the error. The community, through social media, has been able to connect,\' Hawk said.',
      '\'And people have been able to pair up their notes in a lot of ways. The last pairing I think I saw sold for about $6,000,\' he added.',
      'According to Wealthynickel, currency collecting companies are willing to pay between $20,000 and $150,000 for a pair from the two batches.',
      'Here\'s what to look for:',
      'The Series date located near the photograph of George Washington must read \'Series 2013\'',
      'The bill must have a \'B\' Federal Reserve Seal above the serial number',
      'The serial number must end with a star (*) and fall between B00000001* – B00250000* or B03200001*-B09600000*',
      'If you\'re fortunate enough to have one of these $1 bills, the next step is to find the other bill with a matching serial number.',
      'According to Hawk, the best approach is to utilize social media.',
      '\'The best thing to do is look online, go on social media — and there are actually websites dedicated to this,\' he said.',
    ],
    quotes: [
      { text: 'In the last two or three years, people started to discover the error. The community, through social media, has been able to connect,', speaker: 'Chad Hawk' },
      { text: 'And people have been able to pair up their notes in a lot of ways. The last pairing I think I saw sold for about $6,000,', speaker: 'Chad Hawk' },
      { text: 'The best thing to do is look online, go on social media — and there are actually websites dedicated to this,', speaker: 'Chad Hawk' },
    ],
  },
  {
    why: 'English: a speech verb before the quotation whose subject is a thing ("… targets signals a “…”") yields to the name the sentence closes on (", says Belinda Schäpe")',
    origin: 'first-seen batch 13, Nature_2025_11_03 (Nature)',
    lang: 'en',
    actors: [person('Belinda Schäpe', 'Schäpe'), person('Xi Jinping', 'Xi')],
    paragraphs: ['That Xi personally announced China’s latest climate targets signals a “very high-level commitment” to tackling climate change, says Belinda Schäpe, a China analyst at the Centre for Research on Energy and Clean Air, a think tank in Helsinki.'],
    quotes: [{ text: 'very high-level commitment', speaker: 'Belinda Schäpe' }],
  },
  {
    why: 'English: "the government says" takes no holder from "In June, its government announced" (a sentence opener is no name)',
    origin: 'first-seen batch 13, Nature_2025_11_03 (Nature)',
    lang: 'en',
    paragraphs: [
      'India is charging ahead on its climate commitments under the Paris climate treaty. In June, its government announced that 50% of installed electricity generation capacity now comes from non-fossil-fuel sources.',
      'As host of COP30, Brazil’s role is to serve as a neutral facilitator of negotiations: the government says it will “lead by example” on climate.',
    ],
    quotes: [{ text: 'lead by example', speaker: 'government' }],
  },
  {
    why: 'English interview: a quotation opening its paragraph after the interviewer\'s turn (a question; "When I suggest …"; a caption between) answers it, in the last speaker\'s words',
    origin: 'first-seen batch 13, EveningStandard_2024_10_24 (The London Standard)',
    lang: 'en',
    actors: [person('Tony Blair', 'Blair'), person('Keir Starmer', 'Starmer'), person('Lord Alli', 'Alli')],
    paragraphs: [
      '“It’s all about whether they can deliver the plan they’ve got, whether these missions can be delivered or not,” says Blair. “It’s going to be tough, because of the environment they’ve inherited this time.”',
      'Is Starmer a good leader?',
      '“Well, I’m fully supportive of him, I want him to succeed.”',
      'When I suggest the public hate the fact they accepted so many freebies from Lord Alli (whom Blair ennobled in 1998 as part of New Labour attempts to shake up the upper chamber), especially as they campaigned on a wave of sanctimony, he interrupts me.',
      '“I’ve known Waheed for over 30 years. He’s never asked for anything from the Labour Party. I mean, he’s a highly successful entrepreneur, he supports the Labour Party, and one of the most decent people you could ever meet. I don’t want to get into all that. It’s just the way it is.”',
      'What advice specifically would he give Starmer right now?',
      'This week’s London Standard front page',
      'The London Standard',
      '“It’s not my job to advise. He’s perfectly capable of doing it on his own.”',
    ],
    quotes: [
      { text: 'It’s all about whether they can deliver the plan they’ve got, whether these missions can be delivered or not,', speaker: 'Tony Blair' },
      { text: 'It’s going to be tough, because of the environment they’ve inherited this time.', speaker: 'Tony Blair' },
      { text: 'Well, I’m fully supportive of him, I want him to succeed.', speaker: 'Tony Blair' },
      { text: 'I’ve known Waheed for over 30 years. He’s never asked for anything from the Labour Party. I mean, he’s a highly successful entrepreneur, he supports the Labour Party, and one of the most decent people you could ever meet. I don’t want to get into all that. It’s just the way it is.', speaker: 'Tony Blair' },
      { text: 'It’s not my job to advise. He’s perfectly capable of doing it on his own.', speaker: 'Tony Blair' },
    ],
  },
  {
    why: 'English: the lines of a fact box between a quotation and "he says" are no prose; the pronoun still reaches the subject before them, not a name inside the box (the first answer, cut from its question here, has no speaker)',
    origin: 'first-seen batch 13, EveningStandard_2024_10_24 (The London Standard)',
    lang: 'en',
    actors: [person('Tony Blair', 'Blair'), person('Gordon Brown', 'Brown'), person('Ed Miliband', 'Miliband')],
    paragraphs: [
      '“No, but it was pretty obvious what you were saying. I haven’t thought about reading his book, and while I’m a consumer of political biographies, not ones about myself. Or films. People ask me, ‘What did you think of The Queen as a movie?’ I said, ‘I’ve never seen it.’ I don’t think they believe me, but I haven’t.”',
      'He is predictably withering about the state of the Conservative Party.',
      'Tony Blair by numbers',
      '1997: Blair wins the general election for Labour',
      '43: The age he came to office: the youngest of any PM since 1812',
      '419: Seats won by New Labour in 1997 — compared to 411 in the 2024 election',
      '2007: Blair leaves office in the aftermath of the Iraq war',
      '41: Per cent of British people think the Iraq war left the world a less safe place (YouGov)',
      '6th: Most popular modern Labour politician — behind Ed Miliband and Gordon Brown (YouGov)',
      '“The one thing I’m absolutely sure of is that the Conservative Party should return to the centre,” he says, “but I think it’s going to be hard. You require huge skill as a leader to take them there, because they’ll think they’ve got the Reform Party now as their biggest threat, and therefore the way of dealing with that is to try and do a certain amount of mimicry. When I was growing up and my dad was a Conservative, the Conservative Party was the default party of government. [Which is] one of the reasons why it’s so important that the Labour Party keeps itself based very much in the centre of British politics.',
    ],
    quotes: [
      { text: 'No, but it was pretty obvious what you were saying. I haven’t thought about reading his book, and while I’m a consumer of political biographies, not ones about myself. Or films. People ask me, ‘What did you think of The Queen as a movie?’ I said, ‘I’ve never seen it.’ I don’t think they believe me, but I haven’t.', speaker: null },
      { text: 'The one thing I’m absolutely sure of is that the Conservative Party should return to the centre,', speaker: 'Tony Blair' },
      { text: 'but I think it’s going to be hard. You require huge skill as a leader to take them there, because they’ll think they’ve got the Reform Party now as their biggest threat, and therefore the way of dealing with that is to try and do a certain amount of mimicry. When I was growing up and my dad was a Conservative, the Conservative Party was the default party of government. [Which is] one of the reasons why it’s so important that the Labour Party keeps itself based very much in the centre of British politics.', speaker: 'Tony Blair' },
    ],
  },
  {
    why: 'German: reported speech in the mood of Konjunktiv I goes on with the speaker an earlier sentence of its paragraph names ("bezweifelt … Thomas Langhoff …, schreibt er"), not with the speaker of the paragraph before',
    origin: 'first-seen batch 13, WDR_2024_04_22 (WDR)',
    lang: 'de',
    actors: [person('Thomas Langhoff', 'Langhoff'), { name: 'Komba', aliases: [], kind: 'organization', role: null, mentions: 3 }],
    paragraphs: [
      'Die Gewerkschaft Komba zeigt sich entrüstet über "die offensichtliche Praxisferne" dieser Idee – vor allem mit der Absicht, den Fachkräftemangel in den Griff zu bekommen. In einer Stellungnahme für die Anhörung schreibt Komba: "In einem Berufsfeld mit so extremen Belastungen heilt man Fachkräftemangel nicht, indem in einem Altersbereich, in dem viele Beamt*innen schon heute die körperlichen Anforderungen nicht mehr oder nur mit größter Mühe voll erfüllen, die Altersgrenze um ein bzw. zwei Jahre angehoben wird!" Eine "vernünftige" Gegensteuerung sei nur "am anderen Ende" möglich: bei der Rekrutierung von Nachwuchs.',
      'Dass sich mit der Verschiebung des Pensionseintritts das Problem der Nachbesetzung von Stellen regulieren ließe, bezweifelt Arbeitswissenschaftler Thomas Langhoff von der Hochschule Niederrhein: Eine Erhöhung des Rentenalters werde das Problem des Fachkräftemangels nicht lösen, schreibt er. Das habe sich bereits vor 20 Jahren gezeigt, als aus demselben Grund das Pensionsalter bei der Polizei heraufgesetzt wurde. Vielmehr nötig seien eine "massive Erhöhung der Azubiquote" und attraktivere Einstiegsmöglichkeiten.',
    ],
    quotes: [
      { text: 'die offensichtliche Praxisferne', speaker: 'Komba' },
      { text: 'In einem Berufsfeld mit so extremen Belastungen heilt man Fachkräftemangel nicht, indem in einem Altersbereich, in dem viele Beamt*innen schon heute die körperlichen Anforderungen nicht mehr oder nur mit größter Mühe voll erfüllen, die Altersgrenze um ein bzw. zwei Jahre angehoben wird!', speaker: 'Komba' },
      { text: 'am anderen Ende', speaker: 'Komba' },
      { text: 'massive Erhöhung der Azubiquote', speaker: 'Thomas Langhoff' },
    ],
  },
  {
    why: 'English "he said" after a sentence that brings in a person with a role in apposition ("… concerns Henry Crespo, president of …"): the newcomer speaks, not the last speaker',
    origin: 'shared/corpus/quotes-en west-journal_2016-09-28 (Western Journal)',
    lang: 'en',
    actors: [person('Bryan Anderson', 'Anderson'), person('Henry Crespo', 'Crespo'), person('Hillary Clinton', 'Clinton')],
    paragraphs: [
      'Anderson largely agreed with McLenny and seemed to think the outreach to black voters was somewhat phony.',
      '“A lot of her attempts to reach out come across as pandering,” he said.',
      'While Obama had a wide array of black artists writing songs about him, that has not been happening for Clinton, which is something that concerns Henry Crespo, president of the Miami-based Florida Democratic Black Caucus.',
      '“No one is writing songs for Hillary. Obama had will.i.am. Hillary has nobody like that,” he said.',
    ],
    quotes: [
      { text: 'A lot of her attempts to reach out come across as pandering,', speaker: 'Bryan Anderson' },
      { text: 'No one is writing songs for Hillary. Obama had will.i.am. Hillary has nobody like that,', speaker: 'Henry Crespo' },
    ],
  },
  {
    why: 'English: a word between a subject pronoun and the verb of saying ("she began saying") leaves the pronoun the subject, not the name the quotation is about',
    origin: 'shared/corpus/quotes-en wash-post_2016-01-20 (Washington Post, Fiorina)',
    lang: 'en',
    actors: [person('Carly Fiorina', 'Fiorina')],
    paragraphs: ['At 2 p.m. on the last Friday in August, Fiorina and the HP board convened at the office of the Silicon Valley law firm Wilson Sonsini Goodrich & Rosati to read over the pages outlining the final agreement. And in those last nights, Fiorina wrote, she began saying the Lord\'s Prayer to herself "over and over again, just as I had as a little girl."'],
    quotes: [{ text: 'over and over again, just as I had as a little girl.', speaker: 'Carly Fiorina' }],
  },
  {
    why: 'English "according to a court document filed by <role> <Name>": the document\'s author is the source, not the document',
    origin: 'shared/corpus/quotes-en breitbart_2016-04-14 (Breitbart, The Latest)',
    lang: 'en',
    paragraphs: ['Fields later tweeted a photograph of her bruised forearm and said she had been yanked backward. “Although there was probable cause to make an arrest, the evidence cannot prove all legally required elements of the crime alleged and is insufficient to support a criminal prosecution,” according to a court document filed by state attorney Dave Aronberg.'],
    quotes: [{ text: 'Although there was probable cause to make an arrest, the evidence cannot prove all legally required elements of the crime alleged and is insufficient to support a criminal prosecution,', speaker: 'Dave Aronberg' }],
  },
  {
    why: 'German: a single quoted noun, even the complement of a naming verb ("bezeichnete … als „…“"), is a quoted term, not a quote (issue 4: quoted single terms are not quotes)',
    origin: 'shared/corpus/quotes-de 40335 (Wikinews, Biometrische Pässe)',
    lang: 'de',
    paragraphs: ['Peter Schaar, als Bundesbeauftragter für den Datenschutz und die Informationsfreiheit oberster Datenschützer in Deutschland, übte ebenfalls Kritik an den Plänen. Er bezeichnete die Pläne als „Wortbruch“.'],
    quotes: [],
  },
  {
    why: 'German: a capitalised clause with ", so X" after it is speech, not a title; "Deren Haltung … bezeichnete er": the pronoun after the verb is the subject, not the fronted object',
    origin: 'shared/corpus/quotes-de 51747 (Wikinews, Ulla Jelpke)',
    lang: 'de',
    paragraphs: ['Karl-Theodor zu Guttenberg, Obmann der CDU/CSU-Fraktion im Auswärtigen Ausschuss, warf der LINKEN daraufhin mangelnde Abgrenzung gegenüber der PKK vor. „Das PKK-Unterstützermilieu reicht bis in die Bundestagsbüros der Linken“, so Guttenberg wörtlich. Deren Haltung gegenüber der PKK bezeichnete er als „zutiefst verlogen und heuchlerisch“.'],
    quotes: [
      { text: 'Das PKK-Unterstützermilieu reicht bis in die Bundestagsbüros der Linken', speaker: 'Karl-Theodor zu Guttenberg' },
      { text: 'zutiefst verlogen und heuchlerisch', speaker: 'Karl-Theodor zu Guttenberg' },
    ],
  },
  {
    why: 'German source phrase "Nach Ansicht von X" gives the speaker of the quotation that follows',
    origin: 'shared/corpus/quotes-de 38180 (Wikinews, VW-Gesetz)',
    lang: 'de',
    paragraphs: ['Nach Ansicht von Niedersachsens Ministerpräsident Christian Wulff (CDU) ist mit der Empfehlung von Generalanwalt Colomer jedoch noch keine Vorentscheidung gefallen. „Es ist nur eine gutachterliche Stellungnahme. Der Europäische Gerichtshof ist in der Vergangenheit häufig von den Gutachten abgewichen.“'],
    quotes: [{ text: 'Es ist nur eine gutachterliche Stellungnahme. Der Europäische Gerichtshof ist in der Vergangenheit häufig von den Gutachten abgewichen.', speaker: 'Christian Wulff' }],
  },
  {
    why: 'German: a lone surname opening the clause right before its speech verb is the speaker even when never given in full',
    origin: 'shared/corpus/quotes-de 81262 (Wikinews, Börsenwert)',
    lang: 'de',
    paragraphs: ['Unter den 100 wertvollsten Unternehmen befinden sich 23 aus Europa und 52 aus den USA. Barth meint: „Europa ist aber stärker, als es das Börsenranking suggeriert.“'],
    quotes: [{ text: 'Europa ist aber stärker, als es das Börsenranking suggeriert.', speaker: 'Barth' }],
  },
  {
    why: 'German "zitiert X mit den Worten": the person quoted is the object, the medium (subject) is not the speaker',
    origin: 'shared/corpus/quotes-de 40463 (Wikinews, Bank des Südens)',
    lang: 'de',
    paragraphs: ['Die russische Nachrichtenagentur RIA Novosti zitiert dazu Néstor Kirchner mit folgenden Worten: „Diese Banken haben ihre Zweckbestimmung verloren. Die Kredite, die sie derzeit gewähren, werden für die Tilgung der Altschulden ausgegeben.“'],
    quotes: [{ text: 'Diese Banken haben ihre Zweckbestimmung verloren. Die Kredite, die sie derzeit gewähren, werden für die Tilgung der Altschulden ausgegeben.', speaker: 'Néstor Kirchner' }],
  },
  {
    why: 'German "zitiert einen Augenzeugen": an unnamed person quoted by a newspaper keeps the role, not the newspaper',
    origin: 'shared/corpus/quotes-de 50777 (Wikinews, Akihabara)',
    lang: 'de',
    paragraphs: ['Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann hat einen Fußgänger erst angefahren, danach hat er ihn angesprungen und mit dem Messer mehrere Male auf ihn eingestochen. Dann ist er weitergegangen und hat wahllos Passanten aufgeschlitzt.“'],
    quotes: [{ text: 'Der Mann hat einen Fußgänger erst angefahren, danach hat er ihn angesprungen und mit dem Messer mehrere Male auf ihn eingestochen. Dann ist er weitergegangen und hat wahllos Passanten aufgeschlitzt.', speaker: 'Augenzeugen' }],
  },
  {
    why: 'German role after the quote with an adverbial before the name in apposition ("der … General der US-Streitkräfte im Irak, General George Casey")',
    origin: 'shared/corpus/quotes-de 28234 (Wikinews, Sarkawi)',
    lang: 'de',
    paragraphs: ['„Obwohl der Führer der Al-Kaida im Irak jetzt tot ist, bleibt die Terrororganisation eine Bedrohung, weil ihre Mitglieder weiter versuchen werden, das irakische Volk zu terrorisieren und seine Regierung zu destabilisieren“, sagte der Oberkommandierende General der US-Streitkräfte im Irak, General George Casey heute anlässlich einer Pressekonferenz.'],
    quotes: [{ text: 'Obwohl der Führer der Al-Kaida im Irak jetzt tot ist, bleibt die Terrororganisation eine Bedrohung, weil ihre Mitglieder weiter versuchen werden, das irakische Volk zu terrorisieren und seine Regierung zu destabilisieren', speaker: 'George Casey' }],
  },
  {
    why: 'German role subject with the name in apposition, colon-introduced: the printed name wins over an earlier "Vorsitzender" of another body',
    origin: 'shared/corpus/quotes-de 64906 (Wikinews, Hochtief)',
    lang: 'de',
    paragraphs: [
      'Der Vorsitzende der IG BAU, Klaus Wiesehügel, warnte vor einem Abbau von Arbeitsplätzen bei Hochtief.',
      'Der Vorsitzende des Bauhauptverbands in Deutschland, Michael Knipper, kritisierte die Entscheidung der BaFin scharf: „Die BaFin muss sich fragen lassen, warum sie den Weg für ein Unternehmen frei macht, das nachweislich überschuldet ist und gegen das in Spanien ein Verfahren wegen Bilanzfälschung läuft.“',
    ],
    quotes: [{ text: 'Die BaFin muss sich fragen lassen, warum sie den Weg für ein Unternehmen frei macht, das nachweislich überschuldet ist und gegen das in Spanien ein Verfahren wegen Bilanzfälschung läuft.', speaker: 'Michael Knipper' }],
  },
  {
    why: 'German verb-second with a dative medium first: "Der englisch-sprachigen Zeitung sagte Filep Karma:"',
    origin: 'shared/corpus/quotes-de 16696 (Wikinews, Papua)',
    lang: 'de',
    paragraphs: ['Der englisch-sprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten, aber das entmutigt nicht meinen Geist für die Freiheit von Papua zu kämpfen.“'],
    quotes: [{ text: 'Ich werde im Gefängnis gehalten, aber das entmutigt nicht meinen Geist für die Freiheit von Papua zu kämpfen.', speaker: 'Filep Karma' }],
  },
  {
    why: 'German "laut einer Pressemitteilung des BMI": the body that owns the document is the source, not the sentence subject',
    origin: 'shared/corpus/quotes-de 68734 (Wikinews, Cyber-Abwehrzentrum)',
    lang: 'de',
    paragraphs: ['Das neue Zentrum, das dem Bundesamt für Sicherheit in der Informationstechnik (BSI) untersteht, dient laut einer Pressemitteilung des BMI der Verbesserung des „Informationsaustausch[s] und zur besseren Koordinierung von Schutz- und Abwehrmaßnahmen gegen IT-Sicherheitsvorfälle“.'],
    quotes: [{ text: 'Informationsaustausch[s] und zur besseren Koordinierung von Schutz- und Abwehrmaßnahmen gegen IT-Sicherheitsvorfälle', speaker: 'BMI' }],
  },
  {
    why: 'German "so charakterisierte ihn der …": an object pronoun between the verb and its subject',
    origin: 'shared/corpus/quotes-de 33687 (Wikinews, Airbus)',
    lang: 'de',
    paragraphs: ['„Gegenüber seinem Führungspersonal ist er die eiserne Hand in einem eisernen Handschuh“, so charakterisierte ihn der Gewerkschaftsfunktionär Bernard Aubin von der CFTC.'],
    quotes: [{ text: 'Gegenüber seinem Führungspersonal ist er die eiserne Hand in einem eisernen Handschuh', speaker: 'Bernard Aubin' }],
  },
  {
    why: 'German "Dennoch betont der Übergangstrainer:" (a sentence adverb is no speaker; the role resolves to the coach named before), then a quote with "so der Interimscoach"',
    origin: 'shared/corpus/fundus Kicker_2024_04_26 (kicker)',
    lang: 'de',
    actors: [person('Uwe Schubert', 'Schubert')],
    paragraphs: [
      'Interimstrainer Uwe Schubert',
      'Dennoch betont der Übergangstrainer: "Natürlich möchten wir so viele Punkte wie möglich holen, aber auch das Auftreten der Mannschaft wird etwas Entscheidendes für mich sein. Ich werde die Spieler an ihrer Ehre packen, dass wir bis zum Schluss alles geben."',
    ],
    quotes: [{ text: 'Natürlich möchten wir so viele Punkte wie möglich holen, aber auch das Auftreten der Mannschaft wird etwas Entscheidendes für mich sein. Ich werde die Spieler an ihrer Ehre packen, dass wir bis zum Schluss alles geben.', speaker: 'Uwe Schubert' }],
  },
  {
    why: 'German: words quoted after a copula are what the clause says, not a name, though a naming word ("Bericht") stands before the copula',
    origin: 'shared/corpus/quotes-de 45695 (Wikinews, Weltklimarat)',
    lang: 'de',
    actors: [person('Stephen Singer', 'Singer')],
    paragraphs: ['Stephen Singer, ein Klimaexperte vom WWF erklärte, der Bericht sei „ein grundlegendes Dokument, das den Weg ebnen wird zu tiefen Einschnitten bei den Emissionen der Entwicklungsländer“.'],
    quotes: [{ text: 'ein grundlegendes Dokument, das den Weg ebnen wird zu tiefen Einschnitten bei den Emissionen der Entwicklungsländer', speaker: 'Stephen Singer' }],
  },
  {
    why: 'German: a clause of capitalised nouns with one lowercase word is no title ("das Postergirl der NRA, und das repräsentiert nicht den Staat New York")',
    origin: 'shared/corpus/quotes-de 55554 (Wikinews, Gillibrand)',
    lang: 'de',
    actors: [person('Carolyn McCarthy', 'McCarthy'), person('Kirsten Gillibrand', 'Gillibrand')],
    paragraphs: ['Die Kongressabgeordnete Carolyn McCarthy erklärte, Gillibrand sei „das Postergirl der NRA, und das repräsentiert nicht den Staat New York“ und kündigte an, 2010 gegen Gillibrand kandidieren zu wollen.'],
    quotes: [{ text: 'das Postergirl der NRA, und das repräsentiert nicht den Staat New York', speaker: 'Carolyn McCarthy' }],
  },
  {
    why: 'German: nouns quoted as what a speaker called something, after a copula or "als" or "sprach von", are words said though capitalised like a title',
    origin: 'shared/corpus/quotes-de 50978, 2840, 48563 (Wikinews)',
    lang: 'de',
    actors: [person('Hamid Karsai', 'Karsai'), person('Dieter Wiefelspütz', 'Wiefelspütz'), person('Lothar Nicht', 'Nicht')],
    paragraphs: [
      'Karsai sagte am Sonntag vor Journalisten weiter, Afghanistan sei ein „Opfer des Terrorismus“.',
      'Die Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“ und glaubt, dass die Politik sie ernstnehmen müsse.',
      'Lothar Nicht, Ordnungsdezernent der Stadt Cottbus, sprach von einer „Gefahr für Leib und Leben“.',
    ],
    quotes: [
      { text: 'Opfer des Terrorismus', speaker: 'Hamid Karsai' },
      { text: 'Knaller aus Karlsruhe', speaker: 'Dieter Wiefelspütz' },
      { text: 'Gefahr für Leib und Leben', speaker: 'Lothar Nicht' },
    ],
  },
  {
    why: 'German: a naming word two words back ("Unternehmen") does not name a span that follows a modal verb: the span is the clause\'s complement',
    origin: 'shared/corpus/quotes-de 54390 (Wikinews, Airbus)',
    lang: 'de',
    paragraphs: ['Einspareffekte für das Unternehmen sollen „durch mehr Effizienz und eine höhere Produktivität“ erreicht werden, so heißt es in einer gemeinsamen Erklärung des Airbus-Gesamtbetriebsrates und der Geschäftsführung.'],
    quotes: [{ text: 'durch mehr Effizienz und eine höhere Produktivität', speaker: 'Airbus-Gesamtbetriebsrates' }],
  },
  {
    why: 'German: a quotation with no frame after a sentence that names its speaker ("wie … Christian Lindner sich ausdrückte") is theirs, not the next sentence\'s speaker, who is named for a quotation of their own',
    origin: 'RTL, 20 March 2021 (first-seen batch 10, dev half)',
    lang: 'de',
    actors: [person('Christian Lindner', 'Lindner'), person('Katrin Göring-Eckardt', 'Göring-Eckardt')],
    paragraphs: ['Die Opposition hält die Verschiebung allerdings für eine "schwere Fehlentscheidung", wie der FDP-Vorsitzende Christian Lindner sich ausdrückte. "Unsere Forderung ist es, dass der Impfgipfel umgehend stattfindet." Grünen-Fraktionschefin Katrin Göring-Eckardt sagte den Zeitungen der Funke Mediengruppe: "Genau in solch unklaren Situationen braucht es dringend mehr Austausch und Koordination."'],
    quotes: [
      { text: 'Unsere Forderung ist es, dass der Impfgipfel umgehend stattfindet.', speaker: 'Christian Lindner' },
      { text: 'Genau in solch unklaren Situationen braucht es dringend mehr Austausch und Koordination.', speaker: 'Katrin Göring-Eckardt' },
    ],
  },
  {
    why: 'Spanish: "dicta un comunicado del Departamento de Estado" after a quotation: the statement\'s owner speaks, and the next quotation goes on with it',
    origin: 'El Faro, 21 April 2022 (first-seen batch 10, dev half)',
    lang: 'es',
    actors: [person('Antony Blinken', 'Blinken')],
    paragraphs: ['El secretario de Estado de Estados Unidos, Antony Blinken, manifestó el 10 de abril que el Gobierno estadounidense “está preocupado por la violencia en El Salvador y la aprobación de reformas al Código Penal el 5 de abril que criminalizan la cobertura periodística sobre ciertas actividades de las pandillas”. “La ley se presta a intentos de censurar a los medios, prevenir la cobertura sobre corrupción y otros asuntos de interés público, y silenciar a críticos del Gobierno salvadoreño”, dicta un comunicado del Departamento de Estado. “Ahora más que nunca, es esencial extraditar a líderes pandilleros (requeridos por EE.UU. desde junio de 2021) para que enfrenten a la justicia estadounidense”.'],
    quotes: [
      { text: 'está preocupado por la violencia en El Salvador y la aprobación de reformas al Código Penal el 5 de abril que criminalizan la cobertura periodística sobre ciertas actividades de las pandillas', speaker: 'Antony Blinken' },
      { text: 'La ley se presta a intentos de censurar a los medios, prevenir la cobertura sobre corrupción y otros asuntos de interés público, y silenciar a críticos del Gobierno salvadoreño', speaker: 'Departamento de Estado' },
      { text: 'Ahora más que nunca, es esencial extraditar a líderes pandilleros (requeridos por EE.UU. desde junio de 2021) para que enfrenten a la justicia estadounidense', speaker: 'Departamento de Estado' },
    ],
  },
  {
    why: 'German: "Aus dem Schulministerium heißt es": where it came from, fronted before the expletive "es", is the source',
    origin: 'test/pages/RheinischePost_2024_04_21 (Rheinische Post)',
    lang: 'de',
    paragraphs: ['Aus dem Schulministerium heißt es, es sei klar, „dass es entsprechender Fortbildungsangebote für die Lehrerinnen und Lehrer bedarf“. Man habe zuletzt rund 18 Millionen Euro in die digitale Weiterbildung von Schulleitungen und Lehrkräften investiert.'],
    quotes: [{ text: 'dass es entsprechender Fortbildungsangebote für die Lehrerinnen und Lehrer bedarf', speaker: 'Schulministerium' }],
  },
  {
    why: 'German: "„…“, ließ ein IWF-Sprecher kurz verlauten": past the helper verb, the spokesperson speaks for the body',
    origin: 'shared/corpus/quotes-de 73475 (Wikinews, Griechenland)',
    lang: 'de',
    actors: [{ name: 'IWF', aliases: [], kind: 'organization', role: null, mentions: 3 }],
    paragraphs: ['Im Vorfeld des heutigen Besuchs der „Troika“ in Athen hat der IWF jedoch keine öffentliche Stellungnahme abgegeben. „Der IWF unterstützt Griechenland dabei, seine wirtschaftlichen Schwierigkeiten zu überwinden“, ließ ein IWF-Sprecher aus Washington kurz verlauten.'],
    quotes: [{ text: 'Der IWF unterstützt Griechenland dabei, seine wirtschaftlichen Schwierigkeiten zu überwinden', speaker: 'IWF' }],
  },
  {
    why: 'an elision apostrophe opening a word ("die ’Ndrangheta") opens no quotation that would swallow the „…“ after it',
    origin: 'shared/corpus/quotes-de 50033 (Wikinews, ’Ndrangheta)',
    lang: 'de',
    actors: [person('Salvatore Boemi', 'Boemi')],
    paragraphs: ['Die ’Ndrangheta ist inzwischen zur mächtigsten Mafia-Organisation Italiens geworden. Nach Einschätzung des italienischen Mafiajägers Salvatore Boemi ist die Organisation auf dem Sprung zur Ausweitung ihres Einflusses auf ganz Europa. Die Zusammenarbeit zwischen den Länderpolizeibehörden bleibe hinter den Notwendigkeiten zurück, so Boemi. „In 20 Jahren werden sie in Oslo sein“, sagte er in einem Interview mit der Financial Times.'],
    quotes: [{ text: 'In 20 Jahren werden sie in Oslo sein', speaker: 'Salvatore Boemi' }],
  },
];

describe('findQuotes on real sentences', () => {
  for (const c of CASES) {
    it(`${c.why} [${c.origin}]`, () => {
      const got = run(c.lang, c.paragraphs, c.headline ?? null, c.actors ?? []);
      expect(got.map((q) => q.text), `texts (${c.origin})`).toEqual(c.quotes.map((q) => q.text));
      expect(got.map((q) => q.speaker), `speakers (${c.origin})`).toEqual(c.quotes.map((q) => q.speaker));
    });
  }
});

// Quoted spans that are not speech: titles, names of organisations, programmes, teams, a single term.
const NOT_QUOTES: { origin: string; lang: string; text: string; why: string }[] = [
  { why: 'a book title after "Buch"', origin: 'quotes-de (Wikinews, Sarrazin)', lang: 'de', text: 'Der Künstler Martin Zet will 60.000 Exemplare von Sarrazins Buch „Deutschland schafft sich ab“ für eine Installation in der 7. Berlin Biennale sammeln.' },
  { why: 'a team name in title case', origin: 'quotes-de 1959 (Wikinews, DEL)', lang: 'de', text: 'Beim Spitzenspiel hat der bisherige Tabellenführer aus Nürnberg, die „Nürnberg Ice Tigers“, seinen Platz verteidigt.' },
  { why: 'a foreign organisation name with small words', origin: 'quotes-de 25006 (Wikinews)', lang: 'de', text: 'Die Forscher Edward Daeschler, stellvertretender Kurator des „Department of Vertebrate Zoology“, und Neil Shubin berichten darüber.' },
  { why: 'a name followed by its acronym', origin: 'quotes-de (Wikinews, Frankreich)', lang: 'de', text: 'Alle drei gehören der rechtsgauillistischen „Union pour un Mouvement Populaire“ (UMP) an.' },
  { why: 'a single quoted term with no speaker', origin: 'quotes-de (Wikinews, Bremen)', lang: 'de', text: 'Aufgrund der Aktenlage hat die Staatsanwaltschaft Bremen ein sogenanntes „Vorermittlungsverfahren“ eingeleitet.' },
  { why: 'a quoted medium name with a speech verb in the sentence but no naming complement ("als", "einen")', origin: 'quotes-de 23333 (Wikinews, Kongo)', lang: 'de', text: 'Albrecht Conze, der politische Dirktor der UN-Mission im Kongo, bezeichnete die Reise von Javier Solana in den Kongo in einem Interview mit dem „Deutschlandfunk“ als hilfreich.' },
  { why: 'a prize opening on its naming noun ("Sacharow-Preis")', origin: 'quotes-de 53717 (Wikinews)', lang: 'de', text: 'Dem chinesischen Bürgerrechtler Hu Jia wurde am vergangenen Donnerstag vom Europäischen Parlament der „Sacharow-Preis für geistige Freiheit“ verliehen.' },
  { why: 'a campaign as the subject of a speech verb', origin: 'quotes-de 49024 (Wikinews)', lang: 'de', text: 'Die „Kampagne für ein Freies Tibet“ berichtete über einen Marsch von Mönchen in der Provinz Gansu.' },
  { why: 'a body opening on "Verband"', origin: 'quotes-de 79539 (Wikinews)', lang: 'de', text: 'Gegen den „Verband integrativer Kinderbetreuungseinrichtungen“ ermittelt seit vergangener Woche die Staatsanwaltschaft.' },
  { why: 'a magazine named in the genitive ("des Magazines „…“")', origin: 'quotes-de 38098 (Wikinews)', lang: 'de', text: 'Laut einem Test des Magazines „auto, motor und sport“ gibt es im Moment 113 Modelle, die unter der Grenze liegen.' },
  { why: 'a day of action in the genitive ("des Aktionstages „…“")', origin: 'quotes-de 63732 (Wikinews)', lang: 'de', text: 'In Berlin haben am Samstag mehr als 7.500 Menschen im Rahmen des internationalen Aktionstages „Freiheit statt Angst“ gegen staatliche Überwachung demonstriert.' },
  { why: 'a documentary compound ("Klima-Dokumentation „…“")', origin: 'quotes-de 45056 (Wikinews)', lang: 'de', text: 'Nach der Begrüßungsrede zeigte er seine Oscar-gekrönte Klima-Dokumentation „Eine unbequeme Wahrheit“.' },
  { why: 'an encyclical', origin: 'quotes-de 21319 (Wikinews)', lang: 'de', text: 'Bereits sechs Tage nach der Veröffentlichung von Papst Benedikts erster Enzyklika „Deus caritas est“ meldete der Radiosender einen Rekord.' },
  { why: 'a category of crime after "Phänomenbereich"', origin: 'quotes-de 27312 (Wikinews)', lang: 'de', text: 'Es heißt, im Phänomenbereich „Politisch motivierte Kriminalität - rechts“ seien 15.361 Straftaten registriert worden.' },
  { why: 'a prize opening on its naming noun, however long', origin: 'quotes-de 33668 (Wikinews, Nobelpreis)', lang: 'de', text: 'Der „Preis der schwedischen Reichsbank für Wirtschaftswissenschaften in Gedenken an Alfred Nobel 2006“ geht an den US-amerikanischen Ökonomen Edmund S. Phelps.' },
  { why: 'a naming word with an adjective between it and the mark ("die neue CD der Gruppe vor: „…“")', origin: 'quotes-de 26835 (Wikinews, Bon Jovi)', lang: 'de', text: 'Auf dem Konzert am Abend stellte er dann die neue CD der Gruppe vor: „Have a nice day“.' },
  { why: 'a documentary title in guillemets', origin: 'shared/corpus/fundus CorriereDellaSera_2025_02_04', lang: 'it', text: 'Hanno assistito alla prima del documentario «Eastman Dilemma» sulle elezioni nel 2020.' },
  { why: 'titles in a list of three or more, joined only by commas and a conjunction', origin: 'Cubadebate, 26 April 2022 (test/pages/Cubadebate_2022_04_26)', lang: 'es', text: 'Es autora del libro "Buscándote, Julio", y coautora de "Voces del milagro", "Niños del milagro", "La maldición del avetruz" y "La cuadratura del círculo".' },
  { why: 'what a band played is a title', origin: 'The Detroit News, 19 November 2019 (shared/corpus/scrapinghub; first-seen batch 14, dev half)', lang: 'en', text: 'Teachers with marching band instruments played “We’re Not Gonna Take It” from the Statehouse steps.' },
];

describe('quoted names, titles and terms are not quotes', () => {
  for (const c of NOT_QUOTES) {
    it(`${c.why} [${c.origin}]`, () => expect(run(c.lang, [c.text]), c.text).toEqual([]));
  }
});

it('the first » closing before punctuation ("… la prostata!». È …") marks French-pointing guillemets [test/pages/IlMattino_2020_04_19]', () => {
  expect(guillemetOrientation('“Uomini, non dimenticate la prostata!». È un appello diretto.')).toBe('french');
  expect(guillemetOrientation('Er sagte: »Wir kommen wieder.« Dann ging er.')).toBe('german');
});

describe('scanQuoteMarks: every house style, verbatim text', () => {
  const STYLES: { style: string; origin: string; text: string; orientation: 'german' | 'french'; want: string[] }[] = [
    { style: '„…“ with a nested ‚…‘', origin: 'shared/corpus/fundus BR_2024_04_22', orientation: 'french', text: 'Zander sagte: „Ich höre immer wieder: ‚Das Thema geht uns nichts an‘, warum?“', want: ['Ich höre immer wieder: ‚Das Thema geht uns nichts an‘, warum?'] },
    { style: '»…« (German guillemets)', origin: 'quotes-de (Wikinews)', orientation: 'german', text: 'Er sagte: »Wir kommen wieder.« Dann ging er.', want: ['Wir kommen wieder.'] },
    { style: '« … » with spaces inside (French)', origin: 'shared/corpus/fundus EuronewsFR_2024_04_30', orientation: 'french', text: '« Si la pêche au merlu était arrêtée, nous serions tous au chômage », explique-t-il.', want: ['Si la pêche au merlu était arrêtée, nous serions tous au chômage'] },
    { style: '«…» without spaces (Swiss German)', origin: 'quotes-de 6103 (Wikinews, Prater)', orientation: 'french', text: 'Damals hieß das Lokal noch «Zur Schweizer Hütte».', want: ['Zur Schweizer Hütte'] },
    { style: '“…” with apostrophes inside', origin: 'shared/corpus/fundus RollingStone_2024_04_25', orientation: 'french', text: '“I like to see it from the fans’ perspective,” Kelce shared.', want: ['I like to see it from the fans’ perspective,'] },
    { style: '‘…’ around a quotation containing It’s', origin: 'shared/corpus/fundus RollingStone_2024_04_25', orientation: 'french', text: 'He jokes that ‘It’s heroin, but this time with an E’ and laughs.', want: ['It’s heroin, but this time with an E'] },
    { style: 'straight "…" with a nested straight quote left open', origin: 'shared/corpus/fundus ZDF_2025_11_07', orientation: 'french', text: 'Es handele sich um Russophobie: "Sie haben sogar einen eigenen Begriff geprägt: "Post-Russland, ein Territorium ohne Souveränität."', want: ['Sie haben sogar einen eigenen Begriff geprägt: "Post-Russland, ein Territorium ohne Souveränität."'] },
    { style: '“…» (a house that mixes its marks: a double opening closed by a guillemet)', origin: 'test/pages/IlMattino_2020_04_19 (first-seen batch 7)', orientation: 'french', text: '“Uomini, non dimenticate la prostata!». È un appello diretto quello che la Società italiana di urologia rivolge a chi, over 50, sta a casa. «Non si va al lavoro, non si va in palestra - commenta Walter Artibani - Questa alterazione dei ritmi va mitigata».', want: ['Uomini, non dimenticate la prostata!', 'Non si va al lavoro, non si va in palestra - commenta Walter Artibani - Questa alterazione dei ritmi va mitigata'] },
    { style: '“…” with the space after the closing mark lost (“face”cards, “enemies,”with)', origin: 'Atlas Obscura, 10 July 2015 (mozilla/readability test-pages/article-author-tag; first-seen batch 11, dev half)', orientation: 'french', text: 'The Rider-Waite tarot has 78 cards: 22 “Major Arcana” and 56 “Minor Arcana,” with four suits of ten “pip”cards running from Ace to ten, each with an additional four “face”cards (King, Queen, Knight, and Page).', want: ['Major Arcana', 'Minor Arcana,', 'pip', 'face'] },
    { style: '「…」 (CJK corner brackets)', origin: 'constructed from a quotes-de pattern: no Japanese page in the corpora', orientation: 'french', text: 'Er schrieb 「東京は晴れ」 auf das Schild.', want: ['東京は晴れ'] },
  ];
  for (const s of STYLES) {
    it(`${s.style} [${s.origin}]`, () => expect(scanQuoteMarks(s.text, s.orientation).map((x) => x.text), s.text).toEqual(s.want));
  }

  it('an opening mark left open runs to the end of its paragraph (iNews_2025_01_28)', () => {
    const [span] = scanQuoteMarks('Richard Weir said: “I started my career in the shipyards of Tyneside.', 'french');
    expect(span.runsOn).toBe(true);
    expect(span.text).toBe('I started my career in the shipyards of Tyneside.');
  });
});

describe('speed', () => {
  it('a 300 KB paragraph full of stray marks finishes quickly (no backtracking blow-up)', () => {
    const para = ('„Wort "x ‚y « z » ’ ' + 'a'.repeat(40) + ' “ ').repeat(6000);
    const t = performance.now();
    run('de', [para]);
    expect(performance.now() - t, 'milliseconds').toBeLessThan(3000);
  });
});
