// What the injected script hands the popup is checked by shape: a page can make it return anything.
import { describe, expect, it } from 'vitest';
import { asInjectError, asPageData, asSnapshot } from '../../src/shared/messages';
import { closedReason, isAccessRefusal, isClosedPageRefusal, isErrorPageRefusal } from '../../src/shared/tab-access';

const page = {
  url: 'https://www.handelsblatt.com/x.html', readerable: true, meta: { lang: 'de' },
  blocks: [{ kind: 'p', text: 'Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken.' }],
  removed: [{ text: 'Quelle: AP', reason: 'credit' }],
};

describe('asPageData', () => {
  it('accepts PageData', () => expect(asPageData(page)).toBe(page));
  it.each([
    ['undefined (Firefox, when the script threw)', undefined],
    ['a string', 'PageData'],
    ['no url', { ...page, url: undefined }],
    ['readerable as a string', { ...page, readerable: 'yes' }],
    ['a block of an unknown kind', { ...page, blocks: [{ kind: 'script', text: 'x' }] }],
    ['a block without text', { ...page, blocks: [{ kind: 'p' }] }],
    ['removed without a reason', { ...page, removed: [{ text: 'x' }] }],
  ])('rejects %s', (_what, value) => expect(asPageData(value)).toBeNull());
});

describe('asInjectError', () => {
  it('reads an error', () => expect(asInjectError({ error: 'boom' })).toEqual({ error: 'boom' }));
  it('keeps a known closed reason', () => expect(asInjectError({ error: 'PDF', closed: 'pdf' })).toEqual({ error: 'PDF', closed: 'pdf' }));
  it('drops an unknown closed reason', () => expect(asInjectError({ error: 'x', closed: 'evil' })).toEqual({ error: 'x' }));
  it('is null for PageData', () => expect(asInjectError(page)).toBeNull());
});

describe('closedReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/de/firefox/', 'store'],
    ['https://example.com/report.pdf', 'pdf'],
    ['https://example.com/report.pdf?download=1', 'pdf'],
    ['https://www.handelsblatt.com/politik/27970532.html', null],
    ['https://addons.mozilla.org.example.com/', null],
    ['file:///home/me/article.html', null],
    [undefined, null],
  ])('%s -> %s', (url, reason) => expect(closedReason(url)).toBe(reason));
});

describe('isAccessRefusal', () => {
  it.each([
    ['Cannot access a chrome:// URL', true],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Missing host permission for the tab', true],
    ['Frame with ID 0 is showing error page', false],
  ])('%s -> %s', (message, refused) => expect(isAccessRefusal(message)).toBe(refused));
});

describe('isErrorPageRefusal', () => {
  it.each([
    ['Frame with ID 0 is showing error page', true],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', false],
    ['Missing host permission for the tab', false],
  ])('%s -> %s', (message, errorPage) => expect(isErrorPageRefusal(message)).toBe(errorPage));
});

describe('asSnapshot', () => {
  const snapshot = { url: 'https://example.org/a', loadedAt: 1733400000000.5, html: '<p>text</p>', total: 12, skipped: 0 };
  it('accepts the page\'s copy, and keeps only its fields', () => expect(asSnapshot({ snapshot: { ...snapshot, extra: 'x' } })).toEqual(snapshot));
  it('keeps when the page wrote it, only as two numbers', () => {
    const took = { startedAt: 1733400000100.25, writtenAt: 1733400000140.5 };
    expect(asSnapshot({ snapshot: { ...snapshot, took } })).toEqual({ ...snapshot, took });
    expect(asSnapshot({ snapshot: { ...snapshot, took: { startedAt: 'soon', writtenAt: 1 } } })).toEqual(snapshot);
  });
  it.each([
    ['PageData', page],
    ['no html', { snapshot: { ...snapshot, html: undefined } }],
    ['html that is no string', { snapshot: { ...snapshot, html: ['<p>'] } }],
    ['a load time that is no number', { snapshot: { ...snapshot, loadedAt: '1' } }],
    ['counts that are no numbers', { snapshot: { ...snapshot, total: 'many' } }],
    ['an error', { error: 'boom' }],
  ])('rejects %s', (_what, value) => expect(asSnapshot(value)).toBeNull());
});

describe('isClosedPageRefusal: a page closed to every extension, not one the tab left', () => {
  it.each([
    ['Cannot access a chrome:// URL', true],
    ['Cannot access a chrome-extension:// URL of different extension', true],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', false],
    ['Missing host permission for the tab', false],
  ])('%s -> %s', (message, closed) => expect(isClosedPageRefusal(message)).toBe(closed));
});
