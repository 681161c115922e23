// Runs the injected script in a tab and waits for its answer, but never for good. Measured in Chromium:
// when the page navigates while the script's promise is pending, executeScript never settles at all, so
// the tab itself is watched. When it starts loading something else, the answer of the old document is
// still taken if it comes (a change of address within the same document), and the new document is read
// as soon as it has loaded; if that cannot happen within NAVIGATION_MS of the navigation (the new page is
// slow, or on another site, which the one-time activeTab grant does not reach), the reader is told.
import browser from 'webextension-polyfill';
import { isAccessRefusal } from './tab-access';

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
    browser.tabs.onUpdated.addListener(this.onUpdated);
    browser.tabs.onRemoved.addListener(this.onRemoved);
  }

  next(): Promise<'event'> {
    return new Promise((resolve) => this.waiters.push(() => resolve('event')));
  }

  stop(): void {
    browser.tabs.onUpdated.removeListener(this.onUpdated);
    browser.tabs.onRemoved.removeListener(this.onRemoved);
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
    const results = await browser.scripting.executeScript({ target: { tabId }, files: [file], injectImmediately: true });
    // Firefox reports a script that threw as `error` on the result; Chromium rejects the call instead.
    const first = results?.[0] as { result?: unknown; error?: unknown } | undefined;
    return { kind: 'answer', value: first?.result, error: first?.error };
  } catch (error) {
    return { kind: 'refused', message: messageOf(error) };
  }
}

/** Runs `file` (a leading slash: Firefox resolves the path from the caller's folder otherwise) in the
 *  tab's top frame and returns what came of it. */
export async function readTab(tabId: number, file: string): Promise<ReadOutcome> {
  const watch = new TabWatch(tabId);
  const started = Date.now();
  try {
    const attempts: Promise<ReadOutcome>[] = [inject(tabId, file)];
    let navigatedAt: number | null = null;
    let loadsSeen = 0;
    let completesSeen = 0;
    for (;;) {
      const deadline = navigatedAt === null ? started + ANSWER_TIMEOUT_MS : Math.min(started + ANSWER_TIMEOUT_MS, navigatedAt + NAVIGATION_MS);
      const event = await Promise.race([...attempts, watch.next(), sleep(deadline - Date.now())]);
      if (event === 'deadline') return navigatedAt === null ? { kind: 'timeout' } : { kind: 'navigated' };
      if (event !== 'event') {
        if (event.kind !== 'refused' || navigatedAt === null) return event;
        // Refused after a navigation: a new site the grant does not reach is the navigation's doing.
        if (isAccessRefusal(event.message)) return { kind: 'navigated' };
        // The old document went away under the script: wait for the new one.
        attempts.splice(0, attempts.length);
        continue;
      }
      if (watch.closed) return { kind: 'tab-closed' };
      if (watch.loads > loadsSeen) { loadsSeen = watch.loads; navigatedAt ??= Date.now(); }
      // A document finished loading while a read was under way: if the read went into the document it
      // replaced, it will never answer, so the new one is read too (whichever answers first counts).
      if (watch.completes > completesSeen) { completesSeen = watch.completes; attempts.push(inject(tabId, file)); }
    }
  } finally {
    watch.stop();
  }
}
