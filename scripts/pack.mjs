// Makes the two store packages from dist/ (run after `vite build`; `npm run pack` does both):
//   artifacts/lede-<version>-chromium.zip  for the Chrome Web Store (and Edge, Opera …)
//   artifacts/lede-<version>-firefox.zip   for addons.mozilla.org
// dist/ carries one manifest for both browsers (loadable unpacked in either). Each package keeps only
// its store's keys, so neither store warns: Chromium gets the service worker and no
// browser_specific_settings; Firefox gets background scripts and no service_worker.
import webExt from 'web-ext';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve('dist');
const out = resolve('artifacts');
if (!existsSync(join(dist, 'manifest.json'))) throw new Error('dist/ is empty: run `vite build` first (npm run pack does)');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

const variants = {
  chromium(m) {
    delete m.browser_specific_settings;
    m.background = { service_worker: m.background.service_worker };
    return m;
  },
  firefox(m) {
    m.background = { scripts: m.background.scripts };
    return m;
  },
};

mkdirSync(out, { recursive: true });
for (const [browser, adapt] of Object.entries(variants)) {
  const stage = mkdtempSync(join(tmpdir(), `lede-pack-${browser}-`));
  try {
    cpSync(dist, stage, { recursive: true });
    writeFileSync(join(stage, 'manifest.json'), `${JSON.stringify(adapt(structuredClone(manifest)), null, 2)}\n`);
    const filename = `lede-${manifest.version}-${browser}.zip`;
    await webExt.cmd.build({ sourceDir: stage, artifactsDir: out, filename, overwriteDest: true }, { shouldExitProgram: false });
    console.log(`artifacts/${filename}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
