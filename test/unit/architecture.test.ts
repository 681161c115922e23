// The shape the project depends on, checked on every run: the analysis core stays pure (no DOM, no
// browser API), the popup never imports the injected script, and no page text can become markup.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(new URL('.', import.meta.url).pathname, '..', '..');
function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? files(rel) : /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}
const source = (f: string) => readFileSync(join(root, f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');

describe('src/analysis is pure', () => {
  const analysis = files('src/analysis');
  it('has files to check', () => expect(analysis.length).toBeGreaterThan(5));
  for (const f of analysis) {
    it(`${f} uses no DOM or browser API`, () => {
      const s = source(f);
      expect(s).not.toMatch(/from ['"](webextension-polyfill|jsdom|@mozilla\/readability|preact)/);
      expect(s).not.toMatch(/from ['"]\.\.\/(\.\.\/)?(extract|inject|background|cli)\b/);
      expect(s).not.toMatch(/\b(document|window|navigator|chrome|browser)\s*\./);
      expect(s).not.toMatch(/\bnode:/);
    });
  }
});

describe('the popup', () => {
  for (const f of files('popup')) {
    it(`${f} does not import the injected script's code`, () => expect(source(f)).not.toMatch(/from ['"][./]*src\/(inject|extract)\b/));
  }
});

describe('no page text becomes markup', () => {
  for (const f of [...files('src'), ...files('popup')]) {
    it(f, () => expect(source(f)).not.toMatch(/innerHTML|outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/));
  }
});
