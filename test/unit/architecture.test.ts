// The shape the project depends on, checked on every run: the analysis core stays pure (no DOM, no
// browser API), the popup never imports the injected script, and no page text can become markup.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
    it(`${f} does not import the injected script's code`, () => expect(source(f)).not.toMatch(/from ['"][./]*src\/inject\b/));
  }
});

// The page's thread only writes the bounded copy out as text; Readability and the analysis run in the
// popup's document (issue 14). The popup's script reaches them only through the chunk it loads on demand.
describe('the page never runs the reading', () => {
  const injected = ['src/inject/inject.ts', 'src/inject/serialize-page.ts', 'src/inject/pause.ts', 'src/inject/subtree-markup.ts', 'src/inject/tidy-markup.ts'];
  for (const f of injected) {
    it(`${f} imports no Readability, no extraction step and no analysis`, () => {
      const imports = [...source(f).matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
      expect(imports.filter((i) => i !== '../extract/bounded-clone' && i !== '../shared/messages' && !i.startsWith('./'))).toEqual([]);
    });
  }
  it('the built inject.js holds no Readability (npm test builds dist/ first)', () => {
    const built = join(root, 'dist', 'inject.js');
    if (!existsSync(built)) return;
    expect(/_grabArticle|isProbablyReaderable|Readability/.test(readFileSync(built, 'utf8')), 'Readability in dist/inject.js').toBe(false);
  });
});

// Page text is parsed only into an inert document of its own (DOMParser's), in one place, and that
// document is never inserted into one that is shown: no node of it is imported, adopted or appended.
describe('the page\'s copy is parsed in one place, into an inert document', () => {
  const all = [...files('src'), ...files('popup')];
  it('only src/extract/read-snapshot.ts parses HTML', () => {
    expect(all.filter((f) => /parseFromString|new DOMParser/.test(source(f)))).toEqual(['src/extract/read-snapshot.ts']);
  });
  it('read-snapshot.ts moves no node into another document', () => {
    expect(source('src/extract/read-snapshot.ts')).not.toMatch(/importNode|adoptNode|appendChild|\.append\(|replaceWith|document\./);
  });
});

describe('no page text becomes markup', () => {
  for (const f of [...files('src'), ...files('popup')]) {
    it(f, () => expect(source(f)).not.toMatch(/innerHTML|outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/));
  }
});
