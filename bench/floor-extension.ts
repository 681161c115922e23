// The floor for any popup: an extension whose popup only prints the tab's title, opened by the same
// shortcut (Alt+Shift+S) and marking `lede:summary` when the title is on screen, exactly as Lede's
// popup marks its summary. Written to a temporary folder at each run (nothing of it is shipped). One
// manifest for both browsers, with Lede's Gecko id, so Firefox's test helpers find its shortcut and its
// popup at the same addresses (it never runs beside Lede).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-floor-'));
  mkdirSync(join(dir, 'popup'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Title only (floor)', version: '1.0',
    action: { default_popup: 'popup/index.html' },
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    permissions: ['activeTab'],
    browser_specific_settings: { gecko: { id: 'lede@lede.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } },
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+S' } } },
  }));
  // A worker, so the bench finds the extension's id as it does Lede's.
  writeFileSync(join(dir, 'background.js'), '// no work: only here so the extension has a worker\n');
  writeFileSync(join(dir, 'popup', 'index.html'), '<!doctype html><meta charset="utf-8"><body data-view="loading"><h1 class="headline"></h1><script src="popup.js"></script></body>');
  writeFileSync(join(dir, 'popup', 'popup.js'), `performance.mark('lede-step-script');
(globalThis.browser ?? chrome).tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  document.querySelector('h1').textContent = tab && tab.title || '';
  document.body.dataset.view = 'summary';
  requestAnimationFrame(() => performance.mark('lede:summary'));
});
`);
  return dir;
}
