// A byline is names only: no "Von"/"By", no dates, no reading time, no role or agency trailer.
const LEAD = /^\s*(?:(?:written|posted|words|story|reported|text|photos?) by|von|by|par|por|di|de|door|text|texto|testo|autor(?:in|en)?|author|auteur|redaktion|著者)\s*[:：\s]\s*|^\s*By(?=\p{Lu}\p{Ll})/iu;
/** A date and time before the names: "January 17, 2017 at 6:08 PM ET by Kori Schulman". */
const DATED_LEAD = /^.*\d.*?\s+by\s+(?=\p{Lu})/u;
/** Separators after which a byline goes on with the outlet or a label ("Saibal Dasgupta / TNN /", "Pete Evans · CBC News · Posted:"). */
const TRAILER = /\s+[/·|•]\s*.*$|\s*[/·|•]\s*$/u;
/** A job title after the name ("Sam Stein Senior Politics Editor, The Huffington Post"). */
const JOB = /\s+(?:Senior|Chief|Staff Writer|Staff Reporter|Editor|Correspondent|Reporter|Contributor|Columnist|Redakteurin|Redakteur|Korrespondentin|Korrespondent)\b.*$/u;
/** Where the page glued a name and the next element's word ("Howard BlumeStaff Writer", "Joe DavidsonWashington"). */
const GLUED = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/u;
/** Words of a share or follow box, never of a name. */
const NOT_A_NAME = /\b(?:follow|twitter|facebook|instagram|subscribe|newsletter|e-?mail|share|see all|see more|alle anzeigen)\b/i;
/** A piece's genre before the author ("Essay von Alexander Hagelüken", "Ein Kommentar von", "Analysis by"). */
const GENRE_LEAD = /^\s*(?:(?:ein|eine|une?|una?|an?)\s+)?(?:essay|kommentar|analyse|analysis|interview|reportage|gastbeitrag|gastkommentar|kolumne|column|rezension|kritik|glosse|porträt|portrait|leitartikel|commentary|review|opinion|essai|chronique|tribune|análisis|opinión|crónica|columna|commento|analisi|recensione|rubriek|recensie)\s+(?:von|by|par|por|di|de|door)\s+(?=\p{Lu})/iu;
/** An outlet's address after the name ("Keith Spera, NOLA.com"): a name never holds a domain. */
const DOMAIN_TRAILER = /\s*[,|]\s*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|co\.uk|co|uk|de|at|ch|fr|es|it|nl|be|ca|au|in|info|news)$/iu;
/** Cased scripts (Latin, Greek, Cyrillic): a line of three words or more with no capital after its first
 *  word is a label or a link ("More from this author", "Как стать автором"), not names; unless it names the
 *  newsroom ("Rédaction en ligne"), which a byline may be. */
const CASED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\s.'’-]+$/u;
const NEWSROOM = /^(?:redaktion|rédaction|redacción|redazione|redactie|redação|staff|newsroom|editorial|équipe|equipo)\b/iu;
const lowerTail = (t: string) => { const w = t.split(' '); return w.length >= 3 && CASED.test(t) && !NEWSROOM.test(t) && w.slice(1).every((x) => !/^\p{Lu}/u.test(x)); };
/** Where the byline goes on with the section and day ("Michael Larabel in Valve on"). */
const IN_SECTION = /\s+in\s+\p{Lu}.*$/u;
/** A reporter's title after the name in Korean, Japanese and Chinese bylines ("송유민 기자", "山田太郎記者"). */
const CJK_ROLE = /\s*(?:기자|특파원|記者|特派員|记者)$/u;
/** A date in Chinese or Japanese ("2019年04月28日 08時00分"). */
const CJK_DATE = /\s*\d{4}年\d{1,2}月\d{1,2}日.*$/u;
const WEEKDAY = '(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)?';
const DATE = new RegExp(`\\s*[|,·•–-]?\\s*${WEEKDAY}(\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}+\\s+\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|(updated|aktualisiert|stand|published|veröffentlicht|publié|publicado|pubblicato)\\b).*$`, 'iu');
/** A clock time, as a dateline prints it next to the day ("4:44 PM 12/27/2014", "14:05 Uhr"). */
const CLOCK = /\s*\b(?:\d{1,2}:\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|Uhr|h)(?!\p{L}))?|\d{1,2}\.\d{2}\s*Uhr)/gu;
/** The word that introduced a date now taken off ("Ronald Tiefenthäler am" from "… am 03.09.2013"). */
const DATE_PREPOSITION = /\s+(?:am|vom|on|le|el|il|op|den)$/u;
/** An academic or medical degree after the name ("Brenda Goodman, MA", "Jane Doe PhD"). */
const DEGREE = /,?\s+(?:MA|MS|MSc|PhD|Ph\.D\.|MD|M\.D\.|MPH|RN|DO|MBA|Dr\. med\.)$/u;
const READ_TIME = /\s*[|,·•–-]?\s*\d+\s*(min(ute)?s?\.?|minuten)(\s*(read|lesezeit|de lecture|de lectura|di lettura))?.*$/i;

export function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  let t = byline.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
  if (NOT_A_NAME.test(t)) return null;
  t = t.replace(DATED_LEAD, '').replace(GENRE_LEAD, '');
  for (let i = 0; i < 2; i++) t = t.replace(LEAD, '');
  t = t.replace(CJK_DATE, '').replace(TRAILER, '').replace(CJK_ROLE, '').replace(DOMAIN_TRAILER, '');
  const glued = t.search(GLUED);
  if (glued > 0 && t.slice(0, glued).split(' ').length >= 2) t = t.slice(0, glued);
  if (t.split(' ').length > 2) t = t.replace(JOB, '').replace(IN_SECTION, '');
  t = t.replace(CLOCK, ' ').trim().replace(DATE, '').replace(READ_TIME, '').replace(DATE_PREPOSITION, '').replace(DEGREE, '').replace(/^(lesezeit|reading time)\b.*$/i, '')
    .replace(/\s*[|,·•–-]\s*$/, '').trim();
  // A footnote mark glued to a name ("Xiaoying You0", an affiliation link) and an editor's short sign in
  // brackets ("Elena Oberholzer (obe)") are not part of the name.
  t = t.replace(/(\p{Ll})\d{1,2}(?=[\s,;]|$)/gu, '$1').replace(/\s*\([\p{Ll}.]{1,6}\)(?=[\s,;]|$)/gu, '').replace(/\s*[,;]\s*$/, '').trim();
  // A URL, an e-mail address or a long sentence is not a byline.
  if (!t || /https?:\/\/|\S@\S/.test(t) || t.length > 120 || lowerTail(t)) return null;
  return t;
}

/** JSON-LD authors, one name each: cleaned one by one (a long list of names is still a byline), joined. */
export function cleanAuthors(names: string[] | null | undefined): string | null {
  const kept = [...new Set((names ?? []).map(cleanByline).filter((x): x is string => !!x))];
  return kept.length ? kept.join(', ') : null;
}
