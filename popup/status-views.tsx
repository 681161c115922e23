// The popup's messages for every state that is not a summary: each says what happened and, where the
// reader can do something, what.
import type { ClosedReason } from '../src/shared/tab-access';
import type { FailedStep } from '../src/shared/summarise-tab';
import { t, type MessageKey } from '../src/shared/i18n';

export function Loading() {
  return (
    <main class="status-view" aria-busy="true">
      <p class="status" role="status"><span class="spinner" aria-hidden="true" />{t('loading')}</p>
    </main>
  );
}

const CLOSED_TEXT: Record<ClosedReason, MessageKey> = {
  'browser-page': 'closedBrowserPage', store: 'closedStore', pdf: 'closedPdf', file: 'closedFile', 'error-page': 'closedErrorPage',
};

export function Closed({ reason }: { reason: ClosedReason }) {
  return (
    <main class="status-view">
      <h1 class="status-title">{t('closedTitle')}</h1>
      <p class="status" role="alert">{t(CLOSED_TEXT[reason])}</p>
      <p class="hint">{t('closedHint')}</p>
    </main>
  );
}

const STEP_TEXT = {
  tab: 'failedTab', injection: 'failedInjection', analysis: 'failedAnalysis', navigated: 'failedNavigated', timeout: 'failedTimeout',
} as const satisfies Record<FailedStep, MessageKey>;
const STEP_HINT = {
  tab: 'failedHint', injection: 'failedHint', analysis: 'failedHint', navigated: 'navigatedHint', timeout: 'timeoutHint',
} as const satisfies Record<FailedStep, MessageKey>;

/** Lede's own message; the browser's or the script's words, when there are any, only as a detail. */
export function Failed({ step, message, detail }: { step: FailedStep; message: string; detail?: string }) {
  return (
    <main class="status-view">
      <h1 class="status-title">{t(STEP_TEXT[step])}</h1>
      <p class="status" role="alert">{message}</p>
      {detail && <p class="detail">{t('failedDetail', detail)}</p>}
      <p class="hint">{t(STEP_HINT[step])}</p>
    </main>
  );
}

export function NotArticle({ onAnyway }: { onAnyway: () => void }) {
  return (
    <main class="status-view">
      <h1 class="status-title">{t('notArticleTitle')}</h1>
      <p class="status" role="alert">{t('notArticleText')}</p>
      <button type="button" class="primary anyway" onClick={onAnyway} autoFocus>{t('summariseAnyway')}</button>
    </main>
  );
}
