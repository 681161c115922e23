// The summary the analysis makes of a served page, computed here with jsdom through the same
// extraction and analysis as the extension, at the same address: what the popup must show.
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../../../src/extract/extract-page';
import { analyze } from '../../../src/analysis/analyze';
import type { Summary, SummaryLength } from '../../../src/analysis/types';
import { readPage } from './serve-pages';

export function summaryOf(file: string, url: string, length?: SummaryLength): Summary {
  const dom = new JSDOM(readPage(file).toString('utf8'), { url, virtualConsole: new VirtualConsole() });
  try {
    return analyze(extractPage(dom.window.document, url), { length });
  } finally {
    dom.window.close();
  }
}
