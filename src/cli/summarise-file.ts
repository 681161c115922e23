// One saved page (or plain-text article) through the same extraction and analysis as the extension.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../extract/extract-page';
import { analyze, pageFromText } from '../analysis/analyze';
import type { AnalyzeOptions, PageData, Summary } from '../analysis/types';
import { decodeBytes } from './decode';
import { emptyNoscript } from './noscript-as-text';

export interface FileOptions extends AnalyzeOptions { text?: boolean }

/** The page's own address, when it states one, so relative links and site names resolve as in the browser. */
function pageUrl(html: string): string {
  const canonical = html.match(/<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:[^"']+)["']/i)?.[1]
    ?? html.match(/<meta[^>]+property=["']og:url["'][^>]*content=["'](https?:[^"']+)["']/i)?.[1];
  try { return canonical ? new URL(canonical).href : 'https://localhost/'; } catch { return 'https://localhost/'; }
}

export function summariseFile(file: string, options: FileOptions = {}): Summary {
  return analyze(pageOfFile(file, options), options);
}

/** What the injected script would return for the saved page (or the text as one), before the analysis. */
export function pageOfFile(file: string, options: { text?: boolean } = {}): PageData {
  const text = decodeBytes(readFileSync(file), file);
  if (options.text) return pageFromText(text);
  const url = pageUrl(text);
  // Scripts never run (jsdom's default), and the page may not log into our output.
  const dom = new JSDOM(emptyNoscript(text), { url, virtualConsole: new VirtualConsole() });
  try {
    return extractPage(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}
