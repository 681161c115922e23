// The browser tests load dist/, and the expected summary is computed from the sources: a dist/ older
// than the sources (someone edited the analysis since the last build) would compare two different
// analyses. So dist/ is rebuilt when any source is newer, once, under a lock: the Chromium and
// Firefox test files run in parallel workers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = ['src', 'popup', '_locales', 'icons', 'manifest.json', 'vite.config.ts', 'package-lock.json'];
const OUTPUTS = ['dist/popup/index.html', 'dist/inject.js', 'dist/background.js', 'dist/manifest.json'];
const LOCK = join(root, 'node_modules', '.lede-e2e-build.lock');

function newest(path: string): number {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newest(join(path, name))));
}
const builtAt = () => Math.min(...OUTPUTS.map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)));
const stale = () => builtAt() < Math.max(...SOURCES.map(newest));

export async function ensureFreshDist(): Promise<void> {
  if (!stale()) return;
  for (const end = Date.now() + 120_000; ;) {
    try { mkdirSync(LOCK); break; } catch { /* another worker is building */ }
    if (Date.now() > end) throw new Error(`could not take ${LOCK}: remove it if no build is running`);
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    if (stale()) execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  } finally {
    rmdirSync(LOCK);
  }
}
