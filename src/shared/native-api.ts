// The browser's own extension API, without webextension-polyfill: for the few calls a popup makes in its
// first milliseconds (popup/start.ts), before the rest of its code has loaded. Firefox's `browser` and
// Chromium's `chrome` both answer with promises in Manifest V3, for the calls made through this.
import type Browser from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };

export const nativeApi: typeof Browser = (g.browser ?? g.chrome)!;
