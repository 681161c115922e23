// Writing a copy from an extension page (the popup; Firefox's background page), where the
// clipboardWrite permission lets navigator.clipboard write. With HTML, both flavours go in one item, so
// a rich-text editor pastes the formatted version and a plain field the text.
import type { ClipboardPayload } from '../format/clipboard-payload';

/** True where this context has an async clipboard to write to (not Chromium's service worker). */
export const hasClipboard = (): boolean => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';

export async function writeClipboard(payload: ClipboardPayload): Promise<void> {
  if (payload.html && typeof ClipboardItem === 'function') {
    await navigator.clipboard.write([new ClipboardItem({
      'text/plain': new Blob([payload.text], { type: 'text/plain' }),
      'text/html': new Blob([payload.html], { type: 'text/html' }),
    })]);
  } else {
    await navigator.clipboard.writeText(payload.text);
  }
}
