// The built extension's sizes, gzipped (gzip -9, as a store serves and a reader's disk holds them
// roughly), per file and per budget group (bench/bundle-budget.json).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize { path: string; bytes: number; gzip: number }
export interface GroupSize { name: string; gzip: number; max: number; files: string[] }

const BUDGET = new URL('./bundle-budget.json', import.meta.url);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function fileSizes(dist: string): FileSize[] {
  return walk(dist).filter((f) => /\.(js|css|html)$/.test(f)).sort().map((f) => {
    const bytes = readFileSync(f);
    return { path: relative(dist, f).split('\\').join('/'), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

export function groupSizes(files: FileSize[]): GroupSize[] {
  const budget = JSON.parse(readFileSync(BUDGET, 'utf8')) as { groups: Record<string, { match: string; maxGzipBytes: number }> };
  return Object.entries(budget.groups).map(([name, g]) => {
    const hit = files.filter((f) => new RegExp(g.match).test(f.path));
    return { name, gzip: hit.reduce((n, f) => n + f.gzip, 0), max: g.maxGzipBytes, files: hit.map((f) => f.path) };
  });
}

export function sizeTable(dist: string): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  return ['Bundle sizes (KB, gzip -9) against bench/bundle-budget.json', '| group | gzip | budget | files |', '|---|---|---|---|',
    ...groupSizes(fileSizes(dist)).map((g) => `| ${g.name} | ${kb(g.gzip)} | ${kb(g.max)} | ${g.files.join(', ')} |`)].join('\n');
}
