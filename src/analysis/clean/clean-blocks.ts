// Noise that survives Readability, removed from the blocks it returns: rights lines, "Zur Startseite",
// share labels, photo credits, progress strips. A block goes only on evidence: it is short and one of
// the phrase patterns (kept as data, per family) matches it whole.
import type { Block, Removed } from '../types';
import phrases from '../data/noise-phrases.json';

const MAX_WORDS = 25;
const FAMILIES: [string, RegExp][] = Object.entries(phrases)
  .filter(([k]) => !k.startsWith('_'))
  .map(([family, list]) => [family, new RegExp(`^(?:${(list as string[]).join('|')})$`, 'iu')]);

const REASONS: Record<string, string> = {
  rights: 'rights line', navigation: 'navigation or back-link', share: 'share label', credit: 'photo credit',
  ads: 'advertisement label', progress: 'reading progress', newsletter: 'newsletter box',
};

/** The family a block belongs to, or null when it is article text. */
export function noiseFamily(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(/^[•·|–-]\s*/, '');
  if (!t) return 'empty';
  if (t.split(' ').length > MAX_WORDS) return null;
  for (const [family, re] of FAMILIES) if (re.test(t)) return family;
  return null;
}

/** Trailing credits glued to a caption or paragraph ("… in Brüssel. Quelle: AP"). */
const TRAILING_CREDIT = /\s+(?:Quelle|Foto|Fotos|Bild|Image|Photo|Credit|Crédit|Fuente|Fonte)\s*:\s*[^.!?]{1,60}$/u;

export function cleanBlocks(blocks: Block[]): { blocks: Block[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const kept: Block[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    const family = noiseFamily(block.text);
    if (family) {
      if (family !== 'empty') removed.push({ text: block.text, reason: REASONS[family] ?? family });
      continue;
    }
    let text = block.text;
    const credit = text.match(TRAILING_CREDIT);
    if (credit && block.kind === 'caption') {
      removed.push({ text: credit[0].trim(), reason: 'photo credit' });
      text = text.slice(0, credit.index).trim();
    }
    // A caption that repeats a body sentence adds nothing and doubles the text the analysis sees.
    const key = text.toLowerCase();
    if (seen.has(key) || (block.kind === 'caption' && blocks.some((b) => b !== block && b.kind === 'p' && b.text.includes(text)))) {
      removed.push({ text, reason: 'repeated text' });
      continue;
    }
    seen.add(key);
    kept.push({ ...block, text });
  }
  return { blocks: kept, removed };
}
