// Measures how long the popup takes on the sample article in Chromium, from the shortcut press to the
// summary on screen (the popup's `lede:summary` User Timing mark, set once the summary has rendered),
// over RUNS runs, and takes the screenshots in docs/ (light and dark). Not part of `vitest run`:
//   node_modules/.bin/tsx test/e2e/measure-popup.ts [runs]
import { writeFileSync } from 'node:fs';
import { closePopup, launchChromium, openPopup, settledView } from './support/chromium';
import { servePages } from './support/serve-pages';

const runs = Number(process.argv[2] ?? 10);
const [session, server] = await Promise.all([launchChromium(), servePages()]);
try {
  const page = await session.browser.newPage();
  await page.goto(server.url('/article'));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { popup, pressedAt } = await openPopup(session, page);
    const view = await settledView(popup);
    if (view.view !== 'summary') throw new Error(`run ${i}: the popup shows ${view.view}`);
    const shownAt = await popup.evaluate(() => performance.timeOrigin + performance.getEntriesByName('lede:summary')[0].startTime);
    times.push(Math.round(shownAt - pressedAt));
    await closePopup(popup);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = runs % 2 ? sorted[(runs - 1) / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
  console.log(`shortcut -> summary on screen, ${runs} runs (ms): ${times.join(' ')}; median ${median}, min ${sorted[0]}, max ${sorted.at(-1)}`);

  // The real popup is at most 600 px high and scrolls, and headless Chromium cannot capture beyond it.
  // For the whole summary in one picture, the same popup page is opened in a background tab of the
  // window: its active tab is still the article, whose activeTab grant (from the last shortcut press)
  // still holds, so it summarises the article exactly as the popup does.
  const cdp = await page.createCDPSession();
  const popupUrl = `chrome-extension://${session.extensionId}/popup/index.html`;
  for (const scheme of ['light', 'dark'] as const) {
    const opened = session.browser.waitForTarget((t) => t.url() === popupUrl && t.type() === 'page');
    await cdp.send('Target.createTarget', { url: popupUrl, background: true });
    const tab = (await (await opened).asPage())!;
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await tab.setViewport({ width: 400, height: 600, deviceScaleFactor: 1 });
    const view = await settledView(tab);
    if (view.view !== 'summary') throw new Error(`the popup page shows ${view.view}`);
    await tab.bringToFront(); // background tabs are not painted; the summary is already rendered
    // A viewport as tall as the summary, so the sticky copy bar sits at the bottom as it does in the popup.
    await tab.setViewport({ width: 400, height: await tab.evaluate(() => document.documentElement.scrollHeight) });
    const png = await tab.screenshot({ type: 'png' });
    writeFileSync(scheme === 'light' ? 'docs/popup.png' : 'docs/popup-dark.png', png);
    await tab.close();
    await page.bringToFront();
  }
  console.log('wrote docs/popup.png and docs/popup-dark.png');
} finally {
  await session.close();
  await server.close();
}
