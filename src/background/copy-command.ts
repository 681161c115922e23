// The copy-summary command (Alt+Shift+K; Chromium 156 keeps Alt+Shift+C for itself and leaves a
// command suggesting it without a key): the summary of the tab goes to the clipboard without opening
// the popup, exactly as the popup's copy button writes it (same settings, same payload), and the
// toolbar badge confirms. The key press grants activeTab, which lets the background inject.
// Where the clipboard is written: Firefox's background page has one (clipboardWrite); Chromium's
// service worker has none, and no offscreen document without the `offscreen` permission, so the
// writer runs in the tab's isolated world right after the extraction.
import browser from 'webextension-polyfill';
import { summariseTab } from '../shared/summarise-tab';
import { analyze } from '../analysis/analyze';
import { extractSnapshot } from '../extract/read-snapshot';
import { canReadCopies } from './read-copy';
import { loadSettings } from '../shared/settings-store';
import { clipboardPayload, type ClipboardPayload } from '../format/clipboard-payload';
import { formatLabels, t } from '../shared/i18n';
import { hasClipboard, writeClipboard } from '../shared/write-clipboard';
import { writeClipboardInPage, type WriteResult } from '../shared/write-clipboard-in-page';
import { showBadge } from './badge';

async function writeFor(tabId: number, payload: ClipboardPayload): Promise<WriteResult> {
  if (hasClipboard()) {
    try {
      await writeClipboard(payload);
      return { ok: true, how: 'clipboard-api' };
    } catch { /* fall through to the tab */ }
  }
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: writeClipboardInPage, args: [payload.text, payload.html] });
  return (first?.result as WriteResult | undefined) ?? { ok: false, error: 'no result from the tab' };
}

export async function copySummaryOfTab(tab: browser.Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  try {
    const settings = await loadSettings();
    // Firefox's background page reads the page's copy itself (read-copy.ts); Chromium's service worker
    // has no DOMParser, so there the page reads its own copy (inject-extract.js).
    const inBackground = canReadCopies();
    const state = await summariseTab(tab, settings.length, async () => ({ analyze, extractSnapshot: inBackground ? extractSnapshot : undefined }), { readInPage: !inBackground });
    if (state.kind !== 'done') {
      const message = state.kind === 'closed' ? t('closedTitle') : state.kind === 'failed' ? state.message : '';
      await showBadge(tabId, { ok: false, message });
      return;
    }
    // A page that is no article is copied anyway: the reader asked for this copy explicitly.
    const written = await writeFor(tabId, clipboardPayload(state.summary, settings, formatLabels()));
    await showBadge(tabId, written.ok ? { ok: true } : { ok: false, message: written.error ?? '' });
  } catch (error) {
    await showBadge(tabId, { ok: false, message: String((error as Error)?.message ?? error) });
  }
}
