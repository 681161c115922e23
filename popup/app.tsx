// The popup: a loading state at once, then the summary (or a clear message), under a small settings
// menu. Page text is only ever rendered as text nodes; nothing from the page becomes markup.
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../src/shared/summarise-tab';
import { firstRun, summariseActiveTab } from './start';
import { t } from '../src/shared/i18n';
import type { SummaryLength } from '../src/analysis/types';
import { SummaryView } from './summary-view';
import { Closed, Failed, Loading, NotArticle } from './status-views';
import { SettingsMenu } from './settings-menu';
import { useSettings } from './use-settings';
import { useEscapeKey } from './use-popup-keys';

/** What the popup shows; also set on <body data-view> for styling and for the browser tests. */
export type View = 'loading' | 'closed' | 'failed' | 'not-article' | 'summary';

function viewOf(state: TabState, anyway: boolean): View {
  if (state.kind !== 'done') return state.kind;
  return state.summary.readerable || anyway ? 'summary' : 'not-article';
}

// The first summary was started by the popup's first script (start.ts), before this interface loaded.
async function summaryFor(length: SummaryLength) {
  const first = await firstRun;
  return first.length === length ? first.run : summariseActiveTab(length);
}

export function App() {
  const [settings, update, save] = useSettings();
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number>(-1);
  const [anyway, setAnyway] = useState(false);
  const length = settings?.length;
  useEffect(() => {
    if (!length) return;
    let live = true;
    setState({ kind: 'loading' });
    summaryFor(length).then(
      (r) => { if (!live) return; setState(r.state); setTabId(r.tabId ?? -1); },
      (e) => live && setState({ kind: 'failed', step: 'tab', message: t('noTab'), detail: String(e?.message ?? e) }),
    );
    return () => { live = false; };
  }, [length]);
  const view = viewOf(state, anyway);
  useEffect(() => {
    document.body.dataset.view = view;
    document.body.dataset.cached = String(state.kind === 'done' && state.fromCache);
    // A standard User Timing mark: how long the popup took is measurable from outside (test/e2e).
    if (view !== 'loading') performance.mark(`lede:${view}`);
  }, [view, state]);
  // Escape works in every state; `c` only where there is a summary (SummaryView listens for it).
  useEscapeKey();

  const body = (() => {
    switch (state.kind) {
      case 'loading': return <Loading />;
      case 'closed': return <Closed reason={state.reason} />;
      case 'failed': return <Failed step={state.step} message={state.message} detail={state.detail} />;
      case 'done': return view === 'summary' && settings
        ? <SummaryView summary={state.summary} settings={settings} tabId={tabId} />
        : <NotArticle onAnyway={() => setAnyway(true)} />;
    }
  })();
  return (
    <>
      {settings && <header class="toolbar"><SettingsMenu settings={settings} update={update} save={save} /></header>}
      {body}
    </>
  );
}
