// The popup: a loading state at once, then the summary (or a clear message). Page text is only ever
// rendered as text nodes; nothing from the page becomes markup.
import { useEffect, useState } from 'preact/hooks';
import { summariseActiveTab, type TabState } from './summarise-tab';
import { SummaryView } from './summary-view';
import { Closed, Failed, Loading, NotArticle } from './status-views';

/** What the popup shows; also set on <body data-view> for styling and for the browser tests. */
export type View = 'loading' | 'closed' | 'failed' | 'not-article' | 'summary';

function viewOf(state: TabState, anyway: boolean): View {
  if (state.kind !== 'done') return state.kind;
  return state.summary.readerable || anyway ? 'summary' : 'not-article';
}

export function App() {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [anyway, setAnyway] = useState(false);
  useEffect(() => {
    summariseActiveTab().then(setState, (e) => setState({ kind: 'failed', step: 'tab', message: String(e?.message ?? e) }));
  }, []);
  const view = viewOf(state, anyway);
  useEffect(() => {
    document.body.dataset.view = view;
    // A standard User Timing mark: how long the popup took is measurable from outside (test/e2e).
    if (view !== 'loading') performance.mark(`lede:${view}`);
  }, [view]);

  switch (state.kind) {
    case 'loading': return <Loading />;
    case 'closed': return <Closed reason={state.reason} />;
    case 'failed': return <Failed step={state.step} message={state.message} />;
    case 'done': return view === 'summary' ? <SummaryView summary={state.summary} /> : <NotArticle onAnyway={() => setAnyway(true)} />;
  }
}
