// Nothing leaves the browser on Lede's account: a full run (the shortcut, the popup's summary, the copy
// button, the copy-summary command) on an article full of things that could be fetched (images, lazy
// images, <noscript> images, srcset, preload links, a cross-origin image). After the shortcut, no
// renderer may request anything but the extension's own files: not the page (the popup reads a copy of
// it as text, parsed where nothing loads), not its frames or workers, not the popup, not the service
// worker. In Chromium every renderer's requests are recorded over CDP, each with the target that made it
// (support/renderer-requests.ts): a proxy for all other hosts, as this test first used, also records
// Chromium's own calls from the browser process (accounts.google.com, at random moments), which no
// extension code makes and which it cannot tell apart; the proxy and the page's server still show the
// recorders hear the page's own loads, and the server still hears nothing after the shortcut. In Firefox
// ESR, whose test profile makes no calls of its own, the proxy and the server record every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import * as firefox from './support/firefox';
import { DIST, closePopup, inWorker, openPopup, pressCopyShortcut, settledView, tabIdOf, waitForBadge, type ChromiumSession } from './support/chromium';
import { launchChromiumWith } from '../fixtures/hostile/launch-chromium-with';
import { goesOnline, recordRendererRequests, type RequestLog } from './support/renderer-requests';
import { recordingProxy, type RecordingProxy } from '../fixtures/hostile/recording-proxy';
import { serveGenerated, type GeneratedServer } from '../fixtures/hostile/serve-generated';
import { article, esc, PARAGRAPHS } from '../fixtures/hostile/page-parts';
import { WAIT_MS } from './support/patience';

const REMOTE = 'http://images.example.invalid';

function fetchablePage(): string {
  const head = `<link rel="preload" as="image" href="/preloaded.png"><link rel="icon" href="/icon.png">
    <meta property="og:image" content="${REMOTE}/og.jpg">`;
  const body = [
    `<figure><img src="/lead.jpg" srcset="/lead-2x.jpg 2x" alt=""><figcaption>Ships at anchor.</figcaption></figure>`,
    ...PARAGRAPHS.map((p, i) => `<p>${esc(p)}</p>${i === 2 ? `<img data-src="/lazy.jpg" data-srcset="/lazy-2x.jpg 2x" alt=""><noscript><img src="/noscript.jpg"></noscript>` : ''}`),
    `<picture><source data-srcset="/picture.webp" type="image/webp"><img src="${REMOTE}/remote.jpg" alt=""></picture>`,
    `<iframe data-src="/embed.html" title="embed"></iframe>`,
  ].join('\n');
  return article({ headline: 'Harbour strike enters its second week', head, body });
}

let proxy: RecordingProxy;
let server: GeneratedServer;

beforeAll(async () => {
  [proxy, server] = await Promise.all([recordingProxy(), serveGenerated({ '/article': fetchablePage() })]);
});
afterAll(async () => { await proxy?.close(); await server?.close(); });

/** The recorders work in this browser: a page's own loads show up (else "no request" would prove nothing). */
async function recordersSeeRequests(browser: { newPage(): Promise<Page> }) {
  const page = await browser.newPage();
  await page.goto(server.url('/article'));
  await new Promise((r) => setTimeout(r, 300));
  expect(proxy.requests.map((r) => r.url), 'the page’s cross-origin image went through the proxy').toContain(`${REMOTE}/remote.jpg`);
  expect(server.hits.map((h) => h.path), 'the page’s own image came from its server').toContain('/lead.jpg');
  await page.close();
}

describe('Chromium, requests made by the extension', () => {
  let session: ChromiumSession;
  let log: RequestLog;
  beforeAll(async () => {
    session = await launchChromiumWith(DIST, [`--proxy-server=http://${proxy.address}`]);
    log = await recordRendererRequests(session.browser);
  });
  afterAll(async () => { await log?.stop(); await session?.close(); });

  it('the recorders see requests: the page’s own image through the proxy, its files on its server', () => recordersSeeRequests(session.browser));

  it('the renderers’ recorder sees them too', () => {
    const seen = log.requests.filter(goesOnline).map((r) => r.url);
    expect(seen, 'the cross-origin image').toContain(`${REMOTE}/remote.jpg`);
    expect(seen, 'the page’s own image').toContain(server.url('/lead.jpg'));
  });

  it('none during a full run: shortcut, summary, copy button, copy-summary command', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/article'));
    await new Promise((r) => setTimeout(r, 500)); // the page's own loads settle
    const since = Date.now();
    const { popup } = await openPopup(session, page);
    const view = await settledView(popup);
    expect(view.view, 'the run reached the summary').toBe('summary');
    await popup.click('button.copy');
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.classList.contains('copied'), { polling: 'mutation', timeout: WAIT_MS });
    const popupLoads = await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    await closePopup(popup);
    await pressCopyShortcut(page);
    await waitForBadge(session, await tabIdOf(session, page));
    const workerLoads = await inWorker(session, () => performance.getEntriesByType('resource').map((e) => e.name));
    await new Promise((r) => setTimeout(r, 500));

    const own = `chrome-extension://${session.extensionId}/`;
    // Resource Timing lists every http(s) load of a document (its own chrome-extension:// files are not listed).
    expect(popupLoads.filter((u) => !u.startsWith(own)), 'what the popup loaded from elsewhere').toEqual([]);
    expect(workerLoads.filter((u) => !u.startsWith(own)), 'what the service worker loaded from elsewhere').toEqual([]);
    const after = log.requests.filter((r) => r.at >= since);
    expect(after.some((r) => r.url.startsWith(`${own}popup/`)), 'the recorder saw the popup load its own files').toBe(true);
    expect(after.filter(goesOnline).map((r) => `${r.by}: ${r.url}`), 'network requests by any renderer after the shortcut').toEqual([]);
    expect(server.hits.filter((h) => h.at >= since).map((h) => h.path), 'requests to the page’s host after the shortcut').toEqual([]);
    await page.close();
  });
});

describe('Firefox ESR, requests made by the extension', () => {
  let session: firefox.FirefoxSession;
  beforeAll(async () => {
    const [host, port] = proxy.address.split(':');
    session = await firefox.launchFirefox({ prefs: {
      'network.proxy.type': 1, 'network.proxy.http': host, 'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host, 'network.proxy.ssl_port': Number(port), 'network.proxy.share_proxy_settings': true,
    } });
  });
  afterAll(async () => { await session?.close(); });

  it('the recorders see requests: the page’s own image through the proxy, its files on its server', () => recordersSeeRequests(session.browser));

  it('none during a full run: shortcut, summary, copy button, copy-summary command', async () => {
    const extPage = await firefox.openExtensionPage(session);
    const page = await session.browser.newPage();
    await page.goto(server.url('/article'));
    await new Promise((r) => setTimeout(r, 500)); // the page's own loads settle
    const since = Date.now();
    await firefox.pressShortcut(session, page);
    const view = await firefox.waitForPopup(session, firefox.settled);
    expect(view.view, 'the run reached the summary').toBe('summary');
    await firefox.clickInPopup(session, 'button.copy');
    await firefox.waitForPopup(session, (v) => /^Copied/.test(v.copyStatus ?? ''), 5000);
    const popupLoads = await firefox.inPopup<string[]>(session, `content.performance.getEntriesByType('resource').map((e) => e.name)`);
    await firefox.closePopup(session);
    await firefox.pressCopyShortcut(session, page);
    const badge = await extPage.waitForFunction(async () => {
      const b = (globalThis as any).browser; // eslint-disable-line @typescript-eslint/no-explicit-any
      const [tab] = await b.tabs.query({ active: true, currentWindow: true });
      return (await b.action.getBadgeText({ tabId: tab.id })) || false;
    }, { timeout: WAIT_MS, polling: 50 });
    expect(await badge.jsonValue(), 'the copy command ran').toBe('✓');
    await new Promise((r) => setTimeout(r, 500));

    expect(popupLoads, 'the popup’s Resource Timing was read').not.toBeNull();
    expect(popupLoads!.filter((u) => !u.startsWith(`moz-extension://${firefox.EXTENSION_UUID}/`)), 'what the popup loaded from elsewhere').toEqual([]);
    expect(proxy.requests.filter((r) => r.at >= since).map((r) => r.url), 'requests for other hosts after the shortcut').toEqual([]);
    expect(server.hits.filter((h) => h.at >= since).map((h) => h.path), 'requests to the page’s host after the shortcut').toEqual([]);
    await page.close();
    await extPage.close();
  });
});
