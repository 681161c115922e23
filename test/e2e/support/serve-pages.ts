// The pages the browser tests open, served on loopback (extensions do not read file:// pages without a
// switch the reader turns on). Each route is a real file from the repository.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED_SOURCE = `${root}test/pages/handelsblatt-nato-seed/source.html`;
export const SEED_EXPECTED = `${root}test/pages/handelsblatt-nato-seed/expected.json`;

const ROUTES: Record<string, string> = {
  '/article': SEED_SOURCE,
  '/not-an-article': `${root}test/e2e/pages/not-an-article.html`,
  '/markup-in-text': `${root}test/e2e/pages/markup-in-text.html`,
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
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
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
