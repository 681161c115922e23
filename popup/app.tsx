// The popup: a loading state at once, then the summary (or a clear message). Page text is only ever
// rendered as text nodes; nothing from the page becomes markup.
import { useEffect, useState } from 'preact/hooks';
import { summariseActiveTab, type TabState } from './summarise-tab';
import { SummaryView } from './summary-view';

export function App() {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [anyway, setAnyway] = useState(false);
  useEffect(() => {
    summariseActiveTab().then(setState, (e) => setState({ kind: 'failed', message: String(e?.message ?? e) }));
  }, []);
  useEffect(() => { document.body.dataset.state = state.kind; }, [state]);

  if (state.kind === 'loading') return <main aria-busy="true"><p class="status" role="status">Reading the article…</p></main>;
  if (state.kind === 'restricted') return <main><p class="status" role="alert">Extensions cannot run on this page (browser pages, extension stores and the PDF viewer are closed to them). Open a news article and try again.</p></main>;
  if (state.kind === 'failed') return <main><p class="status" role="alert">{state.message}</p></main>;
  const { summary } = state;
  if (!summary.readerable && !anyway) {
    return (
      <main>
        <p class="status" role="alert">This page does not look like an article.</p>
        <button type="button" onClick={() => setAnyway(true)} autoFocus>Summarise anyway</button>
      </main>
    );
  }
  return <SummaryView summary={summary} />;
}
