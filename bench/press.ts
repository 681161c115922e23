// One reader's press of the shortcut on a loaded page, measured the same way in Chromium and in Firefox
// ESR, for Lede and for the floor (a popup that only prints the tab's title): the time from the press to
// the popup's answer on screen (its `lede:<view>` User Timing mark against the press), and the page's
// longest stall meanwhile: a 10 ms timer in the page's own world, armed right before the press, whose
// longest gap between two ticks is read as soon as the popup has answered.
import { createServer } from 'node:net';
import type { Page } from 'puppeteer-core';
import { CHROMIUM, closePopup, openPopup, type ChromiumSession } from '../test/e2e/support/chromium';
import * as firefox from '../test/e2e/support/firefox';
import { launchChromiumWith } from '../test/fixtures/hostile/launch-chromium-with';

export interface Press {
  /** Press -> answer on screen (ms), null when the popup never answered. */
  ms: number | null;
  view: string;
  /** The page's longest stall from the press to the answer (ms). */
  stallMs: number | null;
  /** The popup's own measures (Lede only): reading the page's copy, the analysis, loading their code. */
  extraction?: number; analysis?: number; load?: number;
  /** When the popup's document started, and each of its steps (lede-step-* marks), ms after the press. */
  steps?: Record<string, number>;
}

export interface Driver {
  open(url: string): Promise<void>;
  /** Presses the shortcut `settleMs` after the page's load event (0: at once). The page's stall is read
   *  once the popup has answered and no earlier than `windowMs` after the press: the floor's run is
   *  watched as long as Lede's on the same page, so a task of the page's own late in Lede's longer run
   *  (measured: a corpus page runs one of 40 ms about 125 ms after its load, pressed or not) falls in
   *  both windows, and the difference is what Lede adds. */
  press(settleMs: number, windowMs?: number): Promise<Press>;
  close(): Promise<void>;
}

/** How long a popup may take before a press counts as unanswered. */
const ANSWER_LIMIT_MS = 15_000;

/** The page's probe, in its own world: installed once per document, armed before each press. */
const ARM = `(() => {
  if (!window.__ledeBench) {
    let last = 0, max = 0;
    window.__ledeBench = { arm() { last = performance.now(); max = 0; }, max: () => Math.max(max, performance.now() - last) };
    setInterval(() => { const now = performance.now(); max = Math.max(max, now - last); last = now; }, 10);
  }
  window.__ledeBench.arm();
})()`;
const READ = 'window.__ledeBench ? window.__ledeBench.max() : null';

const STEPS = `Object.fromEntries([["popup started", 0], ...performance.getEntriesByType("mark").filter((m) => m.name.startsWith("lede-step-")).map((m) => [m.name.slice(10), m.startTime])])`;
const MARKS = `[performance.timeOrigin, performance.getEntriesByType("mark").find((m) => m.name.startsWith("lede:"))?.startTime ?? null, document.body.dataset.view,
  performance.getEntriesByName("lede-extraction")[0]?.duration ?? null, performance.getEntriesByName("lede-analysis")[0]?.duration ?? null, performance.getEntriesByName("lede-analysis-load")[0]?.duration ?? null]`;
type Marks = [number, number | null, string, number | null, number | null, number | null];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** A port where nothing listens: every other host goes through it as a proxy and is refused at once
 *  (the corpus pages ask for their sites' images and scripts; this machine has no network). */
export async function deadPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function chromiumDriver(extension: string, proxyPort: number): Promise<Driver> {
  void CHROMIUM;
  const session: ChromiumSession = await launchChromiumWith(extension, [`--proxy-server=http://127.0.0.1:${proxyPort}`]);
  const page: Page = await session.browser.newPage();
  page.on('dialog', (d) => { void d.dismiss().catch(() => {}); });
  return {
    async open(url) { await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => {}); },
    async press(settleMs, windowMs = 0) {
      await page.bringToFront();
      if (settleMs) await sleep(settleMs);
      await page.evaluate(ARM).catch(() => {});
      const { popup, pressedAt } = await openPopup(session, page);
      try {
        const answered = await popup.waitForFunction('performance.getEntriesByType("mark").some((m) => m.name.startsWith("lede:"))', { timeout: ANSWER_LIMIT_MS, polling: 20 }).then(() => true, () => false);
        await sleep(pressedAt + windowMs - Date.now());
        const stallMs = await page.evaluate(READ).catch(() => null) as number | null;
        // A popup whose document went away before it could be read (seen once in Chromium, on a corpus
        // page that navigates itself after its load: "Execution context was destroyed"): no answer to time.
        const marks = await popup.evaluate(MARKS).catch(() => null) as Marks | null;
        if (!marks) return { ms: null, view: 'popup gone', stallMs };
        const [origin, mark, view, extraction, analysis, load] = marks;
        const steps = Object.fromEntries(Object.entries(await popup.evaluate(STEPS).catch(() => ({})) as Record<string, number>).map(([k, v]) => [k, origin + v - pressedAt]));
        return { ms: answered && mark !== null ? origin + mark - pressedAt : null, view: view ?? 'loading', stallMs, extraction: extraction ?? undefined, analysis: analysis ?? undefined, load: load ?? undefined, steps };
      } finally {
        await closePopup(popup);
      }
    },
    close: () => session.close(),
  };
}

export async function firefoxDriver(extension: string | undefined, proxyPort: number): Promise<Driver> {
  const session = await firefox.launchFirefox({ extension, prefs: firefox.proxyPrefs(proxyPort) });
  const page = (await session.browser.pages())[0];
  page.on('dialog', (d) => { void d.dismiss().catch(() => {}); });
  return {
    async open(url) { await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => {}); },
    async press(settleMs, windowMs = 0) {
      await page.bringToFront();
      if (settleMs) await sleep(settleMs);
      await page.evaluate(ARM).catch(() => {});
      const pressedAt = await firefox.pressShortcut(session, page);
      try {
        // The popup is no BiDi context: its mark is polled through a frame script (a round trip each time).
        let marks: Marks | null = null;
        for (const end = Date.now() + ANSWER_LIMIT_MS; Date.now() < end; await sleep(20)) {
          marks = await firefox.inPopup<Marks>(session, MARKS.replace(/performance\./g, 'content.performance.').replace('document.body', 'content.document.body')).catch(() => null);
          if (marks?.[1] != null) break;
        }
        await sleep(pressedAt + windowMs - Date.now());
        const stallMs = await page.evaluate(READ).catch(() => null) as number | null;
        if (!marks || marks[1] === null) return { ms: null, view: marks?.[2] ?? 'no popup', stallMs };
        const [origin, mark, view, extraction, analysis, load] = marks;
        const stepMarks = await firefox.inPopup<Record<string, number>>(session, STEPS.replace(/performance\./g, 'content.performance.')).catch(() => null);
        const steps = stepMarks ? Object.fromEntries(Object.entries(stepMarks).map(([k, v]) => [k, origin + v - pressedAt])) : undefined;
        return { ms: origin + mark! - pressedAt, view, stallMs, extraction: extraction ?? undefined, analysis: analysis ?? undefined, load: load ?? undefined, steps };
      } finally {
        await firefox.closePopup(session);
      }
    },
    close: () => session.close(),
  };
}
