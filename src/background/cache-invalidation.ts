// A cached summary belongs to one document: it goes as soon as its tab starts loading anything
// (a reload, a link, a new address) or closes. See src/shared/summary-cache.ts.
import browser from 'webextension-polyfill';
import { dropCached } from '../shared/summary-cache';

export function dropSummariesOfChangedTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) void dropCached(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropCached(tabId));
}
