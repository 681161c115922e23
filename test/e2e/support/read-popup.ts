// What the popup shows, read from its rendered HTML (the same reader for both browsers: Chromium hands
// the popup's DOM over CDP, Firefox through a frame script).
import { JSDOM } from 'jsdom';

export interface PopupView {
  view: string;
  /** True when the popup showed the tab's cached summary (body[data-cached]). */
  cached: boolean;
  /** The popup's `lang` (the interface language). */
  lang: string;
  kicker: string | null;
  headline: string | null;
  deck: string | null;
  meta: string | null;
  sourceHref: string | null;
  summary: string | null;
  actors: { name: string; detail: string | null }[];
  quotes: { text: string; speaker: string | null }[];
  empty: string[];
  removedCount: number;
  removedOpen: boolean;
  title: string | null;
  status: string | null;
  copyStatus: string | null;
  buttons: string[];
  /** Every element of the popup, so a test can check nothing is raw page markup. */
  tags: string[];
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || null;

/** `bodyHtml`: the popup's <body>, or its whole <html> (to read the `lang` too). */
export function readPopup(bodyHtml: string): PopupView {
  const html = /^\s*<html/i.test(bodyHtml) ? bodyHtml : `<html>${bodyHtml}</html>`;
  const { document } = new JSDOM(`<!doctype html>${html}`).window;
  const body = document.body;
  const q = (s: string) => body.querySelector(s);
  const all = (s: string) => [...body.querySelectorAll(s)];
  return {
    view: body.dataset.view ?? '',
    cached: body.dataset.cached === 'true',
    lang: document.documentElement.getAttribute('lang') ?? '',
    kicker: text(q('.kicker')),
    headline: text(q('.headline')),
    deck: text(q('.deck')),
    meta: text(q('.meta')),
    sourceHref: q('a.source')?.getAttribute('href') ?? null,
    summary: text(q('p.summary')),
    actors: all('.actors li').map((li) => ({ name: text(li.querySelector('.name')) ?? '', detail: text(li.querySelector('.role, .kind')) })),
    quotes: all('.quotes li').map((li) => ({ text: text(li.querySelector('blockquote')) ?? '', speaker: text(li.querySelector('.speaker')) })),
    empty: all('.empty').map((e) => text(e) ?? ''),
    removedCount: all('.removed li').length,
    removedOpen: q('details.removed')?.hasAttribute('open') ?? false,
    title: text(q('.status-title')),
    status: text(q('.status')),
    copyStatus: text(q('.copy-status')),
    buttons: all('main button').map((b) => text(b) ?? ''),
    tags: [...new Set(all('*').map((e) => e.localName))],
  };
}
