// The pages the browser tests open, served on loopback (extensions do not read file:// pages without a
// switch the reader turns on). Each route is a real file from the repository.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED_SOURCE = `${root}test/pages/handelsblatt-nato-seed/source.html`;
export const SEED_EXPECTED = `${root}test/pages/handelsblatt-nato-seed/expected.json`;
/** English articles of the page suite (for the German interface on an English article, and screenshots). */
export const ENGLISH_SOURCE = `${root}test/pages/VoiceOfAmerica_2024_04_28/source.html.gz`;
export const ENGLISH_SOURCE_2 = `${root}test/pages/EuronewsEN_2024_04_30/source.html.gz`;

/** A page's HTML as served (the page suite stores some pages gzipped). */
export const readPage = (file: string): Buffer => (file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file));

const ROUTES: Record<string, string> = {
  '/article': SEED_SOURCE,
  '/not-an-article': `${root}test/e2e/pages/not-an-article.html`,
  '/markup-in-text': `${root}test/e2e/pages/markup-in-text.html`,
  '/english': ENGLISH_SOURCE,
  '/english-2': ENGLISH_SOURCE_2,
};


export interface PageServer {
  origin: string;
  url(route: keyof typeof ROUTES | string): string;
  /** An address on loopback where nothing listens: the browser shows its own error page there. */
  deadUrl: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

export async function servePages(): Promise<PageServer> {
  const server = createServer((req, res) => {
    const file = ROUTES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readPage(file));
  });
  const port = await listen(server);
  // A port that was just free and is closed again: connections to it are refused.
  const probe = createServer();
  const deadPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (route) => `${origin}${route}`,
    deadUrl: `http://127.0.0.1:${deadPort}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
