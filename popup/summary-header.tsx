// Kicker, headline, deck and the line under them: site, byline, date and a link to the page. The date
// is written in the interface's language; the article's own text carries the article's `lang`.
import type { Summary } from '../src/analysis/types';
import { safeUrl } from '../src/format/format-summary';
import { readableDay, isoDay } from '../src/format/format-date';
import { t, uiLanguage } from '../src/shared/i18n';

/** "handelsblatt.com" for a link's text: the host the reader recognises, without "www.". */
const hostOf = (url: string) => new URL(url).host.replace(/^www\./, '');

export function SummaryHeader({ summary }: { summary: Summary }) {
  const url = safeUrl(summary.url);
  const day = readableDay(summary.published, uiLanguage());
  const site = summary.site ?? (url ? hostOf(url) : null);
  const lang = summary.lang ?? undefined;
  return (
    <header class="article-head">
      {summary.kicker && <p class="kicker" lang={lang} dir="auto">{summary.kicker}</p>}
      <h1 class="headline" lang={summary.headline ? lang : undefined} dir="auto">{summary.headline ?? t('untitled')}</h1>
      {summary.deck && <p class="deck" lang={lang} dir="auto">{summary.deck}</p>}
      <p class="meta">
        {[
          site && <span class="site">{site}</span>,
          summary.byline && <span class="byline" lang={lang} dir="auto">{summary.byline}</span>,
          day && <time class="date" dateTime={isoDay(summary.published) ?? undefined}>{day}</time>,
          url && <a class="source" href={url} target="_blank" rel="noreferrer noopener">{t('openPage')}</a>,
        ].filter(Boolean).map((part, i) => <>{i > 0 && <span class="sep" aria-hidden="true"> · </span>}{part}</>)}
      </p>
    </header>
  );
}
