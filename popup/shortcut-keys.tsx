// The two keyboard shortcuts as the browser has them now, and the way to change them: Firefox opens
// its shortcut manager (commands.openShortcutSettings, Firefox 137+); Chromium's chrome:// page can be
// opened by an extension with tabs.create, never by a plain link.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../src/shared/i18n';

const COMMANDS = [['_execute_action', 'shortcutOpenLabel'], ['copy-summary', 'shortcutCopyLabel']] as const;

async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

const isFirefox = typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);

export function ShortcutKeys() {
  const [keys, setKeys] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (all) => setKeys(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']))),
      () => setKeys({}),
    );
  }, []);
  return (
    <fieldset class="field shortcuts">
      <legend>{t('shortcutsLegend')}</legend>
      <dl class="keys">
        {COMMANDS.map(([name, label]) => (
          <div key={name} class={`key-row key-${name}`}>
            <dt>{t(label)}</dt>
            <dd>{keys === null ? '…' : keys[name] ? <kbd class="shortcut">{keys[name]}</kbd> : <em>{t('shortcutNone')}</em>}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('popupKeysHint')}</p>
      <button type="button" class="secondary change-keys" onClick={() => void openShortcutSettings().catch(() => {})}>{t('shortcutChange')}</button>
      <p class="hint">{isFirefox ? t('shortcutHintFirefox') : t('shortcutHintChromium')}</p>
    </fieldset>
  );
}
