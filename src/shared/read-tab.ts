// Runs the injected script in a tab and waits for its answer, but never for good. It uses the browser's
// own API (native-api.ts): the popup starts it before the rest of its code has loaded (popup/start.ts). Measured in Chromium:
// when the page navigates while the script's promise is pending, executeScript never settles at all, so
// the tab itself is watched. When it starts loading something else, the answer of the old document is
// still taken if it comes (a change of address within the same document), and the new document is read
// as soon as it has loaded; if that cannot happen within NAVIGATION_MS of the navigation (the new page is
// slow, or on another site, which the one-time activeTab grant does not reach), the reader is told.
import type browser from 'webextension-polyfill';
import { nativeApi } from './native-api';
import { closedReason, isAccessRefusal, isClosedPageRefusal } from './tab-access';

/** The promise: a page that navigates while Lede reads it is read again, or the reader is told,
 *  within 2 s. */
export const NAVIGATION_MS = 2000;
/** A page that never answers (its thread blocked by its own script, a modal dialog): the reader is told
 *  after this long instead of waiting on a spinner. The largest page Lede reads answers within 2 s. */
export const ANSWER_TIMEOUT_MS = 12_000;

export type ReadOutcome =
  /** The script's value for the top frame, and Firefox's report of a script that threw. */
  | { kind: 'answer'; value: unknown; error?: unknown }
  /** executeScript was refused: the browser's words. */
  | { kind: 'refused'; message: string }
  /** The tab went to another document that could not be read in time (or not at all). */
  | { kind: 'navigated' }
  | { kind: 'tab-closed' }
  | { kind: 'timeout' };

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);

/** This tab's events (loading, loaded, closed) as counters, with a promise for the next one. */
class TabWatch {
  loads = 0;
  completes = 0;
  closed = false;
  private waiters: (() => void)[] = [];
  private readonly onUpdated = (id: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
    if (id !== this.tabId) return;
    if (change.status === 'loading') this.loads++;
    if (change.status === 'complete') this.completes++;
    this.wake();
  };
  private readonly onRemoved = (id: number) => {
    if (id === this.tabId) { this.closed = true; this.wake(); }
  };

  constructor(private readonly tabId: number) {
    nativeApi.tabs.onUpdated.addListener(this.onUpdated);
    nativeApi.tabs.onRemoved.addListener(this.onRemoved);
  }

  next(): Promise<'event'> {
    return new Promise((resolve) => this.waiters.push(() => resolve('event')));
  }

  stop(): void {
    nativeApi.tabs.onUpdated.removeListener(this.onUpdated);
    nativeApi.tabs.onRemoved.removeListener(this.onRemoved);
    this.wake();
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

const sleep = (ms: number) => new Promise<'deadline'>((resolve) => setTimeout(() => resolve('deadline'), Math.max(0, ms)));

async function inject(tabId: number, file: string): Promise<ReadOutcome> {
  try {
    const results = await nativeApi.scripting.executeScript({ target: { tabId }, files: [file], injectImmediately: true });
    // Firefox reports a script that threw as `error` on the result; Chromium rejects the call instead.
    const first = results?.[0] as { result?: unknown; error?: unknown } | undefined;
    return { kind: 'answer', value: first?.result, error: first?.error };
  } catch (error) {
    return { kind: 'refused', message: messageOf(error) };
  }
}

/** How long a refusal on a web page waits for the navigation that explains it: Firefox withdraws the
 *  grant as a navigation starts, before the tab reports it. */
const REFUSAL_EVIDENCE_MS = 1000;

/** Runs `file` (a leading slash: Firefox resolves the path from the caller's folder otherwise) in the
 *  tab's top frame and returns what came of it. `granted`: the tab showed a web page the one-time grant
 *  reaches, so a refusal is the page leaving, unless no navigation shows soon after. */
export interface ReadOptions {
  granted?: boolean;
  /** True for an answer from a document that was still loading at another address than the one Lede
   *  was opened on (it came in mid-navigation): kept, but the document is read again once it has loaded,
   *  if that happens in time. */
  provisional?: (value: unknown) => boolean;
}

export async function readTab(tabId: number, file: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const watch = new TabWatch(tabId);
  const started = Date.now();
  // Reads under way, each answering with its own number, so one that failed is dropped alone.
  const pending = new Map<number, Promise<{ id: number; outcome: ReadOutcome }>>();
  let nextId = 0;
  const read = () => { const id = nextId++; pending.set(id, inject(tabId, file).then((outcome) => ({ id, outcome }))); };
  let navigatedAt: number | null = null;
  /** A provisional answer, used if nothing better comes in time. */
  let early: ReadOutcome | null = null;
  let loadsSeen = 0;
  let completesSeen = 0;
  const moved = () => watch.loads > loadsSeen || watch.completes > completesSeen;
  try {
    read();
    for (;;) {
      if (watch.closed) return { kind: 'tab-closed' };
      if (watch.loads > loadsSeen) { loadsSeen = watch.loads; navigatedAt ??= Date.now(); }
      // A document finished loading while a read was under way: if the read went into the document it
      // replaced, it will never answer, so the new one is read too (whichever answers first counts).
      if (watch.completes > completesSeen) { completesSeen = watch.completes; read(); }
      const deadline = navigatedAt === null ? started + ANSWER_TIMEOUT_MS : Math.min(started + ANSWER_TIMEOUT_MS, navigatedAt + NAVIGATION_MS);
      const event = await Promise.race([...pending.values(), watch.next(), sleep(deadline - Date.now())]);
      if (event === 'deadline') return early ?? (navigatedAt === null ? { kind: 'timeout' } : { kind: 'navigated' });
      if (event === 'event') continue;
      const { id, outcome } = event;
      pending.delete(id);
      if (outcome.kind === 'refused' && navigatedAt === null && options.granted && isAccessRefusal(outcome.message) && !isClosedPageRefusal(outcome.message)) {
        // The navigation may already have been counted, or show within a moment.
        for (const until = Date.now() + REFUSAL_EVIDENCE_MS; !moved() && !watch.closed && Date.now() < until;) {
          await Promise.race([watch.next(), sleep(until - Date.now())]);
        }
        if (watch.closed) return { kind: 'tab-closed' };
        return moved() ? { kind: 'navigated' } : outcome;
      }
      // Firefox hands back no value when the document went away under the script: like Chromium's
      // silence, a sign to read the new one.
      const wentAway = outcome.kind === 'answer' && outcome.value === undefined && !outcome.error;
      if (wentAway && (navigatedAt !== null || moved())) { navigatedAt ??= Date.now(); continue; }
      if (outcome.kind === 'answer' && !outcome.error && options.provisional?.(outcome.value)) {
        // Read mid-navigation: the loaded document is read when it is there (a read starts on its load).
        early = outcome;
        navigatedAt ??= Date.now();
        if (pending.size || watch.completes === completesSeen) continue;
        return outcome;
      }
      if (outcome.kind !== 'refused' || navigatedAt === null) return outcome;
      // Refused after a navigation: a new site the grant does not reach is the navigation's doing.
      if (isAccessRefusal(outcome.message)) return { kind: 'navigated' };
      // Otherwise the old document went away under the script: the new one is read once it has loaded.
    }
  } finally {
    watch.stop();
  }
}

/** Starts the page's copy: the injected script (inject.js, or inject-extract.js for a caller that cannot
 *  read the copy itself), with the tab watched. Null for a tab closed to extensions. */
export function readPage(tab: { id?: number; url?: string }, options: { readInPage?: boolean } = {}): Promise<ReadOutcome> | null {
  if (tab.id === undefined || closedReason(tab.url)) return null;
  return readTab(tab.id, options.readInPage ? '/inject-extract.js' : '/inject.js', {
    // On a web page the grant reaches, a refusal can only mean the page is leaving: readTab then waits
    // a moment for the navigation to show. So it does when the tab's address was already hidden as the
    // popup asked for it (the grant had gone with a navigation that had just begun).
    granted: !tab.url || /^https?:/i.test(tab.url),
    provisional: (value) => {
      const read = value as { snapshot?: { url?: unknown; loading?: unknown }; url?: unknown; loading?: unknown } | undefined;
      const at = read?.snapshot ?? read;
      return !!at && at.loading === true && typeof at.url === 'string' && at.url !== tab.url;
    },
  });
}
