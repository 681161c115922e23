// The settings as the popup and options page use them: loaded once, kept current through
// storage.onChanged (a change on the options page reaches an open popup at once), and saved on change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { withChange, type Settings } from '../src/shared/settings';
import { loadSettings, saveSettings, watchSettings } from '../src/shared/settings-store';

export type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };
export type SettingsChange = Parameters<typeof withChange>[1];

export function useSettings(): [Settings | null, (change: SettingsChange) => void, SaveState] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => { if (live) setSettings((now) => now ?? s); });
    const stop = watchSettings((s) => setSettings(s));
    return () => { live = false; stop(); };
  }, []);
  const update = useCallback((change: SettingsChange) => {
    setSettings((now) => {
      if (!now) return now;
      const next = withChange(now, change);
      saveSettings(next).then(() => setSave({ kind: 'saved' }), (e) => setSave({ kind: 'failed', message: String((e as Error)?.message ?? e) }));
      return next;
    });
  }, []);
  return [settings, update, save];
}
