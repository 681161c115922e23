// The interface's words, in the browser's language (browser.i18n picks _locales/<lang>/messages.json,
// English when the language has none). The article's language never changes them: only the article's
// own text carries its `lang`.
import browser from 'webextension-polyfill';
import type { FormatLabels } from '../format/format-summary';
import { countForm, formatCount, formatPercent, type CountForm } from '../format/format-count';

export type MessageKey = keyof typeof import('../../_locales/en/messages.json');

/** The message in the interface language, with $1… substitutions; the key itself when it is missing
 *  (visible in a test, never a blank). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  return browser.i18n.getMessage(key, subs.length ? subs : undefined) || key;
}

/**
 * The interface language ("de", "en-US"), for dates and the pages' `lang`: the language of the
 * messages in use, refined by the browser's UI language when they agree (en-GB dates for an en-GB
 * browser). The two can differ: Chromium started with --lang=de but without its German resources
 * reports en-US while it picks the German messages.
 */
export function uiLanguage(): string {
  const messages = t('uiLocale');
  const browserLang = browser.i18n.getUILanguage() || '';
  return browserLang.toLowerCase().split('-')[0] === messages ? browserLang : messages;
}

/** A count, written for the interface language. */
export function tNumber(n: number): string {
  return formatCount(n, uiLanguage());
}

/** A share in percent, written for the interface language. */
export function tPercent(percent: number): string {
  return formatPercent(percent, uiLanguage());
}

/** A message about a count, in the form the count takes in the interface language ("1 autre non
 *  affiché", "6 autres non affichés"), the count written for that language. */
export function tCount(forms: Record<CountForm, MessageKey>, n: number): string {
  const lang = uiLanguage();
  return t(forms[countForm(n, lang)], formatCount(n, lang));
}

/** The copied summary's headings and placeholders, in the interface language. */
export function formatLabels(): FormatLabels {
  return {
    summary: t('summaryHeading'), actors: t('actorsHeading'), quotes: t('quotesHeading'),
    noHeadline: t('fmtNoHeadline'), noSummary: t('fmtNoSummary'), noActors: t('fmtNoActors'), noQuotes: t('fmtNoQuotes'),
    kinds: { person: t('kindPerson'), organization: t('kindOrganization'), place: t('kindPlace') },
  };
}
