// One tokenization of a paragraph for the quotation steps: its quoted spans, the text with every span blanked
// out, its sentence starts, and its tokens with each quotation standing as one token of its own («Q»), so that
// the attribution patterns see "«Q» , said Smith" and never the words inside a quotation.
import { scanQuoteMarks, type QuoteSpan } from './scan-quote-marks';
import { maskQuotes, sentenceAround, sentenceStarts } from './quote-context';
import { tokenize, words, type Token } from './tokens';
import type { Lexicon } from './lexicon';

/** A token; a quotation stands as one token, `quote` its span's index and `quoteWords` how many words it holds. */
export interface QToken extends Token { quote?: number; quoteWords?: number }

export interface ParagraphTokens {
  text: string;
  spans: QuoteSpan[];
  /** Sentence start offsets, read with the quotations blanked out. */
  starts: number[];
  tokens: QToken[];
  /** The paragraph ends inside a quotation that goes on in the next one. */
  runsOn: boolean;
}

/** `words`: the language's verbs of saying and source words, to find attributions set inside the marks. */
export function paragraphTokens(raw: string, orientation: 'german' | 'french', continues: boolean, words?: Pick<Lexicon, 'speechVerbs' | 'sourceWords'> & Partial<Pick<Lexicon, 'nounUses' | 'lang' | 'auxiliaries'>>): ParagraphTokens {
  const text = typewriterMarks(raw);
  let spans = scanQuoteMarks(text, orientation, continues);
  if (words) spans = spans.flatMap((s) => splitAtInsertedAttribution(text, s, words.speechVerbs, words.auxiliaries));
  if (words && orientation === 'french') spans = spans.flatMap((s) => splitAtIncise(text, s, words));
  // The words are quoted verbatim: a Dutch mark read as another inside a quotation ("…,,und …") is printed as it stands
  // (the reading keeps every offset, so the same stretch of the paragraph as printed).
  if (text !== raw) spans = spans.map((s) => { const at = text.indexOf(s.text, Math.max(0, s.open)); return at < 0 ? s : { ...s, text: raw.slice(at, at + s.text.length) }; });
  const masked = maskQuotes(text, spans);
  return {
    text,
    spans,
    starts: sentenceStarts(masked),
    // (German capitalises every noun, its nouns of saying included, "nach Angaben der Polizei": not there.)
    tokens: markNounUses(quoteTokens(tokenize(masked), spans), words?.nounUses, words?.lang === 'de' ? undefined : words?.speechVerbs),
    runsOn: spans.length > 0 && spans[spans.length - 1].runsOn,
  };
}

/** The token range [from, to) of the sentence holding offset `at`. */
export function sentenceTokens(p: ParagraphTokens, at: number): [number, number] {
  const [a, b] = sentenceAround(p.starts, p.text.length, at);
  return [firstIndexAtOrAfter(p.tokens, a), firstIndexAtOrAfter(p.tokens, b)];
}

/** The one token a quotation stands as. */
const quoteToken = (start: number, end: number, span: QuoteSpan, index: number): QToken =>
  ({ text: '«Q»', lower: '«q»', start, end, punct: true, cap: false, quote: index, quoteWords: words(span.text).length });

/** Replaces the marks and (blanked) inside of each span by one token that points at the span. */
function quoteTokens(tokens: Token[], spans: QuoteSpan[]): QToken[] {
  const out: QToken[] = [];
  let si = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (si < spans.length && t.start > spans[si].close) si++;
    const s = spans[si];
    if (s && t.start >= (s.open >= 0 ? s.open : 0) && t.start <= s.close) {
      const from = s.open >= 0 ? s.open : s.close;
      if (t.start === from) out.push(quoteToken(t.start, t.end, s, si));
      continue;
    }
    out.push(t);
  }
  // A continued span (opened in an earlier paragraph) has no opening mark: put its token at its closing one.
  spans.forEach((s, si2) => {
    if (s.open < 0 && !out.some((t) => t.quote === si2)) {
      const k = out.findIndex((t) => t.start > s.close);
      out.splice(k < 0 ? out.length : k, 0, quoteToken(s.close, s.close + 1, s, si2));
    }
  });
  return out;
}

export function firstIndexAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

// An attribution set between dashes inside the marks: "Siamo preoccupati per i cinesi a Prato - ribadisce il
// meloniano a Rai3 - tornano da area infetta", "Es muy grave —dijo el ministro—. Hay que actuar". A dash, a verb of
// saying, a short phrase, a dash. The verb may come after an auxiliary: "… – ha detto il professor Cecchin a
// Fanpage.it – ma nulla …", "—ha dicho el ministro—".
const INSERTED = /(\s[-–—]\s+|\s?[—–]\s?)(\p{Ll}+)(?:\s+(\p{Ll}+))?\b[^-–—"“”«»„]{0,100}?\s?[-–—](?=\s|[.,;:])/gu;

/** The span cut in two around an attribution inserted between dashes, so that the attribution is read. */
function splitAtInsertedAttribution(text: string, s: QuoteSpan, verbs: Set<string>, auxiliaries: Set<string> = new Set()): QuoteSpan[] {
  if (s.open < 0 || s.runsOn) return [s];
  const inner = text.slice(s.open + 1, s.close);
  INSERTED.lastIndex = 0;
  for (let m = INSERTED.exec(inner); m; m = INSERTED.exec(inner)) {
    const first = m[2].toLowerCase();
    if (!verbs.has(first) && !(auxiliaries.has(first) && verbs.has((m[3] ?? '').toLowerCase()))) continue;
    const a = s.open + 1 + m.index, b = a + m[0].length - 1; // b: the closing dash
    const before = text.slice(s.open + 1, a).trim(), after = text.slice(b + 1, s.close).replace(/^[\s.,;:]+/u, '').trim();
    if (!before || !after) return [s];
    return [
      { ...s, close: a, text: before, closeMark: '' },
      { ...s, open: b, text: after, openMark: '', resumed: true },
    ];
  }
  return [s];
}

// French-style papers leave the guillemets open around the attribution: "« En une semaine, on a perdu deux à trois
// mètres, pointe Philippe de Gonneville, le maire de Lège-Cap-Ferret. C’est préoccupant. »", "« …, explique l’élu. Il y
// a …»", "« …, poursuit-il, pour …»". A comma, a verb of saying, a short subject with at most two appositions and a full
// stop before a capital; or the verb with its inverted pronoun between two commas.
const INCISE = /,\s+(\p{Ll}+)(?:(-t)?-(?:il|elle|ils|elles)\s*([,.])|\s+((?:[^.!?;,«»"“”]{1,60}?)(?:,[^.!?;,«»"“”]{1,90}?){0,2})\.)\s+(?=\S)/gu;

/** The span cut in two around an attribution set inside the guillemets, so that the attribution is read. */
function splitAtIncise(text: string, s: QuoteSpan, words: Pick<Lexicon, 'speechVerbs' | 'sourceWords'>): QuoteSpan[] {
  if (s.open < 0 || s.runsOn || s.resumed) return [s];
  const inner = text.slice(s.open + 1, s.close);
  INCISE.lastIndex = 0;
  for (let m = INCISE.exec(inner); m; m = INCISE.exec(inner)) {
    // Matches overlap: the next comma may open the incise ("…, devant le poste de secours, pointe …").
    INCISE.lastIndex = m.index + 1;
    // ("selon", "según" inside the marks name the speaker's own sources: no incise.)
    if (!words.speechVerbs.has(m[1]) || words.sourceWords.has(m[1])) continue;
    const subject = m[4];
    const rest = inner.slice(m.index + m[0].length);
    if (m[3] === '.' && !/^\p{Lu}/u.test(rest)) continue;
    if (subject !== undefined) {
      // Who speaks: a name, or a determiner and a role; never a clause ("dit que …"); then a new sentence.
      if (!/^(?:\p{Lu}|l['’]|(?:le|la|les|un|une|el|los|las|il|lo|gli|uno) )/u.test(subject) || subject.split(/\s+/).length > 14) continue;
      if (!/^\p{Lu}/u.test(rest)) continue;
    }
    const a = s.open + 1 + m.index, b = s.open + 1 + m.index + m[0].length - 1;
    const before = text.slice(s.open + 1, a).trim(), after = text.slice(b + 1, s.close).trim();
    if (!before || !after) return [s];
    return [
      { ...s, close: a, text: before, closeMark: '' },
      ...splitAtIncise(text, { ...s, open: b, text: after, openMark: '' }, words).map((x, i) => i === 0 ? { ...x, resumed: true } : x),
    ];
  }
  return [s];
}

/**
 * Dutch papers set quotations between two commas and two apostrophes (",,helaas heel klein''", De Telegraaf): read
 * them as the marks they stand for. The same number of characters, so offsets into the paragraph hold.
 */
function typewriterMarks(text: string): string {
  if (!text.includes(',,')) return text;
  // (Some papers close ",,…" with a straight double mark: ",,Het zou fantastisch nieuws zijn." De vraag is …)
  return text.replace(/(^|[\s(])(,,)(?=\p{L}|\d)/gu, (_, b) => `${b} „`).replace(/([^\s'’])(''|’’)(?=$|[\s.,;:!?)])/gu, (_, a) => `${a}” `);
}

/**
 * "tener en cuenta", "la cuenta de Twitter": a verb of saying's form that the word before makes a noun. So does a
 * capitalised word after it, inside a name: "the Indiana State Fair Grounds", "Secretary of State Mike Pompeo".
 */
function markNounUses(tokens: QToken[], uses: Map<string, Set<string>> | undefined, verbs?: Set<string>): QToken[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1];
    if (uses?.get(t.lower)?.has(prev.lower)) t.noun = true;
    else if (t.cap && verbs?.has(t.lower) && !prev.punct && (prev.cap || (i > 1 && prev.lower === 'of' && tokens[i - 2].cap && !tokens[i - 2].punct))) t.noun = true;
  }
  return tokens;
}
