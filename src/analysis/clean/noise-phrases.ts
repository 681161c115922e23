// The phrase families of data/noise-phrases.json, compiled once: for each family one anchored,
// case-insensitive pattern over all its languages (a German page quotes English share labels, and a
// page's language is not always known at this point).
import data from '../data/noise-phrases.json';
import { caselessRegExp } from '../text/caseless-pattern';

export interface Family { name: string; reason: string; maxWords: number; sectionEnd: boolean; pattern: RegExp }

interface RawFamily { reason: string; maxWords: number; sectionEnd?: boolean; patterns: Record<string, string[]> }

export const FAMILIES: Family[] = Object.entries(data.families as Record<string, RawFamily>).map(([name, f]) => ({
  name,
  reason: f.reason,
  maxWords: f.maxWords,
  sectionEnd: !!f.sectionEnd,
  // Written out case by case: the same matches as /iu, at a fraction of its compile cost (caseless-pattern.ts).
  pattern: caselessRegExp(`^(?:${Object.values(f.patterns).flat().join('|')})$`, 'iu'),
}));

const MAX_WORDS = Math.max(...FAMILIES.map((f) => f.maxWords));

/** Bullets, pipes and arrows that wrap a label ("• Teilen", "› Zur Startseite") are not part of it. */
const strip = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/^[•·|–—›»>→\-:\s]+|[•·|–—‹«<←\-:\s]+$/gu, '');

/** The noise family a block belongs to, or null when it is article text. */
export function noiseFamily(text: string): Family | null {
  // No family reaches past MAX_WORDS words; a block far longer in characters (about 25 per word with its
  // space, German compounds included) is article text, and skipping it spares normalising every paragraph.
  if (text.length > MAX_WORDS * 25) return null;
  const t = strip(text);
  if (!t) return null;
  const words = t.split(' ').length;
  for (const family of FAMILIES) if (words <= family.maxWords && family.pattern.test(t)) return family;
  return null;
}
