// The background script: the copy-summary command, dropping a tab's cached summary when the tab loads
// something new, and the analysis of the pages the popup has read (it stays warm here between clicks);
// in Firefox, whose background is a page, the reading of the popup's copy too (read-copy.ts).
// Listeners are registered at the top level, on every start: Chromium's service worker and Firefox's
// event page are woken by the events.
import browser from 'webextension-polyfill';
import { copySummaryOfTab } from './copy-command';
import { dropSummariesOfChangedTabs } from './cache-invalidation';
import { answerAnalyzeRequests } from './analyze-requests';
import { offerCopyReading } from './read-copy';

export const COPY_COMMAND = 'copy-summary';

browser.commands.onCommand.addListener((command, tab) => {
  if (command === COPY_COMMAND) void copySummaryOfTab(tab);
});
dropSummariesOfChangedTabs();
answerAnalyzeRequests();
offerCopyReading();
