// The summary of an article, as text only, with the copy button. What it shows and what the copy
// writes follow the settings (sections, format); both cap the actors at MAX_ACTORS.
import { useCallback, useState } from 'preact/hooks';
import type { Summary } from '../src/analysis/types';
import type { Settings } from '../src/shared/settings';
import { clipboardPayload } from '../src/format/clipboard-payload';
import { formatLabels, t, tPercent } from '../src/shared/i18n';
import { SummaryHeader } from './summary-header';
import { Actors, LeadSummary, Quotes, RemovedNoise, type ShowInPage } from './summary-sections';
import { useCopy } from './use-copy';
import { useCopyKey } from './use-popup-keys';
import { showInPage } from './find-in-page';

const COPIED = { markdown: 'copiedMarkdown', text: 'copiedText', html: 'copiedHtml' } as const;

export function SummaryView({ summary, settings, tabId }: { summary: Summary; settings: Settings; tabId: number }) {
  const payload = useCallback(() => clipboardPayload(summary, settings, formatLabels()), [summary, settings]);
  const [copyState, copy] = useCopy(payload);
  useCopyKey(copy);
  const [found, setFound] = useState<string>('');
  const onShow: ShowInPage = useCallback((needles, label) => {
    const short = label.length > 60 ? `${label.slice(0, 57)}…` : label;
    showInPage(tabId, needles).then(
      (r) => setFound(r.found ? t('shownInPage', short) : t('notInPage', short)),
      () => setFound(t('notInPage', short)),
    );
  }, [tabId]);
  const { sections } = settings;
  return (
    <main class="summary-view">
      <SummaryHeader summary={summary} />
      {noteOf(summary) && <p class="note">{noteOf(summary)}</p>}
      {sections.summary && <LeadSummary sentences={summary.summary} lang={summary.lang} />}
      {sections.actors && <Actors actors={summary.actors} lang={summary.lang} onShow={onShow} />}
      {sections.quotes && <Quotes quotes={summary.quotes} lang={summary.lang} onShow={onShow} />}
      {sections.removed && <RemovedNoise removed={summary.removed} lang={summary.lang} />}
      <p class="find-status" role="status" aria-live="polite">{found}</p>
      <footer class="actions">
        <button type="button" class="primary copy" onClick={copy} title={t('copyTitle')}>
          {copyState.kind === 'copied' ? t('copiedButton') : t('copyButton')}
        </button>
        <span class={`copy-status ${copyState.kind}`} role="status" aria-live="polite">
          {copyState.kind === 'copied' ? t(COPIED[settings.copyFormat])
            : copyState.kind === 'failed' ? t('copyFailed', copyState.message)
            : <OrPress />}
        </span>
      </footer>
    </main>
  );
}

/** Why the summary may be partial, in the interface language (the English note only for a summary
 *  cached by an older version, which has no `stopped`). */
function noteOf(summary: Summary): string | null {
  const stopped = summary.stopped;
  if (stopped?.at === 'size') return t('noteStoppedSize', tPercent(stopped.readPercent));
  if (stopped?.at === 'readability') return t('noteStoppedReadability', stopped.error);
  return summary.note;
}

/** "or press C", with the key as <kbd> wherever the language puts it. */
function OrPress() {
  const [before, after = ''] = t('orPress', '\u241F').split('\u241F');
  return <>{before}<kbd>C</kbd>{after}</>;
}
