// A browser with scripting on (every reader's browser) parses what <noscript> holds as raw text up to the
// first "</noscript": it is never markup and never shown. jsdom parses with scripting off, so it reads that
// content as elements, and one of them can swallow the rest of the page: a tracking pixel written
// `<iframe … />` inside <noscript> opens an iframe whose raw text runs to the end of the document (a saved
// Kotaku page came out with no h1, no byline and no body). jsdom turns scripting on only with
// runScripts: "dangerously", which would run the page's scripts; so the CLI empties <noscript> before it
// parses, as the browser would read it.
const NOSCRIPT = /<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/gi;

export function emptyNoscript(html: string): string {
  return /<noscript/i.test(html) ? html.replace(NOSCRIPT, '<noscript></noscript>') : html;
}
