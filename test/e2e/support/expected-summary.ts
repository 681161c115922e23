// The summary the analysis makes of a served page, computed here with jsdom through the same
// extraction and analysis as the extension, at the same address: what the popup must show.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../../../src/extract/extract-page';
import { analyze } from '../../../src/analysis/analyze';
import type { Summary } from '../../../src/analysis/types';

export function summaryOf(file: string, url: string): Summary {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
  try {
    return analyze(extractPage(dom.window.document, url));
  } finally {
    dom.window.close();
  }
}
