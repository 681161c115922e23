// The background script. The popup does the work when it opens; the background exists so the
// extension has a worker (its URL gives tests the extension id) and will carry the commands that act
// without opening the popup.
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  /* nothing to set up: settings have defaults in code */
});
