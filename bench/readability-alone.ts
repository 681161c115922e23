// Readability.js alone, run in a page as the injected script runs it: the yardstick every benchmark
// sets beside Lede's own run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** An expression for the page's own realm: Readability.js on a clone of the document, as the injected
 *  script runs it; its value is the time Readability took (ms). */
export function readabilityAloneExpression(): string {
  const source = readFileSync(fileURLToPath(new URL('../node_modules/@mozilla/readability/Readability.js', import.meta.url)), 'utf8');
  return `(() => { ${source}; const t = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t; })()`;
}
