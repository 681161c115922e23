// The options page: the same settings as the popup's menu (saved in storage.sync, applied at once to
// an open popup), and what Lede does with the page (nothing leaves the browser).
import './popup.css';
import { render } from 'preact';
import { t, uiLanguage } from '../src/shared/i18n';
import { SettingsForm } from './settings-form';
import { useSettings } from './use-settings';

function Options() {
  const [settings, update, save] = useSettings();
  return (
    <main>
      <h1 class="headline">{t('optionsTitle')}</h1>
      <p class="deck">{t('optionsIntro')}</p>
      {settings ? <SettingsForm settings={settings} update={update} save={save} idPrefix="options" /> : <p class="status">…</p>}
      <section class="section privacy" aria-labelledby="h-privacy">
        <h2 id="h-privacy">{t('privacyHeading')}</h2>
        <p>{t('privacyText')}</p>
      </section>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
