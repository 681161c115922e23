// Direct quotations, verbatim, each with its speaker resolved to a full name. The stages, each in its file:
// 1. tokenization: per paragraph the quoted spans, the text around them and its sentences (paragraph-tokens.ts);
// 2. the entity table: every name the article prints, with roles and gender (entity-table.ts, built on the actors);
// 3. for each quotation its attribution frame, the cue and the cue's subject (attribution-frame.ts, read with
//    speaker-phrase.ts), or the sentences around it when its own names none (context-speaker.ts);
// 4. resolution of that subject to a name (resolve-speaker.ts, with the subjects of discourse.ts for pronouns),
//    and, with no frame at all, the chain of the quotations before it;
// then only the spans that are speech are kept (is-speech.ts). Linear in the text.
import type { Actor, Quote } from '../types';
import type { ArticleText } from '../article-text';
import { lexicon, type Gender, type Lexicon } from './lexicon';
import { EntityTable } from './entity-table';
import { guillemetOrientation, type QuoteSpan } from './scan-quote-marks';
import { paragraphTokens, sentenceTokens } from './paragraph-tokens';
import { Discourse } from './discourse';
import type { Speaker } from './speaker-phrase';
import { isSpeech, type Attribution } from './is-speech';
import { attributionFrame, clauseSubject, genderTakenUp, isVerb } from './attribution-frame';
import { earlierSentenceSpeaker, headingSpeaker, introducedSubject, nextSentenceQuotes, nextSentenceRefersBack, nextSentenceSpeaker, previousSentenceActor, previousSentenceQuotation, previousSentenceRoleHolder, previousSentenceSpeaker, sentenceSubject } from './context-speaker';
import { resolveSpeaker } from './resolve-speaker';
import { words, type Token } from './tokens';

interface Found {
  span: QuoteSpan;
  para: number;
  speaker: Speaker | null;
  attribution: Attribution;
  /** Resolved name. */
  name: string | null;
  keep: boolean;
  /** The quotation opens its paragraph (an answer's place in an interview). */
  opens?: boolean;
}

const aboutBefore = (name: string | null): Speaker | null => name ? { kind: 'name', name, gender: null } : null;

/**
 * An interview: "“…,” says Blair. ¶ Is Starmer a good leader? ¶ “Well, I’m fully supportive of him …”", "But you’ve
 * just written a book for him, I say. ¶ “No, I didn’t write the book for him …”". The paragraphs since the last
 * quotation are the interviewer's turns (a question, or the writer saying or asking something in the first person),
 * with at most a caption or a heading between, so the quotation that opens this paragraph answers them, in the last
 * speaker's words.
 */
function answers(paragraphs: string[], lastQuotePara: number, para: number, lex: Lexicon): boolean {
  if (lastQuotePara < 0 || para - lastQuotePara > 4) return false;
  const between = paragraphs.slice(lastQuotePara + 1, para).map((t) => t.trim());
  const turn = (t: string) => /\?$/u.test(t) || writerSpeaks(t, lex);
  return between.some(turn) && between.every((t) => turn(t) || !/[.!:;"”»“]$/u.test(t));
}

/** The writer says or asks something in the first person: "I say", "I ask", "frage ich". */
function writerSpeaks(text: string, lex: Lexicon): boolean {
  if (/[“”„«»"]/u.test(text)) return false;
  const w = text.toLowerCase().split(/[^\p{L}’']+/u);
  return w.some((x, i) => lex.firstPerson.has(x) && (lex.speechVerbs.has(w[i + 1] ?? '') || lex.speechVerbs.has(w[i - 1] ?? '')));
}

/** Between two quoted items of a list: a comma, or a conjunction, and nothing else. */
const LIST_GAP = /^[\s,;]*(?:y|and|et|und|e|o|or|ou|oder|en|of)?[\s,]*$/u;
/** Short items only: a sentence someone said does not come in a list of three. */
const LIST_ITEM_WORDS = 8;

/**
 * Quotations that stand in a list of three or more, joined only by commas and a conjunction, are titles, slogans or
 * terms, not words said: "coautora de "Voces del milagro", "Niños del milagro", "La maldición del avetruz" y "La
 * cuadratura del círculo"". Returns the indices of those spans.
 */
function quotedList(text: string, spans: QuoteSpan[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  const short = (sp: QuoteSpan) => sp.open >= 0 && !sp.runsOn && sp.text.split(/\s+/).length <= LIST_ITEM_WORDS;
  for (let i = 1; i <= spans.length; i++) {
    const joined = i < spans.length && short(spans[i]) && short(spans[i - 1]) && LIST_GAP.test(text.slice(spans[i - 1].close + 1, spans[i].open));
    if (joined) continue;
    if (i - start >= 3) for (let k = start; k < i; k++) out.add(k);
    start = i;
  }
  return out;
}

/** The speaker of at least three in four of the attributed quotations, and of three at least, or null. */
function dominantSpeaker(all: Found[]): string | null {
  const count = new Map<string, number>();
  let named = 0;
  for (const f of all) if (f.keep && f.name) { named++; count.set(f.name, (count.get(f.name) ?? 0) + 1); }
  let best: string | null = null, n = 0;
  for (const [name, c] of count) if (c > n) { best = name; n = c; }
  return best && n >= 3 && n >= 0.75 * named ? best : null;
}

/** How many paragraphs back a colon with no name before it looks for the person the text is about. */
const COLON_REACH = 8;

/** A name found in the discourse, as a speaker phrase. */
const aboutSpeaker = (name: string | null): Speaker | null => (name ? { kind: 'name', name, gender: null } : null);

export function findQuotes(article: ArticleText, actors: Actor[]): Quote[] {
  const lex = lexicon(article.lang);
  const texts = [article.headline ?? '', article.deck ?? '', ...article.paragraphs];
  const people = new EntityTable(texts, actors, lex);
  const discourse = new Discourse(people, lex);
  const orientation = guillemetOrientation(article.paragraphs.join('\n'));
  const all: Found[] = [];
  let open = false;
  let lastSpeaker: { name: string; gender: Gender | null; at: number } | null = null;
  let lastQuotePara = -10;
  /** Everyone quoted so far. */
  const speakers = new Set<string>();
  let previousParagraph: ReturnType<typeof paragraphTokens> | null = null;

  article.paragraphs.forEach((text, para) => {
    const p = paragraphTokens(text, orientation, open, lex);
    open = p.runsOn;
    const at0 = (para + 2) * 1e6;
    discourse.addParagraph(p, para, at0);
    const { spans, starts, tokens } = p;
    const before = previousParagraph;
    // The paragraph before quotes nothing but a fragment of one or two words inside its reported speech ("aseguró que
    // López Obrador ha "madurado mucho" en el manejo de sus redes"): it still frames the quotation that opens this one.
    const beforeQuotesNothing = !!before && !before.spans.some((sp) => words(sp.text).length >= 3);
    previousParagraph = p;
    if (!spans.length) return;
    people.paragraphAt = at0;
    const listed = quotedList(text, spans);
    let prevInPara: Found | null = null;
    const frames = spans.map((span, si) => {
      const qi = tokens.findIndex((t) => t.quote === si);
      const [ta, tb] = sentenceTokens(p, Math.max(0, span.open >= 0 ? span.open : span.close));
      return { qi, ta, tb, ...attributionFrame(tokens, qi, ta, tb, lex, people, at0 + (span.open >= 0 ? span.open : 0)) };
    });
    spans.forEach((span, si) => {
      const { qi, ta, tb } = frames[si];
      let { speaker, attribution } = frames[si];
      // Quotations of one sentence with one attribution after the last: "“c’è sempre stata attenzione”, venivano
      // seguite “le indicazioni …” e “dal momento …”, ha precisato il virologo". Each one before it is the same speaker's.
      // (Frames are in reading order: the search ends with the sentence.)
      for (let sj = si + 1; !speaker && !span.resumed && sj < frames.length && frames[sj].ta === ta; sj++) {
        if (frames[sj].speaker && frames[sj].attribution === 'after') ({ speaker, attribution } = frames[sj]);
      }
      if (speaker?.kind === 'pronoun' && !speaker.gender) speaker.gender = genderTakenUp(tokens, qi, tb, lex);
      const f: Found = { span, para, speaker, attribution, name: null, keep: false, opens: ta === 0 && qi === 0 };
      f.keep = !listed.has(si) && isSpeech({ text: span.text, before: tokens.slice(ta, qi), after: tokens.slice(qi + 1, tb), attribution, runsOn: span.runsOn || span.continued }, lex);
      let s = speaker;
      // The second half of a quotation around an inserted attribution shares it.
      if (span.resumed && prevInPara?.name) { s = null; f.name = prevInPara.name; }
      // Nothing in the sentence: the next sentence may carry it with a pronoun ("Details nannte sie nicht.").
      if (!s && !f.name && f.keep) s = clauseSubject(tokens, ta, qi, lex, people);
      if (!s && !f.name && f.keep) {
        const next = nextSentenceSpeaker(tokens, tb, starts, text.length, lex, people);
        const carried = prevInPara?.name ?? (lastQuotePara >= para - 1 && lastSpeaker ? lastSpeaker.name : null);
        // An answer to the interviewer's turn: the interviewee, whatever the question names.
        const answer = ta === 0 && qi === 0 && lastSpeaker && answers(article.paragraphs, lastQuotePara, para, lex) ? lastSpeaker.name : null;
        // The sentence before names a speaker with a verb of saying ("Es sei erschreckend, …, sagt SWR-Landeskorrespondent
        // Matthias Zahn. „…“"): the quotation goes on with their words, not with the last one quoted.
        // (Not where the sentence before frames the paragraph's last quotation: the quotation goes on with its
        // speaker, whoever else that sentence names after its verb: "“…,” Ash wrote in the email, which was first
        // reported by The Associated Press. “…”".)
        // (Only that quotation: "…“, sagte Merkel.Als „verpasste Chance“ beurteilte … Volker Beck das Pontifikat. „…“", a
        // sentence the splitter left whole, frames another one last.)
        const framedBefore = prevInPara?.name && previousSentenceQuotation(tokens, ta, starts, lex) === spans.indexOf(prevInPara.span);
        const said = (framedBefore ? null : previousSentenceSpeaker(tokens, ta, starts, lex, people))
          // A quotation that opens its paragraph goes on from the paragraph before when that one ends on reported
          // speech and quotes nothing: "And some people began to write her off, said Pereira. ¶ “Slowly, people …”".
          ?? (ta === 0 && qi === 0 && before && beforeQuotesNothing ? previousSentenceSpeaker(before.tokens, before.tokens.length, before.starts, lex, people) : null);
        // (A name the next sentence gives for a quotation of its own introduces that one, when the sentence before
        // names a speaker: "…, wie der FDP-Vorsitzende Christian Lindner sich ausdrückte. „…“ Grünen-Fraktionschefin
        // Katrin Göring-Eckardt sagte: „…“".)
        // (After earlier quotations, only when the paragraph before is about their last speaker: "If he has one piece
        // of advice for Starmer it’s introducing identity cards, …" ¶ "“In the end, they will explore it, …”".)
        // (Or about someone quoted earlier, whoever was quoted last: "Blair is 71 and yet could easily pass for a man 10
        // years younger. …" ¶ "“I wrote the book because …”" after a quotation of George Osborne's.)
        const thisParagraphPerson = (carried: string) => { const p = discourse.personOfParagraph(para, at0 + (tokens[ta]?.start ?? 0)); return p && p !== carried && people.isSpeakerActor(p) ? p : null; };
        const aboutPerson = (p: string | null) => (lastQuotePara < 0 || (p && (p === lastSpeaker?.name || speakers.has(p)) && para - lastQuotePara <= 4) ? p : null);
        const nextOwn = next && next.kind !== 'pronoun' && said && said.kind !== 'pronoun' && nextSentenceQuotes(tokens, tb, starts, text.length, lex);
        // A sentence in the mood of reported speech ("Zwar sei politischer Druck notwendig, das habe aber nichts mit
        // „Sanktionen zu tun“") goes on with the speaker the sentence before names, not with the next sentence's.
        const reported = tokens.slice(ta, tb).some((t) => t.quote === undefined && lex.reportedMood.has(t.text));
        const reports = said && said.kind !== 'pronoun' && reported;
        let newSubject: Speaker | null = null;
        // (Reported speech with no speaker in the sentence before goes on with the one an earlier sentence of the
        // paragraph names, before a speaker carried from the paragraph before.)
        const earlier = reported && !said && !prevInPara && ta > 0 ? earlierSentenceSpeaker(tokens, ta, starts, lex, people) : null;
        // A round-up's heading over the quotation names its speaker ("LUCECITA: HIZO MÁS ABDOMINALES QUE YO" ¶ "“…”").
        // (The heading is a block of its own on a page; in a plain text, a paragraph with no quotation.)
        const headingText = article.headings?.[para] ?? (before && !before.spans.length ? article.paragraphs[para - 1] : null);
        const heading = ta === 0 && qi === 0 && headingText ? headingSpeaker(headingText, people) : null;
        if (heading && !(next && next.kind !== 'pronoun')) f.name = heading;
        else if (answer && !(next && next.kind !== 'pronoun')) f.name = answer;
        else if (earlier && !next) s = earlier;
        else if (nextOwn || (reports && !carried)) s = said;
        // (A speaker carried over from an earlier paragraph yields to a name the next sentence gives, when that sentence
        // quotes nothing of its own: "… Sanders remarked. ¶ "That would be you?" Borger asked.", "“That is a false
        // equivalency!” Maher replied." after Wilkerson's words: a question or an exclamation ends the sentence inside the
        // marks, and its attribution stands as the next one. Chosen on the data: of the quotations with no frame in the
        // page suite and quotes-en, 20 right where the carried speaker was wrong, none the other way.)
        else if (next && (next.kind === 'pronoun' || !carried || nextSentenceRefersBack(tokens, tb, lex)
          || (next.kind === 'name' && !prevInPara && !nextSentenceQuotes(tokens, tb, starts, text.length, lex)))) s = next;
        else if (said && said.kind !== 'pronoun') s = said;
        // "Directeur Sander Duisterhof van de KNSA is gerustgesteld. 'De commotie heeft geholpen. …'" after quotations of
        // the minister: a person named in full as the subject of the sentence right before, quoting nothing, brings in
        // the next voice, not the last one quoted.
        else if (carried && (newSubject = introducedSubject(tokens, ta, starts, lex, people, carried))) s = newSubject;
        // (But "Regisseur Jens Erwin Siemssen hat dafür unzählige Interviews geführt. Nun werden diese Erinnerungen wieder
        // lebendig. „…“" after a quotation of someone else in the paragraph before: the person this paragraph is
        // about speaks, not the last one quoted.)
        else if (carried) f.name = (!prevInPara && ta > 0 ? thisParagraphPerson(carried) : null) ?? carried;
        else s = said ?? next ?? previousSentenceActor(tokens, ta, starts, lex, people) ?? previousSentenceRoleHolder(tokens, ta, starts, lex, people)
          // A quotation that opens its paragraph with nothing to frame it and no quotation before it to go on from
          // ("Zakaria Shehab, 37 ans, habite à Jabalia … Son témoignage a été recueilli … ¶ « Le pire, c’est la
          // nuit. … »") is the words of the person the paragraph before is about.
          ?? (ta === 0 && qi === 0 ? aboutBefore(aboutPerson(discourse.personOfParagraph(para - 1))) : null)
          // (Or of the body the last sentence of the paragraph before has as its subject, when nobody was quoted
          // before: "Die DGB-Regionen … kritisieren in einer gemeinsamen Mitteilung schwere Versäumnisse …. ¶ „…“".)
          ?? (ta === 0 && qi === 0 && lastQuotePara < 0 && before && !before.spans.length ? previousSentenceActor(before.tokens, before.tokens.length, before.starts, lex, people) : null)
          // "Considera ventaja que Marathón quemará tres cambios de inicio por lesiones: “No es ventaja. …”": in a language
          // that drops its subject pronoun, a colon after words that name no one opens the words of the person the
          // text is about, the last one a sentence before had as its subject, however many topic lines ("LO QUE DIJO:")
          // and paragraphs of the interview stand between (not the topic's own words: "La situación de Ramiro Rocca:").
          // (Not where a verb of saying before the colon has a subject of its own, or someone unnamed speaks: "una
          // fuente de los servicios nos la resumió así: “…”".)
          ?? (qi > ta && tokens[qi - 1]?.text === ':' && lex.complementizers.size > 0 && !tokens.slice(ta, qi).some((t) => isVerb(t, lex) || lex.indefinite.has(t.lower)) ? aboutSpeaker(discourse.resolvePronoun(null, at0 + (tokens[ta]?.start ?? 0), para, COLON_REACH)) : null);
        if (s && !f.name) f.attribution = 'context';
      }
      const recent = lastQuotePara >= para - 1 ? lastSpeaker : null;
      const here = at0 + Math.max(0, span.open);
      // A pronoun set off by commas after the name that opens its sentence takes up someone of an earlier sentence ("Biden,
      // he said, also “was the first president to stand at an active strike site”": he is the one who speaks of Biden).
      const pronounAt = () => parentheticalPronounAfterName(tokens, ta, lex) ? at0 + (tokens[ta]?.start ?? 0) : here;
      if (s && !f.name) f.name = resolveSpeaker(s, recent, people, here, () => sentenceSubject(tokens, ta, starts, lex, people), (g) => discourse.resolvePronoun(g, pronounAt(), para), () => discourse.bodySubjectBefore(here, para));
      // A fragment too short to list still names who speaks next when its frame prints a name ("El rumbo … “es
      // preocupante”, valora el universitario Elthon Rivera" ¶ "“…”, detalla."): the chain goes on from them.
      const named = !f.keep && f.name && attribution === 'after' && speaker?.kind === 'name' && speaker.name === f.name;
      if (f.keep || named) {
        if (f.name) {
          const gender = s?.gender ?? people.genderOf(f.name);
          lastSpeaker = { name: f.name, gender, at: at0 + Math.max(0, span.close, span.open) };
          speakers.add(f.name);
          discourse.setSpeaker(here, para, f.name, gender, at0 + (tokens[ta]?.start ?? 0));
        }
        lastQuotePara = para;
        if (f.keep) prevInPara = f;
      }
      all.push(f);
    });
  });

  // An interview or a press conference ("In the end, they will explore it, …" among thirty quotations of Tony Blair):
  // a quotation nothing attributes is the words of the one person who says nearly everything else.
  const interviewee = dominantSpeaker(all);
  // (Only a whole answer that opens its paragraph: a phrase quoted inside a sentence, a title or a term, is no answer.)
  if (interviewee) for (const f of all) if (f.keep && !f.name && !f.speaker && f.opens && f.span.text.split(/\s+/u).length >= 6) f.name = interviewee;
  const seen = new Set<string>();
  const out: Quote[] = [];
  for (const f of all) {
    if (!f.keep || !f.span.text) continue;
    // A pull quote repeats words already quoted in the body: show them once.
    const key = f.span.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: f.span.text, speaker: f.name });
  }
  return out;
}

/** "Biden, he said, …": the sentence opens on a name, then a comma, a pronoun, a verb of saying and a comma. */
function parentheticalPronounAfterName(tokens: Token[], ta: number, lex: Lexicon): boolean {
  let k = ta;
  while (k < tokens.length && !tokens[k].punct && tokens[k].cap) k++;
  return k > ta && tokens[k]?.text === ',' && lex.pronouns.has(tokens[k + 1]?.lower ?? '') && lex.speechVerbs.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.text === ',';
}
