// The one script the popup (and the copy-summary command) injects into the tab
// (scripting.executeScript({files})). It runs in the extension's isolated world, so the page's own
// scripts see none of it, and it returns plain data: the value of `result` is the file's last
// expression (see vite.config.ts, postFooter). extractPage works on a clone: the live page is left
// exactly as it was. `loadedAt` tells this document apart from a reload of it (the summary cache).
import { extractPage } from '../extract/extract-page';
import type { InjectResult } from '../shared/messages';

function run(): InjectResult {
  // Chromium's PDF viewer is an HTML page holding an <embed>: there is no article text to read.
  if (document.contentType === 'application/pdf') return { error: 'This tab shows a PDF.', closed: 'pdf' };
  try {
    return { ...extractPage(document, location.href), loadedAt: performance.timeOrigin };
  } catch (error) {
    // The error's own words only: the popup's title already says, in the reader's language, that the
    // page could not be read.
    return { error: (error as Error)?.message ?? String(error) };
  }
}

export const result = run();
