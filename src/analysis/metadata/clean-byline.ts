// A byline is names only: no "Von"/"By", no dates, no reading time, no role or agency trailer.
const LEAD = /^\s*(von|by|par|por|di|de|door|text|texto|testo|autor(in|en)?|author|auteur|redaktion)\s*[:\s]\s*/i;
const WEEKDAY = '(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)?';
const DATE = new RegExp(`\\s*[|,·•–-]?\\s*${WEEKDAY}(\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}+\\s+\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|(updated|aktualisiert|stand|published|veröffentlicht|publié|publicado|pubblicato)\\b).*$`, 'iu');
const READ_TIME = /\s*[|,·•–-]?\s*\d+\s*(min(ute)?s?\.?|minuten)(\s*(read|lesezeit|de lecture|de lectura|di lettura))?.*$/i;

export function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  let t = byline.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) t = t.replace(LEAD, '');
  t = t.replace(DATE, '').replace(READ_TIME, '').replace(/^(lesezeit|reading time)\b.*$/i, '')
    .replace(/\s*[|,·•–-]\s*$/, '').trim();
  // A footnote mark glued to a name ("Xiaoying You0", an affiliation link) and an editor's short sign in
  // brackets ("Elena Oberholzer (obe)") are not part of the name.
  t = t.replace(/(\p{Ll})\d{1,2}(?=[\s,;]|$)/gu, '$1').replace(/\s*\([\p{Ll}.]{1,6}\)(?=[\s,;]|$)/gu, '').replace(/\s*[,;]\s*$/, '').trim();
  // A URL, an e-mail address or a long sentence is not a byline.
  if (!t || /https?:\/\/|\S@\S/.test(t) || t.length > 120) return null;
  return t;
}

/** JSON-LD authors, one name each: cleaned one by one (a long list of names is still a byline), joined. */
export function cleanAuthors(names: string[] | null | undefined): string | null {
  const kept = [...new Set((names ?? []).map(cleanByline).filter((x): x is string => !!x))];
  return kept.length ? kept.join(', ') : null;
}
