// Why a block was removed as noise, in the interface language. The analysis names its reasons in
// English (the CLI prints them so, and the labelled pages' tests read them); the popup looks each one
// up here (a table only, so the unit tests read it without a browser). A reason with no message yet is
// shown as the analysis wrote it, never hidden: test/unit/popup-noise-reasons.test.ts checks that every
// reason the extraction and the analysis can give is in this table.
import type { MessageKey } from '../src/shared/i18n';

export const NOISE_REASON: Record<string, MessageKey> = {
  'advertisement': 'noiseAdvertisement',
  'advertisement label': 'noiseAdLabel',
  'aside': 'noiseAside',
  'author box': 'noiseAuthorBox',
  'byline': 'noiseByline',
  'comments': 'noiseComments',
  'cookie or consent dialog': 'noiseConsent',
  'date line': 'noiseDateLine',
  'wire dateline': 'noiseWireDateline',
  'embedded-content placeholder': 'noiseEmbed',
  'form': 'noiseForm',
  'form or dialog': 'noiseFormOrDialog',
  'hidden': 'noiseHidden',
  'live-blog time stamp': 'noiseLiveStamp',
  'navigation': 'noiseNavigation',
  'navigation or back-link': 'noiseNavOrBackLink',
  'newsletter or subscription box': 'noiseNewsletter',
  'page header or footer': 'noiseHeaderFooter',
  'photo caption': 'noisePhotoCaption',
  'photo credit': 'noisePhotoCredit',
  'reading progress': 'noiseProgress',
  'related articles': 'noiseRelatedArticles',
  'related link': 'noiseRelatedLink',
  'repeated text': 'noiseRepeated',
  'rights line': 'noiseRights',
  'share buttons': 'noiseShareButtons',
  'share label': 'noiseShareLabel',
  'tags': 'noiseTags',
};

/** The message for a reason the analysis gave, if there is one. */
export const reasonKey = (reason: string): MessageKey | undefined => (Object.hasOwn(NOISE_REASON, reason) ? NOISE_REASON[reason] : undefined);
