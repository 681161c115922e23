// Measures how long the popup takes on the sample article in Chromium, from the shortcut press to the
// summary on screen (the popup's `lede:summary` User Timing mark, set once the summary has rendered):
// fresh (the page reloaded before each run, so it is read and analysed) and reopened (the summary comes
// from the tab's cache in storage.session), RUNS runs each (0: no timing, only the pictures). Then takes
// the screenshots in docs/: the popup on the German seed article (light, dark, settings menu open), on
// an English article (English interface), the options page, and the popup in each other interface
// language on the English article, whole, with the settings menu and the removed noise open: the
// longest strings of each language, in the 400 px popup, in one picture.
// Not part of `vitest run`:
//   node_modules/.bin/tsx test/e2e/measure-popup.ts [runs]      (npm run measure:popup)
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { closePopup, launchChromium, openPopup, openPopupAsTab, settledView, type ChromiumSession } from './support/chromium';
import { servePages } from './support/serve-pages';
import { INTERFACE_LANGUAGES } from './support/interface-language';

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
async function shootPopup(session: ChromiumSession, page: Page, file: string, scheme: 'light' | 'dark', menuOpen = false, whole = false) {
  const tab = await openPopupAsTab(session, page);
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await tab.setViewport({ width: 400, height: 600, deviceScaleFactor: 1 });
  const view = await settledView(tab);
  if (view.view !== 'summary') throw new Error(`the popup page shows ${view.view}`);
  if (menuOpen) await tab.evaluate(() => { (document.querySelector('details.menu') as HTMLDetailsElement).open = true; });
  // The whole popup: the menu and the removed noise open, as tall as it all is.
  if (whole) await tab.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
  await tab.bringToFront(); // background tabs are not painted; the summary is already rendered
  // A viewport as tall as the content, so the sticky copy bar sits at the bottom as in the popup; the
  // menu picture stops at the popup's 600 px.
  const height = menuOpen && !whole ? 600 : await tab.evaluate(() => document.documentElement.scrollHeight);
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
  if (runs > 0) {
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
  } else {
    // The shortcut once, for the activeTab grant the pictures need.
    await closePopup((await openPopup(session, page)).popup);
  }

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

  // Each other interface language (Chromium started with --lang=xx) on the English article.
  const NAMES = { de: 'german', fr: 'french', es: 'spanish', it: 'italian', nl: 'dutch' } as const;
  for (const { lang } of INTERFACE_LANGUAGES) {
    const ui = await launchChromium({ lang });
    try {
      const article = await ui.browser.newPage();
      await article.goto(server.url('/english'));
      await closePopup((await openPopup(ui, article)).popup);
      await shootPopup(ui, article, `docs/popup-${NAMES[lang]}-ui.png`, 'light', true, true);
    } finally {
      await ui.close();
    }
  }
} finally {
  await session.close();
  await server.close();
}
