// Kicker, headline, deck and the line under them: site, byline, date and a link to the page.
import type { Summary } from '../src/analysis/types';
import { safeUrl } from '../src/format/format-summary';
import { readableDay, isoDay } from '../src/format/format-date';

/** "handelsblatt.com" for a link's text: the host the reader recognises, without "www.". */
const hostOf = (url: string) => new URL(url).host.replace(/^www\./, '');

export function SummaryHeader({ summary }: { summary: Summary }) {
  const url = safeUrl(summary.url);
  const day = readableDay(summary.published);
  const site = summary.site ?? (url ? hostOf(url) : null);
  return (
    <header class="article-head">
      {summary.kicker && <p class="kicker">{summary.kicker}</p>}
      <h1 class="headline" lang={summary.lang ?? undefined}>{summary.headline ?? 'Untitled page'}</h1>
      {summary.deck && <p class="deck" lang={summary.lang ?? undefined}>{summary.deck}</p>}
      <p class="meta">
        {[
          site && <span class="site">{site}</span>,
          summary.byline && <span class="byline">{summary.byline}</span>,
          day && <time class="date" dateTime={isoDay(summary.published) ?? undefined}>{day}</time>,
          url && <a class="source" href={url} target="_blank" rel="noreferrer noopener">Open page</a>,
        ].filter(Boolean).map((part, i) => <>{i > 0 && <span class="sep" aria-hidden="true"> · </span>}{part}</>)}
      </p>
    </header>
  );
}
