// The analysis of what the popup has read, done by the background (src/background/analyze-requests.ts),
// where it is loaded and warm: a fresh popup would load half a megabyte of code and run it cold on every
// page. Should the background not answer, the popup loads the analysis and runs it itself.
import browser from 'webextension-polyfill';
import type { AnalyzeOptions, PageData, Summary } from '../src/analysis/types';
import { ANALYZE, asSummary, type AnalyzeRequest } from '../src/shared/analyze-message';

export async function analyzeInBackground(page: PageData, options: AnalyzeOptions = {}): Promise<Summary> {
  try {
    const request: AnalyzeRequest = { kind: ANALYZE, page, options };
    const summary = asSummary(await browser.runtime.sendMessage(request));
    if (summary) return summary;
  } catch { /* no background to answer: below */ }
  const { analyze } = await import('../src/analysis/analyze');
  return analyze(page, options);
}
