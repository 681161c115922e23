// Writes text (and HTML, when given) to the clipboard from inside a tab, for the copy-summary command
// in Chromium, whose background service worker has no clipboard. Passed to
// scripting.executeScript({func}) (the key press grants activeTab), it runs in the extension's isolated
// world, where the clipboardWrite permission applies: it must use nothing from outside its own body.
// First a `copy` event answered with our data (works on http:// pages too, carries text/html, and
// changes neither the DOM nor the selection), then the async Clipboard API (secure pages only).

export interface WriteResult { ok: boolean; how?: 'copy-event' | 'clipboard-api'; error?: string }

export async function writeClipboardInPage(text: string, html: string | null): Promise<WriteResult> {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html) event.clipboardData.setData('text/html', html);
    event.preventDefault();
    // The page's own copy handlers must not change what we write.
    event.stopImmediatePropagation();
    written = true;
  };
  window.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } catch { /* execCommand refused: try the Clipboard API */ } finally {
    window.removeEventListener('copy', onCopy, true);
  }
  if (written) return { ok: true, how: 'copy-event' };
  try {
    if (html && typeof ClipboardItem === 'function') {
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      })]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return { ok: true, how: 'clipboard-api' };
  } catch (error) {
    return { ok: false, error: String((error as Error)?.message ?? error) };
  }
}
