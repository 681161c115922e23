// The popup's messages for every state that is not a summary: each says what happened and, where the
// reader can do something, what.
import type { ClosedReason } from '../src/shared/tab-access';

export function Loading() {
  return (
    <main class="status-view" aria-busy="true">
      <p class="status" role="status"><span class="spinner" aria-hidden="true" />Reading the article…</p>
    </main>
  );
}

const CLOSED_TEXT: Record<ClosedReason, string> = {
  'browser-page': 'Browsers do not let extensions read their own pages (settings, new tab, add-ons, error pages).',
  store: 'Browsers do not let extensions read their extension stores.',
  pdf: 'Lede reads web pages; the browser’s PDF viewer is closed to extensions.',
  file: 'To read files on this computer, allow Lede access to file URLs in the browser’s extension settings.',
};

export function Closed({ reason }: { reason: ClosedReason }) {
  return (
    <main class="status-view">
      <h1 class="status-title">Lede cannot run on this tab</h1>
      <p class="status" role="alert">{CLOSED_TEXT[reason]}</p>
      <p class="hint">Open a news article and try again.</p>
    </main>
  );
}

const STEP_TEXT = { tab: 'No tab to read', injection: 'The page could not be read', analysis: 'The analysis failed' } as const;

export function Failed({ step, message }: { step: keyof typeof STEP_TEXT; message: string }) {
  return (
    <main class="status-view">
      <h1 class="status-title">{STEP_TEXT[step]}</h1>
      <p class="status" role="alert">{message}</p>
      <p class="hint">Reload the page and open Lede again.</p>
    </main>
  );
}

export function NotArticle({ onAnyway }: { onAnyway: () => void }) {
  return (
    <main class="status-view">
      <h1 class="status-title">This page does not look like an article</h1>
      <p class="status" role="alert">Lede summarises news articles; this page has too little running text.</p>
      <button type="button" class="primary anyway" onClick={onAnyway} autoFocus>Summarise anyway</button>
    </main>
  );
}
