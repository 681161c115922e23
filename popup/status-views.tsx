// The popup's messages for every state that is not a summary: each says what happened and, where the
// reader can do something, what.
import type { ClosedReason } from '../src/shared/tab-access';
import { t, type MessageKey } from '../src/shared/i18n';

export function Loading() {
  return (
    <main class="status-view" aria-busy="true">
      <p class="status" role="status"><span class="spinner" aria-hidden="true" />{t('loading')}</p>
    </main>
  );
}

const CLOSED_TEXT: Record<ClosedReason, MessageKey> = {
  'browser-page': 'closedBrowserPage', store: 'closedStore', pdf: 'closedPdf', file: 'closedFile',
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

const STEP_TEXT = { tab: 'failedTab', injection: 'failedInjection', analysis: 'failedAnalysis' } as const satisfies Record<string, MessageKey>;

export function Failed({ step, message }: { step: keyof typeof STEP_TEXT; message: string }) {
  return (
    <main class="status-view">
      <h1 class="status-title">{t(STEP_TEXT[step])}</h1>
      <p class="status" role="alert">{message}</p>
      <p class="hint">{t('failedHint')}</p>
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
