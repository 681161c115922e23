// The one message the popup sends the background: "analyse this page". The background is the one
// context that stays warm between clicks (woken by the tab's own loading, which it watches for the
// summary cache), with the analysis loaded and its lexicons built; a fresh popup would load and run it
// cold on every page. Checked by shape on both ends.
import type { AnalyzeOptions, PageData, Summary } from '../analysis/types';
import { asPageData } from './messages';

export const ANALYZE = 'lede-analyze';

export interface AnalyzeRequest { kind: typeof ANALYZE; page: PageData; options: AnalyzeOptions }

export function asAnalyzeRequest(v: unknown): AnalyzeRequest | null {
  const m = v as Partial<AnalyzeRequest> | null;
  if (!m || m.kind !== ANALYZE || !asPageData(m.page)) return null;
  const length = (m.options as AnalyzeOptions | undefined)?.length;
  return { kind: ANALYZE, page: m.page as PageData, options: length ? { length } : {} };
}

/** A summary's shape, enough to show it (the background is ours, but a reply can be missing). */
export function asSummary(v: unknown): Summary | null {
  const s = v as Partial<Summary> | null;
  return s && typeof s === 'object' && Array.isArray(s.actors) && Array.isArray(s.quotes) && Array.isArray(s.summary) && typeof s.readerable === 'boolean' ? s as Summary : null;
}
