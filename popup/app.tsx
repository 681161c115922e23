// The popup: a loading state at once, then the summary (or a clear message), under a small settings
// menu. Page text is only ever rendered as text nodes; nothing from the page becomes markup.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { summariseTab, type TabState } from '../src/shared/summarise-tab';
import { t } from '../src/shared/i18n';
import type { SummaryLength } from '../src/analysis/types';
import { SummaryView } from './summary-view';
import { Closed, Failed, Loading, NotArticle } from './status-views';
import { SettingsMenu } from './settings-menu';
import { useSettings } from './use-settings';
import { useEscapeKey } from './use-popup-keys';
import { loadSettings } from '../src/shared/settings-store';

/** What the popup shows; also set on <body data-view> for styling and for the browser tests. */
export type View = 'loading' | 'closed' | 'failed' | 'not-article' | 'summary';

function viewOf(state: TabState, anyway: boolean): View {
  if (state.kind !== 'done') return state.kind;
  return state.summary.readerable || anyway ? 'summary' : 'not-article';
}

// Asked for as the script loads, before the first render: the tab, the settings, and (unless the cache
// answers) the page's copy, all at once. The reading code is most of the popup's code: it loads only
// when the summary is not in the cache, while the page writes its copy. Its load (fetch, parse, module
// init) is measured for the benchmark.
const activeTab = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
const settingsAtOpen = loadSettings();
const loadReading = () => {
  const start = performance.now();
  return import('../src/shared/reading').then((m) => {
    performance.measure('lede-analysis-load', { start, end: performance.now() });
    return m;
  });
};

async function summariseActiveTab(length: SummaryLength): Promise<{ state: TabState; tabId?: number }> {
  const tab = await activeTab;
  return { state: await summariseTab(tab ?? {}, length, loadReading), tabId: tab?.id };
}

/** The first summary starts as the script loads, with the settings as they are then; a later change of
 *  length (from the menu) summarises again. */
const firstRun = settingsAtOpen.then((s) => ({ length: s.length, run: summariseActiveTab(s.length) }));

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
