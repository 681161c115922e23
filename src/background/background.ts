// The background script: the copy-summary command, and dropping a tab's cached summary when the tab
// loads something new. The popup does its own work when it opens. Listeners are registered at the top
// level, on every start: Chromium's service worker and Firefox's event page are woken by the events.
import browser from 'webextension-polyfill';
import { copySummaryOfTab } from './copy-command';
import { dropSummariesOfChangedTabs } from './cache-invalidation';

export const COPY_COMMAND = 'copy-summary';

browser.commands.onCommand.addListener((command, tab) => {
  if (command === COPY_COMMAND) void copySummaryOfTab(tab);
});
dropSummariesOfChangedTabs();
