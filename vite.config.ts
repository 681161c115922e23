// One `vite build` writes the whole unpacked extension to dist/: the popup as an ES-module page, and the
// injected script and background as classic single files (scripting.executeScript({files}) and
// background scripts cannot use `import`). Each is its own Vite environment, built in turn.
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { copyFileSync, mkdirSync, cpSync, existsSync } from 'node:fs';

/** A classic-script environment: one IIFE file, no chunks, no imports. */
function classicScript(entry: string, file: string, name: string, postFooter = '') {
  return {
    // 'client' bundles every dependency in; other consumers leave node_modules imports external.
    consumer: 'client' as const,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      rolldownOptions: {
        input: entry,
        // App builds drop an entry's exports by default; the injected script's `result` must stay.
        preserveEntrySignatures: 'strict' as const,
        output: { format: 'iife' as const, entryFileNames: file, name, postFooter },
      },
    },
  };
}

/**
 * Takes the two HTML sinks that ship inside our dependencies out of the bundle, so no code path in the
 * extension can turn a string into markup (and addons-linter's UNSAFE_VAR_ASSIGNMENT has nothing to flag):
 * - Preact's `dangerouslySetInnerHTML` (Lede never uses it) now throws instead of assigning innerHTML.
 * - Readability (on the page's clone) cached the page as an HTML string to retry with, and re-parsed
 *   <noscript> images through innerHTML: the cache becomes a DOM clone, the re-parse DOMParser's inert
 *   document. Same results (the e2e tests compare the browser's analysis with the CLI's, unpatched).
 * Each replacement must match exactly once: a dependency update that moves the code fails the build.
 */
function noHtmlSinks(): Plugin {
  const patches: { file: RegExp; from: string | RegExp; to: string }[] = [
    { file: /preact\/dist\/preact\.(mjs|module\.js)$/, from: /\|\|\((\w+)\.innerHTML=(\w+)\.__html\)/,
      to: '||(()=>{throw new TypeError("Lede renders no HTML: dangerouslySetInnerHTML is disabled")})()' },
    { file: /@mozilla\/readability\/Readability\.js$/, from: 'var pageCacheHtml = page.innerHTML;', to: 'var pageCacheHtml = page.cloneNode(true);' },
    { file: /@mozilla\/readability\/Readability\.js$/, from: 'page.innerHTML = pageCacheHtml;',
      to: 'page.replaceChildren(...Array.from(pageCacheHtml.cloneNode(true).childNodes));' },
    { file: /@mozilla\/readability\/Readability\.js$/, from: 'tmp.innerHTML = noscript.innerHTML;',
      to: 'tmp.append(...Array.from(doc.importNode(new DOMParser().parseFromString(noscript.innerHTML, "text/html").body, true).childNodes));' },
  ];
  return {
    name: 'lede-no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      let out = code;
      for (const p of patches.filter((x) => x.file.test(id.split('?')[0]))) {
        const hits = typeof p.from === 'string' ? out.split(p.from).length - 1 : (out.match(new RegExp(p.from, 'g')) ?? []).length;
        if (hits !== 1) this.error(`lede-no-html-sinks: expected one match of ${p.from} in ${id}, found ${hits}`);
        out = out.replace(p.from, p.to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    noHtmlSinks(),
    preact(),
    {
      name: 'lede-static-files',
      // The manifest and locales are copied as they are: one manifest serves both browsers.
      writeBundle() {
        mkdirSync('dist', { recursive: true });
        copyFileSync('manifest.json', 'dist/manifest.json');
        if (existsSync('_locales')) cpSync('_locales', 'dist/_locales', { recursive: true });
        if (existsSync('icons')) cpSync('icons', 'dist/icons', { recursive: true });
      },
    },
  ],
  // Absolute paths resolve from the extension's root in both browsers.
  base: '/',
  // The word lists (first names, places, role nouns: most of the reading chunk's bytes) as JSON.parse of
  // a string rather than object literals: V8 reads JSON far faster than it parses code, and every popup
  // pays that on a cache miss (issue 14).
  json: { stringify: true },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.popup);
      await builder.build(builder.environments.inject);
      await builder.build(builder.environments.injectExtract);
      await builder.build(builder.environments.background);
    },
  },
  environments: {
    popup: {
      consumer: 'client',
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        minify: true,
        // Both browsers know <link rel=modulepreload>: the polyfill would only be one more file to fetch
        // before the popup's first script runs.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { popup: 'popup/index.html', options: 'popup/options.html' },
          // Everything the pages load sits beside them under popup/, so their relative URLs hold.
          output: { entryFileNames: 'popup/[name].js', chunkFileNames: 'popup/[name]-[hash].js', assetFileNames: 'popup/[name]-[hash][extname]' },
        },
      },
    },
    // The injected script must end in an expression: that value is what executeScript hands back.
    inject: classicScript('src/inject/inject.ts', 'inject.js', '__lede', '__lede.result;'),
    // The same copy, read in the page itself: only for Chromium's copy command (no DOMParser in a worker).
    injectExtract: classicScript('src/inject/inject-extract.ts', 'inject-extract.js', '__ledeExtract', '__ledeExtract.result;'),
    background: classicScript('src/background/background.ts', 'background.js', '__ledeBackground'),
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: a test fails on what it asserts, never because a busy machine made it slow (issue 14).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
} as UserConfig);
