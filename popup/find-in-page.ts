// Clicking an actor or a quote shows it in the page: the tab scrolls to its first occurrence, which is
// highlighted for a moment. The highlight is a CSS Custom Highlight (a painted Range, see
// src/shared/highlight-in-page.ts) styled by a ::highlight() rule that scripting.insertCSS adds to the
// page as a stylesheet of the extension's own: no element, attribute or text of the page changes.
import browser from 'webextension-polyfill';
import { highlightInPage, type HighlightResult } from '../src/shared/highlight-in-page';

export const HIGHLIGHT_NAME = 'lede-find';
export const HIGHLIGHT_MS = 2500;
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54a; color: #111; }`;

let cssInserted: number | null = null;

export async function showInPage(tabId: number, needles: string[]): Promise<HighlightResult> {
  if (cssInserted !== tabId) {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    cssInserted = tabId;
    // The rule goes again once the last highlight is over (if the popup is still open to do it; a rule
    // naming a highlight that no longer exists paints nothing).
  }
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: highlightInPage, args: [needles, HIGHLIGHT_NAME, HIGHLIGHT_MS] });
  scheduleRemoval(tabId);
  return (first?.result as HighlightResult | undefined) ?? { found: false };
}

let removal: ReturnType<typeof setTimeout> | undefined;
function scheduleRemoval(tabId: number) {
  clearTimeout(removal);
  removal = setTimeout(() => {
    cssInserted = null;
    browser.scripting.removeCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => {});
  }, HIGHLIGHT_MS + 200);
}
