// Copying the summary as Markdown, from the button or the `c` key, and the confirmation that follows.
import { useCallback, useEffect, useState } from 'preact/hooks';

export type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; message: string };

export function useCopy(text: () => string): [CopyState, () => void] {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const copy = useCallback(() => {
    navigator.clipboard.writeText(text()).then(
      () => setState({ kind: 'copied' }),
      (e) => setState({ kind: 'failed', message: String((e as Error)?.message ?? e) }),
    );
  }, [text]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A bare `c`: Ctrl/Cmd+C keeps copying a selection as usual.
      if ((e.key === 'c' || e.key === 'C') && !e.ctrlKey && !e.metaKey && !e.altKey && !e.repeat) {
        e.preventDefault();
        copy();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [copy]);
  return [state, copy];
}
