// Runs the one injected script in the active tab and analyses what it returns. Everything that can
// go wrong ends in a state the popup can show: never a blank popup.
import browser from 'webextension-polyfill';
import { analyze } from '../src/analysis/analyze';
import type { Summary } from '../src/analysis/types';
import { asInjectError, asPageData } from '../src/shared/messages';
import { closedReason, isAccessRefusal, type ClosedReason } from '../src/shared/tab-access';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'closed'; reason: ClosedReason }
  /** `step` says which part failed, so the message can name it. */
  | { kind: 'failed'; step: 'tab' | 'injection' | 'analysis'; message: string }
  | { kind: 'done'; summary: Summary };

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);

export async function summariseActiveTab(): Promise<TabState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'failed', step: 'tab', message: 'There is no open tab to read.' };
  const closed = closedReason(tab.url);
  if (closed) return { kind: 'closed', reason: closed };

  let results;
  try {
    // A leading slash: Firefox resolves the path from the popup's folder otherwise.
    results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/inject.js'] });
  } catch (error) {
    const message = messageOf(error);
    if (isAccessRefusal(message)) return { kind: 'closed', reason: /^file:/i.test(tab.url ?? '') ? 'file' : 'browser-page' };
    return { kind: 'failed', step: 'injection', message };
  }
  // Firefox reports a script that threw as `error` on the result; Chromium rejects the call instead.
  const first = results?.[0] as { result?: unknown; error?: unknown } | undefined;
  if (first?.error) return { kind: 'failed', step: 'injection', message: messageOf(first.error) };
  const injectError = asInjectError(first?.result);
  if (injectError?.closed) return { kind: 'closed', reason: injectError.closed };
  if (injectError) return { kind: 'failed', step: 'injection', message: injectError.error };
  const page = asPageData(first?.result);
  if (!page) return { kind: 'failed', step: 'injection', message: 'The page returned something Lede cannot read.' };

  try {
    return { kind: 'done', summary: analyze(page) };
  } catch (error) {
    return { kind: 'failed', step: 'analysis', message: messageOf(error) };
  }
}
