// Finds quoted spans in one paragraph in a single left-to-right pass, whatever the house style:
// „…“ ‚…‘ »…« «…» “…” "…" ‘…’ '…' 「…」, mixed-up pairs as real pages print them (“…“, ”…”, "…”),
// French guillemets with or without inner spaces, quotes nested in quotes, and an opening mark left
// open at the end of a paragraph (a quotation that runs on into the next paragraph).
// A mark's role comes from its neighbours, as in CommonMark's "flanking" rule: an opening mark has no
// letter before it and no space after it, a closing mark has no space before it and no letter after it.
// That is what keeps the apostrophes of "don’t", "geht's" or "fans’ perspective" out of the way.

export interface QuoteSpan {
  /** Offset of the opening mark, or -1 when the quotation was opened in an earlier paragraph. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quotation runs on. */
  close: number;
  /** The text between the marks, trimmed. */
  text: string;
  /** True when no closing mark was found in this paragraph. */
  runsOn: boolean;
  /** True when this paragraph continues a quotation left open by the previous one. */
  continued: boolean;
  /** The second half of a quotation cut by an attribution set between dashes (paragraph-tokens.ts). */
  resumed?: boolean;
  openMark: string;
  closeMark: string;
}

type Family = 'double' | 'single' | 'guillemet' | 'cjk';
interface Open { pos: number; family: Family; mark: string; spaced?: boolean }

const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);

/** Which way guillemets point in this text: » opening (German) or « opening (French, Swiss). */
export function guillemetOrientation(text: string): 'german' | 'french' {
  const i = text.search(/[«»]/u);
  if (i < 0) return 'french';
  const c = text[i];
  // A first » with a space before it and none after is a French closing one of a quotation begun earlier.
  // (Also before punctuation: "… la prostata!». È un appello".)
  if (c === '»' && (isSpace(text[i + 1]) || /[.,;:!?)]/u.test(text[i + 1])) && !isSpace(text[i - 1])) return 'french';
  return c === '»' ? 'german' : 'french';
}

function familyOf(c: string): Family | null {
  switch (c) {
    case '„': case '“': case '”': case '"': case '‟': return 'double';
    case '‚': case '‘': case '’': case "'": case '‹': case '›': return 'single';
    case '«': case '»': return 'guillemet';
    case '「': case '」': case '『': case '』': return 'cjk';
    default: return null;
  }
}

/**
 * Returns the outermost quoted spans of a paragraph. `continues` says that the previous paragraph left a
 * quotation open, so that a closing mark met before any opening one ends a span that starts the paragraph.
 */
export function scanQuoteMarks(text: string, orientation: 'german' | 'french', continues = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  let sawMark = false;
  const push = (pos: number, family: Family, mark: string) => { stack.push({ pos, family, mark }); sawMark = true; };
  // Quotations closed right inside an outermost “ or single mark that is itself never closed: if that mark turns
  // out to be a stray (“ijskoningin of “chatbot” … “Ik voel geen behoefte”, zegt ze; the ‘ayin of a transliterated
  // name, "in ‘Adi, östlich der Stadt … um einen „entsetzlichen Angriff auf Zivilisten“"), they are the real quotations.
  let inner: QuoteSpan[] = [];
  const closeTo = (index: number, pos: number, mark: string) => {
    const open = stack[index];
    stack.length = index;
    if (index === 0) { spans.push(span(text, open.pos, pos, open.mark, mark, false, false)); inner = []; }
    else if (index === 1 && ((stack[0].mark === '“' && open.mark === '“') || stack[0].family === 'single')) inner.push(span(text, open.pos, pos, open.mark, mark, false, false));
  };
  const topIndexOf = (family: Family) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
    return -1;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const family = familyOf(c);
    if (!family) continue;
    // Two straight apostrophes are wiki markup for italics (''Titanoboa''), not a quotation.
    if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue;
    const prev = text[i - 1], next = text[i + 1];
    // Opening: nothing word-like before it and something after it; closing: the reverse.
    const canOpen = !isWord(prev) && !isSpace(next);
    const canClose = !isSpace(prev) && !isWord(next);

    if (family === 'cjk') {
      if (c === '「' || c === '『') push(i, family, c);
      else { const k = topIndexOf('cjk'); if (k >= 0) closeTo(k, i, c); }
      continue;
    }
    if (family === 'guillemet') {
      // Guillemets may carry spaces inside (« texte »), so their direction comes from the text's style.
      const opening = orientation === 'french' ? c === '«' : c === '»';
      if (opening) push(i, family, c);
      else {
        const k = topIndexOf('guillemet');
        if (k >= 0) closeTo(k, i, c);
        // “Uomini, non dimenticate la prostata!»: a house that mixes its marks closes a double opening with a guillemet.
        else if (stack.length && stack[stack.length - 1].family === 'double' && stack[stack.length - 1].mark !== '„' && !isSpace(prev)) closeTo(stack.length - 1, i, c);
        else if (!sawMark && continues && stack.length === 0) spans.push(span(text, -1, i, '', c, false, true));
        sawMark = true;
      }
      continue;
    }
    if (c === '„' || (c === '‚' && !isSpace(next))) { push(i, family, c); continue; }
    if (c === '‟') { if (canOpen) push(i, family, c); continue; }

    const k = topIndexOf(family);
    if (family === 'single') {
      // A single mark only ever closes a single opening mark sitting on top: otherwise it is an apostrophe.
      const top = stack[stack.length - 1];
      if (canClose && top && top.family === 'single' && (c !== '‘' || top.mark !== '‘' || !canOpen)) { closeTo(stack.length - 1, i, c); continue; }
      // ’ opening a word is an elision ("die ’Ndrangheta", "the ’90s", "rock ’n’ roll"), not an opening mark: no
      // house style opens a quotation with it.
      if (canOpen && !canClose && c !== '’' && (isSpace(prev) || /[(\[—–\-:/„“"«»]/u.test(prev))) push(i, family, c);
      continue;
    }
    // "d"éviter", "Jusqu"à": a straight mark between two letters is an apostrophe some tool typed as a quotation mark.
    if (c === '"' && isWord(prev) && isWord(next) && /\p{L}/u.test(prev) && /\p{L}/u.test(next)) continue;
    // " Du jamais vu ", a martelé …: straight marks with spaces inside, as French guillemets are typed (« … ») and as
    // tools leave them when they replace guillemets. Set off by spaces on both sides, they pair in turn.
    if (c === '"' && isSpace(prev) && (isSpace(next) || /[.,;:!?)]/u.test(next ?? ''))) {
      // (Only with nothing else open: "… ‘above the president,’ " closes the outer quotation as below.)
      const top = stack[stack.length - 1];
      if (top?.spaced) { closeTo(stack.length - 1, i, c); continue; }
      if (isSpace(next) && !stack.length) { push(i, family, c); stack[stack.length - 1].spaced = true; continue; }
    }
    // "“”Ho pensato …": an opening mark typed twice; the second one is no quotation of nothing.
    if (c === '”' && prev === '“' && isWord(next)) { const top = stack[stack.length - 1]; if (top && top.pos === i - 1) top.pos = i; continue; }
    // "“Quando venivo …, troppo grande è il dolore. “Dopo più di 28 anni …”": a “ left open when a new sentence opens
    // another. Curly “ never nests inside “, so the first quotation ended with its sentence. (Not when a quotation
    // was closed inside it: then it is the stray one, below.)
    if (c === '“' && canOpen && stack.length === 1 && stack[0].mark === '“' && !inner.length && /[.!?…]\s$/u.test(text.slice(i - 2, i))) {
      closeTo(0, i - 1, '');
      push(i, family, c);
      continue;
    }
    // Double marks: “ ” " ‟. When a mark could do both, an open quotation of its family decides.
    if (canClose && (!canOpen || k >= 0) && k >= 0) { closeTo(k, i, c); continue; }
    // "four “face”cards", "“enemies,”with Crowley": a page that lost the space after a closing mark. A right mark
    // right after a word closes an open left one, whatever follows it.
    if (c === '”' && !isSpace(prev) && k >= 0 && stack[k].mark === '“') { closeTo(k, i, c); continue; }
    // A thin space between an inner quotation's closing mark and the outer one: "… 'Oh, yes, just vote
    // for Hillary Clinton,' " Sanders told CNN.
    if (!canOpen && !canClose && k >= 0 && isSpace(prev) && /['’]/u.test(text[i - 2] ?? '') && isSpace(next)) { closeTo(k, i, c); continue; }
    // A right mark set off by spaces after a comma or a stop closes an open left one: "… left-right coalitions, ” said
    // Mr. Gunnels".
    if (c === '”' && !canOpen && !canClose && k >= 0 && stack[k].mark === '“' && isSpace(prev) && /[,.!?;:]/u.test(text[i - 2] ?? '') && isSpace(next)) { closeTo(k, i, c); continue; }
    // (So does one after a space and before punctuation: "… su cani e gatti ”, afferma la dottoressa"; with no “ open it
    // is a stray, never an opening: "… con prodotti corrosivi ”.")
    if (c === '”' && isSpace(prev) && /[,.!?;:)]/u.test(next ?? '')) { if (k >= 0 && stack[k].mark === '“') closeTo(k, i, c); continue; }
    if (canOpen) { push(i, family, c); continue; }
    if (canClose && k < 0 && !sawMark && continues && stack.length === 0) {
      spans.push(span(text, -1, i, '', c, false, true));
      sawMark = true;
    }
  }
  // A double or guillemet opening left open at the outermost level runs on to the end of the paragraph.
  const bottom = stack[0];
  // Curly “ never nests inside “ in any house style (inner quotations take single marks), so an unclosed “
  // with “…” pairs inside it was a stray mark.
  if (bottom && bottom.mark === '“' && inner.length && stack.length === 1) spans.push(...inner);
  // (A single mark left open never runs on, so what was quoted inside it stands on its own.)
  else if (bottom && bottom.family === 'single' && inner.length) spans.push(...inner);
  else if (bottom && bottom.family !== 'single') spans.push(span(text, bottom.pos, text.length, bottom.mark, '', true, false));
  return spans;
}

function span(text: string, open: number, close: number, openMark: string, closeMark: string, runsOn: boolean, continued: boolean): QuoteSpan {
  return { open, close, text: text.slice(open + 1, close).trim(), runsOn, continued, openMark, closeMark };
}
