// `npm start`: the extension at work on the bundled sample article, end to end, in Debian's Chromium.
// Serves test/pages/handelsblatt-nato-seed/source.html on loopback, opens it with dist/ loaded
// (headless when there is no display), presses the shortcut (Alt+Shift+S) as a reader would, prints
// what the popup shows, and exits. Run after `vite build` (npm start builds first).
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve('dist');
const source = resolve('test/pages/handelsblatt-nato-seed/source.html');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(join(dist, 'manifest.json'))) throw new Error('dist/ is empty: run `vite build` first');

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(source));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/article`;

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profile = mkdtempSync(join(tmpdir(), 'lede-start-'));
const browser = await puppeteer.launch({
  executablePath: chromium, headless, userDataDir: profile, pipe: true, enableExtensions: true, defaultViewport: null,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup/index.html`;
  const page = await browser.newPage();
  await page.goto(url);
  console.log(`Sample article: ${url} (${headless ? 'headless' : 'on screen'})`);

  // The shortcut as the keyboard sends it: only a raw key event reaches the browser's command handler,
  // and only the command (like a click on the button) grants activeTab to the popup.
  const opened = browser.waitForTarget((t) => t.type() === 'page' && t.url() === popupUrl, { timeout: 10_000 });
  const cdp = await page.createCDPSession();
  const key = { key: 'S', code: 'KeyS', windowsVirtualKeyCode: 83, nativeVirtualKeyCode: 83, modifiers: 1 | 8 };
  const pressed = Date.now();
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  const popup = await (await opened).asPage();
  await popup.waitForFunction(() => document.body.dataset.view && document.body.dataset.view !== 'loading', { polling: 'mutation', timeout: 15_000 });
  const shownAt = await popup.evaluate(() => {
    const mark = performance.getEntriesByType('mark').find((m) => m.name.startsWith('lede:'));
    return mark ? performance.timeOrigin + mark.startTime : Date.now();
  });
  // Open the removed-noise list so its text is printed too.
  await popup.evaluate(() => document.querySelector('details.removed')?.setAttribute('open', ''));
  const text = await popup.evaluate(() => (document.querySelector('main') ?? document.body).innerText);
  console.log(`Popup (${await popup.evaluate(() => document.body.dataset.view)}, shown ${Math.round(shownAt - pressed)} ms after the shortcut):\n`);
  console.log(text.replace(/\n{3,}/g, '\n\n').trim());
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
