// Classes of error read in session 17 (issue 12) on the thirteen pages that session 16 kept unseen (batch 24's and
// batch 25's blind halves, batch 26), looked at only after their scoring at the end of that session, and on the pages
// of the suite. Each case is a real sentence from the page it names, run end to end (analyze of the text as the CLI's
// --text reads it: the first paragraph is the headline's place).
import { describe, expect, it } from 'vitest';
import { analyze, pageFromText } from '../../src/analysis/analyze';

const summary = (lang: string, paragraphs: string[]) => analyze(pageFromText(['Titel', ...paragraphs].join('\n\n')), { lang });
const speakerOf = (s: ReturnType<typeof summary>, start: string) => s.quotes.find((q) => q.text.startsWith(start))?.speaker;

interface SpeakerCase { why: string; origin: string; lang: string; paragraphs: string[]; want: { text: string; speaker: string | null }[] }

const SPEAKERS: SpeakerCase[] = [
  {
    why: 'a preposition between the verb of saying and its subject ("Lo ha scritto su Facebook la presidente …") is no adverb to skip: the subject is not its object "Facebook", nor a party the object’s words recall',
    origin: 'CalabriaPage, 19 February 2020 (batch 26, unseen until session 17)', lang: 'it',
    paragraphs: [
      'Il partito Forza Italia esulta. Forza Italia ha vinto in Calabria.',
      '“I miei migliori auguri al nuovo assessore all’Ambiente della Regione Calabria: Sergio De Caprio. Buon lavoro Capitano Ultimo”. Lo ha scritto su Facebook la presidente di Fratelli d’Italia, Giorgia Meloni.',
    ],
    want: [{ text: 'I miei migliori auguri', speaker: 'Giorgia Meloni' }],
  },
  {
    why: 'a sentence that points back at the quotation before it ("Lo scrive su Twitter X", "Lo ha dichiarato in una nota X") names its speaker, not whoever was quoted in the paragraph before',
    origin: 'CalabriaPage, 19 February 2020 (batch 26, unseen until session 17)', lang: 'it',
    paragraphs: [
      '“I miei migliori auguri al nuovo assessore all’Ambiente della Regione Calabria: Sergio De Caprio”. Lo ha scritto su Facebook la presidente di Fratelli d’Italia, Giorgia Meloni.',
      '“Il rilancio di una Regione passa anche da grandi personalità che decidono di assumersi responsabilità di governo”. Lo scrive su Twitter Mariastella Gelmini, capogruppo di Forza Italia alla Camera dei deputati.',
      '“Idee chiare e competenza: la giunta di centrodestra non poteva partire meglio”. Lo ha dichiarato in una nota Anna Maria Bernini, presidente dei senatori di Forza Italia.',
    ],
    want: [
      { text: 'I miei migliori auguri', speaker: 'Giorgia Meloni' },
      { text: 'Il rilancio di una Regione', speaker: 'Mariastella Gelmini' },
      { text: 'Idee chiare e competenza', speaker: 'Anna Maria Bernini' },
    ],
  },
  {
    why: 'a subject after an auxiliary and its verb of saying ("si è detto Matteo Salvini") is whom the next sentence’s dropped subject takes up ("«…», ha scritto su X")',
    origin: 'Corriere della Sera, 4 February 2025 (test/pages/CorriereDellaSera_2025_02_04)', lang: 'it',
    paragraphs: [
      '«È arrivata puntualissima, alle 19:29 era già all’entrata», racconta George Guido Lombardi, imprenditore.',
      'Soddisfatto per l\'iniziativa della premier si è detto Matteo Salvini. «Bene Giorgia Meloni da Donald Trump per parlare di pace, di collaborazione industriale e commerciale», ha scritto su X.',
    ],
    want: [{ text: 'È arrivata puntualissima', speaker: 'George Guido Lombardi' }, { text: 'Bene Giorgia Meloni', speaker: 'Matteo Salvini' }],
  },
];

describe('speakers read in session 17', () => {
  for (const c of SPEAKERS) {
    it(`${c.why} [${c.origin}]`, () => {
      const s = summary(c.lang, c.paragraphs);
      for (const w of c.want) expect(speakerOf(s, w.text), `${w.text} in ${JSON.stringify(s.quotes)}`).toBe(w.speaker);
    });
  }
});
