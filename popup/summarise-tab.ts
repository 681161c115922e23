// Runs the one injected script in the active tab and analyses what it returns. Everything that can
// go wrong ends in a state the popup can show: never a blank popup.
import browser from 'webextension-polyfill';
import { analyze } from '../src/analysis/analyze';
import type { Summary } from '../src/analysis/types';
import { asInjectError, asPageData } from '../src/shared/messages';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'restricted'; url: string }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; summary: Summary };

/** Pages where browsers never let an extension run a script. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (/^(chrome|edge|brave|about|moz-extension|chrome-extension|view-source|devtools|resource|chrome-search|file):/i.test(url)) return !/^file:/i.test(url);
  return /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url)
    || /\.pdf([?#]|$)/i.test(url);
}

export async function summariseActiveTab(): Promise<TabState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return { kind: 'failed', message: 'There is no open tab to read.' };
  if (isRestrictedUrl(tab.url)) return { kind: 'restricted', url: tab.url ?? '' };
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['inject.js'] });
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    if (/cannot (access|be scripted)|extensions gallery|permission|missing host/i.test(message)) return { kind: 'restricted', url: tab.url ?? '' };
    return { kind: 'failed', message: `The page could not be read: ${message}` };
  }
  const value = results?.[0]?.result;
  const injectError = asInjectError(value);
  if (injectError) return { kind: 'failed', message: injectError };
  const page = asPageData(value);
  if (!page) return { kind: 'failed', message: 'The page returned something Lede cannot read.' };
  try {
    return { kind: 'done', summary: analyze(page) };
  } catch (error) {
    return { kind: 'failed', message: `The analysis failed: ${(error as Error)?.message ?? String(error)}` };
  }
}
