// Measures how long the popup takes on the sample article in Chromium, from the shortcut press to the
// summary on screen (the popup's `lede:summary` User Timing mark, set once the summary has rendered):
// fresh (the page reloaded before each run, so it is read and analysed) and reopened (the summary comes
// from the tab's cache in storage.session), RUNS runs each. Then takes the screenshots in docs/: the
// popup on the German seed article (light, dark, settings menu open), on an English article (English
// and German interface), and the options page.
// Not part of `vitest run`:
//   node_modules/.bin/tsx test/e2e/measure-popup.ts [runs]      (npm run measure:popup)
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { closePopup, launchChromium, openPopup, openPopupAsTab, settledView, type ChromiumSession } from './support/chromium';
import { servePages } from './support/serve-pages';

const runs = Number(process.argv[2] ?? 10);

/** [press -> summary on screen, popup document start -> summary on screen] in ms. */
async function timeOnce(session: ChromiumSession, page: Page, reload: boolean): Promise<[number, number]> {
  if (reload) await page.reload();
  const { popup, pressedAt } = await openPopup(session, page);
  const view = await settledView(popup);
  if (view.view !== 'summary') throw new Error(`the popup shows ${view.view}`);
  if (view.cached === reload) throw new Error(`expected ${reload ? 'a fresh' : 'a cached'} summary`);
  const [origin, mark] = await popup.evaluate(() => [performance.timeOrigin, performance.getEntriesByName('lede:summary')[0].startTime]);
  await closePopup(popup);
  return [Math.round(origin + mark - pressedAt), Math.round(mark)];
}

function describeTimes(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return `${label}, ${n} runs (ms): ${times.join(' ')}; median ${median}, min ${sorted[0]}, max ${sorted.at(-1)}`;
}

/**
 * The real popup is at most 600 px high and scrolls, and headless Chromium cannot capture beyond it.
 * For the whole summary in one picture, the same popup page is opened in a background tab of the
 * window: its active tab is still the article, whose activeTab grant (from the last shortcut press)
 * still holds, so it summarises the article exactly as the popup does.
 */
async function shootPopup(session: ChromiumSession, page: Page, file: string, scheme: 'light' | 'dark', menuOpen = false) {
  const tab = await openPopupAsTab(session, page);
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await tab.setViewport({ width: 400, height: 600, deviceScaleFactor: 1 });
  const view = await settledView(tab);
  if (view.view !== 'summary') throw new Error(`the popup page shows ${view.view}`);
  if (menuOpen) await tab.evaluate(() => { (document.querySelector('details.menu') as HTMLDetailsElement).open = true; });
  await tab.bringToFront(); // background tabs are not painted; the summary is already rendered
  // A viewport as tall as the content, so the sticky copy bar sits at the bottom as in the popup; the
  // menu picture stops at the popup's 600 px.
  const height = menuOpen ? 600 : await tab.evaluate(() => document.documentElement.scrollHeight);
  await tab.setViewport({ width: 400, height });
  writeFileSync(file, await tab.screenshot({ type: 'png' }));
  await tab.close();
  await page.bringToFront();
  console.log(`wrote ${file}`);
}

const [session, server] = await Promise.all([launchChromium(), servePages()]);
try {
  const page = await session.browser.newPage();
  await page.goto(server.url('/article'));
  const fresh: [number, number][] = [];
  const cached: [number, number][] = [];
  for (let i = 0; i < runs; i++) {
    fresh.push(await timeOnce(session, page, true));
    cached.push(await timeOnce(session, page, false));
  }
  // The first figure includes the browser opening the popup window (about 200 ms here, the same either
  // way); the second is the popup's own work, from its document's start.
  console.log(describeTimes('shortcut -> summary on screen, fresh page', fresh.map((t) => t[0])));
  console.log(describeTimes('shortcut -> summary on screen, reopened (cached)', cached.map((t) => t[0])));
  console.log(describeTimes('popup start -> summary on screen, fresh page', fresh.map((t) => t[1])));
  console.log(describeTimes('popup start -> summary on screen, reopened (cached)', cached.map((t) => t[1])));

  // German article (the seed), light and dark, and the settings menu open.
  await shootPopup(session, page, 'docs/popup.png', 'light');
  await shootPopup(session, page, 'docs/popup-dark.png', 'dark');
  await shootPopup(session, page, 'docs/popup-settings.png', 'light', true);
  // An English article: the shortcut first, for the activeTab grant on it.
  await page.goto(server.url('/english'));
  await closePopup((await openPopup(session, page)).popup);
  await shootPopup(session, page, 'docs/popup-english.png', 'light');

  const options = await session.browser.newPage();
  await options.setViewport({ width: 760, height: 600 });
  await options.goto(`chrome-extension://${session.extensionId}/popup/options.html`);
  await options.waitForSelector('kbd.shortcut', { timeout: 5000 });
  await options.setViewport({ width: 760, height: await options.evaluate(() => document.documentElement.scrollHeight) });
  writeFileSync('docs/options.png', await options.screenshot({ type: 'png' }));
  console.log('wrote docs/options.png');

  // The German interface (Chromium started with --lang=de) on the English article.
  const de = await launchChromium({ lang: 'de' });
  try {
    const article = await de.browser.newPage();
    await article.goto(server.url('/english'));
    await closePopup((await openPopup(de, article)).popup);
    await shootPopup(de, article, 'docs/popup-german-ui.png', 'light');
  } finally {
    await de.close();
  }
} finally {
  await session.close();
  await server.close();
}
