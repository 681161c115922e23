// The options page: which key opens Lede, how to change it, and what Lede does with the page (nothing
// leaves the browser). There are no settings yet; this page says so rather than showing empty controls.
import './popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

const isFirefox = typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);

function Options() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.commands.getAll().then(
      (all) => setShortcut(all.find((c) => c.name === '_execute_action')?.shortcut || null),
      () => setShortcut(null),
    );
  }, []);
  return (
    <main>
      <h1 class="headline">Lede</h1>
      <p class="deck">Headline, key actors, verbatim quotes and a short summary of the news article in the current tab.</p>
      <section class="section">
        <h2>Open it</h2>
        <p>
          Click Lede’s toolbar button, or press{' '}
          {shortcut === undefined ? '…' : shortcut ? <kbd class="shortcut">{shortcut}</kbd> : <em>no key (none is set)</em>}.
          {' '}Inside the summary, press <kbd>C</kbd> to copy it as Markdown.
        </p>
        <p class="hint">
          {isFirefox
            ? 'To change the key: about:addons → the gear menu → Manage Extension Shortcuts.'
            : 'To change the key: open chrome://extensions/shortcuts.'}
        </p>
      </section>
      <section class="section">
        <h2>Privacy</h2>
        <p>Lede reads the page only when you open it, and only that tab. The summary is computed in your browser; nothing is sent anywhere, and Lede keeps nothing once the popup closes.</p>
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
