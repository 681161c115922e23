// `npm run sweep`: every page of the corpora in ../shared/corpus through the real extension, as a reader
// meets it: the page served on loopback (its own scripts run; any other host is refused at once through
// a proxy that does not answer, as on a machine with no network), the shortcut pressed as soon as the
// page has loaded, and what the popup ends in: a summary, "not an article", one of Lede's own messages
// (which), or a failure of Lede's: a popup still on its spinner after 20 s, one showing words that are not
// Lede's (the browser's raw error), or no popup at all. In Chromium and in Firefox ESR. Pages that are
// byte for byte the same in two corpora are swept once.
// Usage: npm run sweep [-- --browser chromium|firefox] [-- --limit N] [-- --sample N] [-- --exclude FILE] [-- --out DIR]
// --limit N: the first N pages (corpora in name order); --sample N: N pages spread evenly over all of
// them (every k-th page), for a sweep that must fit in less time than the full one; --exclude FILE: leave
// out the pages listed in an earlier sweep's JSON lines (to sweep the rest in another sitting).
// Writes one JSON line per page to DIR/sweep-<browser>.jsonl (default artifacts/), and the table.
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { closePopup, launchChromium, openPopup, settledView, viewOf, type ChromiumSession } from '../test/e2e/support/chromium';
import * as firefox from '../test/e2e/support/firefox';
import type { PopupView } from '../test/e2e/support/read-popup';
import { serveGenerated } from '../test/fixtures/hostile/serve-generated';
import { decodeBytes } from '../src/cli/decode';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(root, '..', 'shared', 'corpus');
/** How long the popup may stay on its spinner before the page counts as a spinner (a hang). */
const SPINNER_MS = 20_000;

export interface SweepRow { corpus: string; file: string; outcome: string; view: string; title: string | null; status: string | null }

/** Every HTML page of every corpus, each distinct page once (by its bytes). */
export function corpusFiles(): { corpus: string; file: string; path: string }[] {
  const seen = new Set<string>();
  const out: { corpus: string; file: string; path: string }[] = [];
  for (const corpus of readdirSync(CORPUS).sort()) {
    const dir = join(CORPUS, corpus, 'html');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.html?(\.gz)?$/.test(f)).sort()) {
      const path = join(dir, file);
      const hash = createHash('sha1').update(readFileSync(path)).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      out.push({ corpus, file, path });
    }
  }
  return out;
}

/** Lede's own English messages, as patterns ($NAME$ placeholders match anything). */
function ledeMessages(): RegExp[] {
  const messages = JSON.parse(readFileSync(join(root, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.values(messages).map((m) => new RegExp(`^${m.message.split(/\$[A-Z_]+\$/).map(escape).join('.*')}$`));
}

/** What a popup that settled (or not) comes to. */
export function outcomeOf(view: PopupView | null, own: RegExp[]): string {
  if (!view) return 'no popup';
  if (view.view === 'loading' || !view.view) return 'spinner';
  if (view.view === 'summary' || view.view === 'not-article') return view.view;
  const words = [view.title, view.status].filter((x): x is string => !!x);
  if (!words.length || words.some((w) => !own.some((m) => m.test(w)))) return 'raw message';
  return view.view === 'closed' ? `closed: ${view.status}` : `failed: ${view.title}`;
}

/** A port where nothing listens: the proxy every other host goes to, refused at once. */
async function deadPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

type Visit = (url: string) => Promise<PopupView | null>;

async function chromiumVisitor(proxyPort: number): Promise<{ visit: Visit; close: () => Promise<void> }> {
  let session: ChromiumSession = await launchChromium({ args: [`--proxy-server=http://127.0.0.1:${proxyPort}`] });
  let page = await session.browser.newPage();
  const prepare = (p: Page) => { p.on('dialog', (d) => { void d.dismiss().catch(() => {}); }); };
  prepare(page);
  return {
    async visit(url) {
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => { /* a page that never finishes loading, or leaves */ });
        const { popup } = await openPopup(session, page).catch(() => ({ popup: null }));
        if (!popup) return null;
        const view = await settledView(popup, SPINNER_MS).catch(() => viewOf(popup));
        await closePopup(popup);
        return view;
      } catch (error) {
        // The browser itself got into trouble (a renderer crash): start afresh for the next page.
        console.error(`sweep: ${url}: ${(error as Error).message}`);
        await session.close().catch(() => {});
        session = await launchChromium({ args: [`--proxy-server=http://127.0.0.1:${proxyPort}`] });
        page = await session.browser.newPage();
        prepare(page);
        return null;
      }
    },
    close: () => session.close(),
  };
}

async function firefoxVisitor(proxyPort: number): Promise<{ visit: Visit; close: () => Promise<void> }> {
  const prefs = firefox.proxyPrefs(proxyPort);
  let session = await firefox.launchFirefox({ prefs });
  let page = (await session.browser.pages())[0];
  const prepare = (p: Page) => { p.on('dialog', (d) => { void d.dismiss().catch(() => {}); }); };
  prepare(page);
  return {
    async visit(url) {
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => { /* a page that never finishes loading, or leaves */ });
        await firefox.pressShortcut(session, page);
        const view = await firefox.waitForPopup(session, firefox.settled, SPINNER_MS).catch(async () => {
          const html = await firefox.inPopup<string>(session, 'content.document.documentElement.outerHTML');
          return html ? (await import('../test/e2e/support/read-popup')).readPopup(html) : null;
        });
        await firefox.closePopup(session);
        return view;
      } catch (error) {
        console.error(`sweep: ${url}: ${(error as Error).message}`);
        await session.close().catch(() => {});
        session = await firefox.launchFirefox({ prefs });
        page = (await session.browser.pages())[0];
        prepare(page);
        return null;
      }
    },
    close: () => session.close(),
  };
}

export function sweepTable(browser: string, rows: SweepRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const bad = (o: string) => o === 'spinner' || o === 'raw message' || o === 'no popup';
  const order = [...counts.keys()].sort((a, b) => Number(bad(a)) - Number(bad(b)) || (counts.get(b)! - counts.get(a)!));
  return [`Sweep, ${browser}: ${rows.length} corpus pages`, '| outcome | pages |', '|---|---|',
    ...order.map((o) => `| ${o} | ${counts.get(o)} |`),
    ...['spinner', 'raw message', 'no popup'].filter((o) => !counts.has(o)).map((o) => `| ${o} | 0 |`)].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const browsers = arg('--browser') ? [arg('--browser')!] : ['chromium', 'firefox'];
  const out = arg('--out') ?? join(root, 'artifacts');
  const excluded = new Set((arg('--exclude') ? readFileSync(arg('--exclude')!, 'utf8').split('\n').filter(Boolean) : [])
    .map((line) => { const r = JSON.parse(line) as SweepRow; return `${r.corpus}/${r.file}`; }));
  const all = corpusFiles().filter((f) => !excluded.has(`${f.corpus}/${f.file}`));
  const sample = Number(arg('--sample')) || 0;
  const files = (sample && sample < all.length ? Array.from({ length: sample }, (_, i) => all[Math.floor((i * all.length) / sample)]) : all)
    .slice(0, Number(arg('--limit')) || undefined);
  console.error(`sweep: ${files.length} of ${all.length} distinct corpus pages${excluded.size ? ` (${excluded.size} excluded as swept before)` : ''}`);
  mkdirSync(out, { recursive: true });
  const routes: Record<string, string> = {};
  files.forEach((f, i) => { routes[`/s/${i}`] = decodeBytes(readFileSync(f.path), f.path); });
  const server = await serveGenerated(routes);
  const own = ledeMessages();
  const proxyPort = await deadPort();
  try {
    for (const browser of browsers) {
      const log = join(out, `sweep-${browser}.jsonl`);
      writeFileSync(log, '');
      const visitor = browser === 'firefox' ? await firefoxVisitor(proxyPort) : await chromiumVisitor(proxyPort);
      const rows: SweepRow[] = [];
      try {
        for (let i = 0; i < files.length; i++) {
          const view = await visitor.visit(server.url(`/s/${i}`));
          const row = { corpus: files[i].corpus, file: files[i].file, outcome: outcomeOf(view, own), view: view?.view ?? '', title: view?.title ?? null, status: view?.status ?? null };
          rows.push(row);
          appendFileSync(log, `${JSON.stringify(row)}\n`);
          if ((i + 1) % 100 === 0) console.error(`sweep ${browser}: ${i + 1}/${files.length}`);
        }
      } finally { await visitor.close(); }
      console.log(sweepTable(browser === 'firefox' ? 'Firefox ESR' : 'Chromium', rows), '\n');
    }
  } finally { await server.close(); }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
