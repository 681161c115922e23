// One `vite build` writes the whole unpacked extension to dist/: the popup as an ES-module page, and the
// injected script and background as classic single files (scripting.executeScript({files}) and
// background scripts cannot use `import`). Each is its own Vite environment, built in turn.
import { defineConfig, type UserConfig } from 'vite';
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

export default defineConfig({
  plugins: [
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
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.popup);
      await builder.build(builder.environments.inject);
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
        rolldownOptions: {
          input: { popup: 'popup/index.html', options: 'popup/options.html' },
          // Everything the pages load sits beside them under popup/, so their relative URLs hold.
          output: { entryFileNames: 'popup/[name].js', chunkFileNames: 'popup/[name]-[hash].js', assetFileNames: 'popup/[name]-[hash][extname]' },
        },
      },
    },
    // The injected script must end in an expression: that value is what executeScript hands back.
    inject: classicScript('src/inject/inject.ts', 'inject.js', '__lede', '__lede.result;'),
    background: classicScript('src/background/background.ts', 'background.js', '__ledeBackground'),
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
} as UserConfig);
