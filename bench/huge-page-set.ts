// The huge and deep pages both browsers' benchmarks measure (generated: a 10 MB page is never committed),
// and Readability.js alone run on a page, as the yardstick beside Lede's own run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deepPage, giantParagraphPage, tablesOnlyPage, tenMegabytePage } from '../test/fixtures/hostile/huge-pages';

export const hugePages = () => ({ '/ten-mb': tenMegabytePage(), '/deep': deepPage(), '/giant-paragraph': giantParagraphPage(), '/tables': tablesOnlyPage() });

/** An expression for the page's own realm: Readability.js on a clone of the document, as the injected
 *  script runs it; its value is the time Readability took (ms). */
export function readabilityAloneExpression(): string {
  const source = readFileSync(fileURLToPath(new URL('../node_modules/@mozilla/readability/Readability.js', import.meta.url)), 'utf8');
  return `(() => { ${source}; const t = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t; })()`;
}
