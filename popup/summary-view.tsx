// The summary of an article, as text only, with the copy button.
import { useCallback } from 'preact/hooks';
import type { Summary } from '../src/analysis/types';
import { toMarkdown } from '../src/format/format-summary';
import { SummaryHeader } from './summary-header';
import { Actors, LeadSummary, Quotes, RemovedNoise } from './summary-sections';
import { useCopy } from './use-copy';

export function SummaryView({ summary }: { summary: Summary }) {
  const markdown = useCallback(() => toMarkdown(summary), [summary]);
  const [copyState, copy] = useCopy(markdown);
  return (
    <main class="summary-view">
      <SummaryHeader summary={summary} />
      {summary.note && <p class="note">{summary.note}</p>}
      <LeadSummary sentences={summary.summary} lang={summary.lang} />
      <Actors actors={summary.actors} />
      <Quotes quotes={summary.quotes} lang={summary.lang} />
      <RemovedNoise removed={summary.removed} />
      <footer class="actions">
        <button type="button" class="primary copy" onClick={copy} title="Copy as Markdown (C)">
          {copyState.kind === 'copied' ? 'Copied ✓' : 'Copy summary'}
        </button>
        <span class={`copy-status ${copyState.kind}`} role="status" aria-live="polite">
          {copyState.kind === 'copied' ? 'Copied to the clipboard as Markdown.'
            : copyState.kind === 'failed' ? `Copy failed: ${copyState.message}`
            : <>or press <kbd>C</kbd></>}
        </span>
      </footer>
    </main>
  );
}
