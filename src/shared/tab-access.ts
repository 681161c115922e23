// Which tabs an extension can never script, and why, so the popup can say so instead of failing.
// Browsers close their own pages, their extension stores and their PDF viewer to every extension;
// local files need a switch the reader turns on in the extension's settings (Chromium).
// https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns (schemes extensions may use)

/** 'error-page': the tab shows the browser's own error page (the page did not load, or it sent itself to
 *  an address that did not), which no extension may read. */
export type ClosedReason = 'browser-page' | 'store' | 'pdf' | 'file' | 'error-page';

const BROWSER_SCHEMES = /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|resource|chrome-search|chrome-untrusted|jar|data|blob|javascript):/i;
// The stores where both browsers refuse scripts from other extensions.
const STORES = /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)([/?#]|$)/i;
const PDF = /\.pdf([?#]|$)/i;

/** Why extensions cannot run on this address, or null when they can (or when the address is unknown). */
export function closedReason(url: string | undefined | null): ClosedReason | null {
  if (!url) return null;
  if (/^file:/i.test(url)) return PDF.test(url) ? 'pdf' : null; // files may be readable: try, and explain if not
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORES.test(url)) return 'store';
  if (/^https?:/i.test(url) && PDF.test(url)) return 'pdf';
  return null;
}

/** The browser's refusal messages for a tab closed to extensions (Chromium and Firefox wordings). */
export function isAccessRefusal(message: string): boolean {
  return /cannot access|cannot be scripted|extensions gallery|missing host permission/i.test(message);
}

/** A refusal that names a page closed to every extension ("Cannot access a chrome:// URL", the stores,
 *  local files): not one a navigation caused. */
export function isClosedPageRefusal(message: string): boolean {
  return /cannot access a [a-z-]+:\/\/ url|cannot access contents of url "?file:|extensions gallery|cannot be scripted/i.test(message);
}

/** Chromium's refusal for a tab that shows its error page ("Frame with ID 0 is showing error page"). */
export function isErrorPageRefusal(message: string): boolean {
  return /showing error page/i.test(message);
}
