// The copy-summary command's confirmation on the toolbar button of that tab: "✓" (or "!" with the
// reason in the tooltip) for a few seconds, then the button as it was. A badge needs no permission,
// unlike a notification.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

export const BADGE_MS = 4000;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

export async function showBadge(tabId: number, outcome: { ok: true } | { ok: false; message: string }): Promise<void> {
  clearTimeout(timers.get(tabId));
  const text = outcome.ok ? '✓' : '!';
  const title = outcome.ok ? t('badgeCopied') : t('badgeFailed', outcome.message);
  await Promise.all([
    browser.action.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#1b6e3a' : '#a3231b' }),
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => { /* the tab closed meanwhile */ });
  timers.set(tabId, setTimeout(() => {
    timers.delete(tabId);
    browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
    // The manifest's title again (Chromium does not take null for "the default" here).
    browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => {});
  }, BADGE_MS));
}
