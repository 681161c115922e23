// The popup's own keys. Escape closes an open menu, or else the popup (window.close()); `c` copies (a
// bare c: Ctrl/Cmd+C keeps copying a selection as usual). Neither acts while the reader types in a
// text field.
import { useEffect } from 'preact/hooks';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !/^(checkbox|radio|button|submit)$/.test(el.type)));
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey && !e.repeat && !isTyping(e.target);

/** Escape: in every state of the popup (one listener, in the App). */
export function useEscapeKey(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !plain(e)) return;
      e.preventDefault();
      const menu = document.querySelector<HTMLDetailsElement>('details[open]');
      if (menu) { menu.open = false; menu.querySelector<HTMLElement>('summary')?.focus(); return; }
      window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** `c`: only where there is a summary to copy. */
export function useCopyKey(copy: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'c' || e.key === 'C') && plain(e)) { e.preventDefault(); copy(); }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [copy]);
}
