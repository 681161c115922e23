// The popup's small settings menu: a disclosure at the top (a native <details>, so it opens with Enter
// or Space and is announced as expandable), holding the same form as the options page.
import browser from 'webextension-polyfill';
import type { Settings } from '../src/shared/settings';
import { t } from '../src/shared/i18n';
import { SettingsForm } from './settings-form';
import type { SaveState, SettingsChange } from './use-settings';

interface Props { settings: Settings; update: (change: SettingsChange) => void; save: SaveState }

export function SettingsMenu({ settings, update, save }: Props) {
  return (
    <details class="menu" id="settings-menu">
      <summary class="menu-button">{t('settingsButton')}</summary>
      <div class="menu-panel">
        <h2 class="menu-title">{t('settingsHeading')}</h2>
        <SettingsForm settings={settings} update={update} save={save} idPrefix="popup" />
        <button type="button" class="link all-settings" onClick={() => void browser.runtime.openOptionsPage()}>{t('allSettings')}</button>
      </div>
    </details>
  );
}
