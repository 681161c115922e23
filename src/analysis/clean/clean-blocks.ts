// Noise that survives Readability, removed from the blocks it returns: rights lines, back-links, share
// labels, photo credits, progress strips, ad labels, newsletter boxes, "Mehr zum Thema" lists, author
// boxes, bylines and date lines repeated in the body, captions that repeat a body sentence. Each block
// goes only on evidence (short and a whole-block phrase match, or an exact repeat), and each removal
// is reported with its reason.
import type { Block, Removed } from '../types';
import { noiseFamily } from './noise-phrases';
import roleData from '../data/actor-role-nouns.json';
// The /iu patterns below are compiled written out, case by case: same matches, a fraction of the compile cost.
import { caselessRegExp } from '../text/caseless-pattern';

/** "is", "ist", "est", …: the verb an author's biography opens with after the name. */
const COPULAS = new Set(Object.values(roleData.copulas).flat());

/** The author names of a byline, each of two words or more ("John Nichols", "Anna Muster und Max Beispiel"). */
function authorKeys(byline: string | null | undefined): string[] {
  return (byline ?? '').split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/u).map(key).filter((n) => n.split(' ').length >= 2);
}

/** What the metadata already says, so the body need not say it again. */
export interface CleanContext { byline?: string | null; published?: string | null }

const SPACE = /\s/;
/** The number of words (runs of non-space), counted without building them. */
function words(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(t[i]));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Trailing credits glued to a caption ("… in Brüssel. Quelle: AP", "… (Foto: dpa)"). */
const TRAILING_CREDIT = /\s*[([]?\s*(?:Quelle|Foto|Fotos|Bild|Image|Photo|Photograph|Credit|Crédit|Fuente|Fonte|Beeld|Bron)\s*:\s*[^.!?]{1,80}[)\]]?$/u;
/** A date or time on its own ("25/04/2026 Actualizado a las 15:10h.", "Updated 3:05 PM EST, Mon May 4, 2020"). */
export const DATE_LINE = caselessRegExp(String.raw`^(?:\p{L}{3,12},\s+)?(?:(?:am|vom|on|le|du|el|del|il|op|den)\s+)?(?:(?:updated|published|posted|aktualisiert|veröffentlicht|publiziert|erschienen|stand|publié|mis à jour|actualizado|publicado|pubblicato|aggiornato|bijgewerkt|gepubliceerd)(?=[\s\d:]|$).{0,60}|[\d\s./:,-]*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[\p{L}\d\s./:,-]{0,50}|\p{L}{3,9}\.? \d{1,2},? \d{4}[\p{L}\d\s.:,-]{0,30}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}[\p{L}\d\s.:,–—-]{0,30})$`, 'iu');
/** An agency credit glued to the end of a caption ("… auf Tiktok.Getty Images", "… in Kiew. AFP/Sergei Supinsky"). */
const TRAILING_AGENCY = /(?<=[.!?»"“”)])\s*(?:Getty Images|Getty|dpa|AFP|AP|Reuters|imago(?: images)?|picture alliance|EPA|EFE|ANSA|ANP|Keystone|Shutterstock)(?:\s*\/\s*[\p{L} .'-]{1,50})?$/u;
/** A year or a clock time: what a byline's date part holds. */
export const STAMP = caselessRegExp(String.raw`\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?\b`, 'iu');
/** A block that names the author ("Von Anna Muster", "By John Smith and Jane Doe"). */
const BYLINE_LEAD = /^(?:[Vv]on|[Bb]y|BY|VON|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Tt]ext|[Tt]exto|[Tt]esto)\s+\p{Lu}/u;

/** A wire dateline that opens the article: "WASHINGTON (AP) — ", "KYIV, Ukraine (AP) — ", "Berlin (dpa) - ", the
 * place in capitals and the paper or agency before a bar ("TOKIO taz | Im Café …", "BERLIN dpa | "), the site and the
 * place in capitals before a dash ("jpnn.com, JAKARTA - Anggota DPR …"), or the
 * agency alone where the place sat in an element of its own ("(AP) — After …"). The place and agency are no
 * sentence of the story, and would open its summary. */
export const DATELINE = /^(?:(?:[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{L}.'’-]+){0,4}\s*)?\((?:AP|AFP|Reuters|dpa|APA|SDA|Keystone-SDA|KNA|epd|EFE|ANSA|Xinhua|UPI|Bloomberg|CNN|PA|ANP|Belga|TT|NTB|Lusa|Europa Press|CP|AAP|SID|dts|ddp|AA|PTI|IANS|ANI|Kyodo|Yonhap|TASS|PAP|CTK|ČTK|MTI|STT|Ritzau|AGI|Adnkronos|afp|ap)(?:\s*\/\s*(?:AP|AFP|Reuters|dpa|APA|SDA|Keystone-SDA|KNA|epd|EFE|ANSA|Xinhua|UPI|Bloomberg|CNN|PA|ANP|Belga|TT|NTB|Lusa|Europa Press|CP|AAP|SID|dts|ddp|AA|PTI|IANS|ANI|Kyodo|Yonhap|TASS|PAP|CTK|ČTK|MTI|STT|Ritzau|AGI|Adnkronos|afp|ap))*\)\s*[—–-]{1,2}\s*(?=\S)|\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}\s+[\p{L}/]{2,12}\s*\|\s+(?=\S)|[\p{L}\d.]{2,30},\s+\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2}\s*[—–-]{1,2}\s+(?=\S))/u;

/** The wire dateline a paragraph opens with, where the story goes on after it (more than three words). */
export function openingDateline(text: string): string | null {
  const dateline = text.match(DATELINE)?.[0];
  return dateline && words(text) > words(dateline) + 3 ? dateline : null;
}

export function cleanBlocks(blocks: Block[], context: CleanContext = {}): { blocks: Block[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const kept: Block[] = [];
  const seen = new Set<string>();
  // The body's normalised text, for "does this caption repeat it?": built only once a caption asks.
  let bodyTextCache: string | null = null;
  const bodyText = () => (bodyTextCache ??= blocks.filter((b) => b.kind === 'p').map((b) => key(b.text)).join(' \n '));
  const bylineKey = key(context.byline ?? '');
  const authors = authorKeys(context.byline);
  let inSectionEnd = false;
  blocks.forEach((block, i) => {
    let text = block.text.trim();
    const drop = (reason: string, what = text) => { removed.push({ text: what, reason }); };
    if (!text) return;
    // After a "Mehr zum Thema" or author-box heading, short link-like blocks belong to it until
    // running text resumes.
    if (inSectionEnd) {
      if (words(text) <= 18 && block.kind !== 'quote') { drop('related articles'); return; }
      inSectionEnd = false;
    }
    const family = noiseFamily(text);
    if (family) {
      drop(family.reason);
      if (family.sectionEnd) inSectionEnd = true;
      return;
    }
    // Bylines and date lines near the top repeat the metadata.
    if (i < 6 && words(text) <= 12) {
      // A section label may stand before the date: "Politics / January 11, 2024", "Politik | 12.01.2022".
      if (DATE_LINE.test(text.replace(/^[|•·–—\s]+/u, '').replace(/^\p{L}[\p{L} &-]{1,24}\s[/|·•]\s/u, ''))) { drop('date line'); return; }
      if (BYLINE_LEAD.test(text) || (bylineKey && key(text) === bylineKey)) { drop('byline'); return; }
    }
    // The author's box at the end: the author's name alone, or a biography that opens with it and a copula
    // ("John Nichols is a national affairs correspondent for The Nation. He has written …").
    if (i >= blocks.length - 3 && authors.length) {
      const k = key(text);
      const bio = authors.find((a) => k === a || (k.startsWith(`${a} `) && COPULAS.has(k.slice(a.length + 1).split(' ')[0])));
      if (bio && words(text) <= 120) { drop('author box'); return; }
    }
    // "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated …": a byline carrying its dates.
    if (i < 6 && words(text) <= 25 && BYLINE_LEAD.test(text) && STAMP.test(text) && !/[.!?]["”»]?$/u.test(text)) { drop('byline'); return; }
    // A caption describes a picture, not the story: it is set aside (shown with the removed blocks),
    // as every gold body we measure against leaves captions out. One that repeats a body sentence says so.
    if (block.kind === 'caption') {
      const k = key(text.replace(TRAILING_CREDIT, '').replace(TRAILING_AGENCY, ''));
      drop(k.length >= 20 && bodyText().includes(k) ? 'caption repeats the text' : 'photo caption');
      return;
    }
    if (block.kind === 'p' && kept.filter((b) => b.kind === 'p').length === 0) {
      const dateline = openingDateline(text);
      if (dateline) {
        drop('wire dateline', dateline.trim());
        text = text.slice(dateline.length);
      }
    }
    if (block.kind === 'p') {
      const credit = text.match(TRAILING_CREDIT);
      if (credit && credit.index! > 0 && words(text) <= 40) {
        drop('photo credit', credit[0].trim());
        text = text.slice(0, credit.index).trim();
      }
    }
    // A paragraph printed twice adds nothing.
    const k = key(text);
    if (words(text) >= 6 && seen.has(k)) { drop('repeated text'); return; }
    seen.add(k);
    kept.push({ ...block, text });
  });
  return { blocks: kept, removed };
}
