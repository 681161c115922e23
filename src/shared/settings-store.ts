// The settings in storage.sync (they follow the reader to their other browsers), and their changes as
// they happen: a change in the options page reaches an open popup at once through storage.onChanged.
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    // storage.sync can be unavailable (a policy, a temporary profile): the defaults still work.
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
