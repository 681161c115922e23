// Copying the summary, from the button or the `c` key, in the format the settings choose, and the
// confirmation that follows.
import { useCallback, useState } from 'preact/hooks';
import type { ClipboardPayload } from '../src/format/clipboard-payload';
import { writeClipboard } from '../src/shared/write-clipboard';

export type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; message: string };

export function useCopy(payload: () => ClipboardPayload): [CopyState, () => void] {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const copy = useCallback(() => {
    writeClipboard(payload()).then(
      () => setState({ kind: 'copied' }),
      (e) => setState({ kind: 'failed', message: String((e as Error)?.message ?? e) }),
    );
  }, [payload]);
  return [state, copy];
}
