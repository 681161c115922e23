// Analyses the pages the popup has read (src/shared/analyze-message.ts): the popup reads the page's
// copy in its own document (the background of Chromium has no DOM), then hands the PageData here, where
// the analysis is already loaded and warm. On start, one short sample is analysed so that the lexicons
// the analysis builds on first use are ready before any reader presses the key.
import browser from 'webextension-polyfill';
import { analyze, pageFromText } from '../analysis/analyze';
import { asAnalyzeRequest } from '../shared/analyze-message';

/** Sentences in each language Lede reads, so each language's words are met once. */
const WARM_UP = [
  'Die Ministerin sagte am Dienstag in Berlin: „Wir werden das prüfen.“',
  '“We will look at it,” the minister said on Tuesday in London.',
  '« Nous allons l’examiner », a déclaré la ministre mardi à Paris.',
  '“Lo estudiaremos”, dijo la ministra el martes en Madrid.',
  '«Lo esamineremo», ha detto la ministra martedì a Roma.',
  '“We gaan het bekijken,” zei de minister dinsdag in Den Haag.',
];

export function answerAnalyzeRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = asAnalyzeRequest(message);
    if (!request) return undefined;
    return Promise.resolve(analyze(request.page, request.options));
  });
  // After the start's own work, not in its way.
  setTimeout(() => {
    try { for (const text of WARM_UP) analyze(pageFromText(text)); } catch { /* a warm-up only */ }
  }, 0);
}
