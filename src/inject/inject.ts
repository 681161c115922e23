// The one script the popup injects into the tab (scripting.executeScript({files})). It runs in the
// extension's isolated world, so the page's own scripts see none of it, and it returns plain data:
// the value of `result` is the file's last expression (see vite.config.ts, postFooter).
import { extractPage } from '../extract/extract-page';
import type { PageData } from '../analysis/types';

function run(): PageData | { error: string } {
  try {
    return extractPage(document, location.href);
  } catch (error) {
    return { error: `The page could not be read: ${(error as Error)?.message ?? String(error)}` };
  }
}

export const result = run();
