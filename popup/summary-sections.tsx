// The body of the summary: lead summary, key actors with their roles, quotes with their speakers, and
// what was removed as noise. Each section says so when it is empty rather than vanishing. An actor or
// a quote is a button: it shows its first occurrence in the page (see find-in-page.ts).
import type { Actor, Quote, Removed } from '../src/analysis/types';
import { MAX_ACTORS } from '../src/shared/settings';
import { t, tCount, tNumber } from '../src/shared/i18n';
import { reasonKey } from './noise-reasons';

const KIND_LABEL = { person: 'kindPerson', organization: 'kindOrganization', place: 'kindPlace' } as const;
const MORE_ACTORS = { one: 'moreActorsOne', other: 'moreActorsOther' } as const;
/** Why a block was removed, in the interface language; as the analysis wrote it when no message has it. */
const reasonText = (reason: string) => { const key = reasonKey(reason); return key ? t(key) : reason; };
export type ShowInPage = (needles: string[], label: string) => void;

export function LeadSummary({ sentences, lang }: { sentences: string[]; lang: string | null }) {
  return (
    <section class="section" aria-labelledby="h-summary">
      <h2 id="h-summary">{t('summaryHeading')}</h2>
      {sentences.length
        ? <p class="summary" lang={lang ?? undefined} dir="auto">{sentences.join(' ')}</p>
        : <p class="empty">{t('noSummaryShown')}</p>}
    </section>
  );
}

/** The ranked actors, at most MAX_ACTORS of them: the rest are minor mentions. */
export function Actors({ actors, lang, onShow }: { actors: Actor[]; lang: string | null; onShow: ShowInPage }) {
  const shown = actors.slice(0, MAX_ACTORS);
  return (
    <section class="section" aria-labelledby="h-actors">
      <h2 id="h-actors">{t('actorsHeading')}</h2>
      {shown.length ? (
        <ul class="actors">
          {shown.map((a) => (
            <li key={a.name} class={`actor actor-${a.kind}`}>
              <button type="button" class="find" title={t('showInPage')} onClick={() => onShow([a.name, ...(a.aliases ?? [])], a.name)}>
                <span class="name" lang={lang ?? undefined} dir="auto">{a.name}</span>
                {a.role ? <span class="role" lang={lang ?? undefined} dir="auto">{a.role}</span> : <span class="kind">{t(KIND_LABEL[a.kind] ?? 'kindPerson')}</span>}
              </button>
            </li>
          ))}
        </ul>
      ) : <p class="empty">{t('noActorsShown')}</p>}
      {actors.length > MAX_ACTORS && <p class="more">{tCount(MORE_ACTORS, actors.length - MAX_ACTORS)}</p>}
    </section>
  );
}

export function Quotes({ quotes, lang, onShow }: { quotes: Quote[]; lang: string | null; onShow: ShowInPage }) {
  return (
    <section class="section" aria-labelledby="h-quotes">
      <h2 id="h-quotes">{t('quotesHeading')}</h2>
      {quotes.length ? (
        <ul class="quotes">
          {quotes.map((q, i) => (
            <li key={i} class="quote">
              <blockquote lang={lang ?? undefined} dir="auto">
                <button type="button" class="find" title={t('showInPage')} onClick={() => onShow([q.text], q.text)}>{q.text}</button>
              </blockquote>
              <p class="speaker">{q.speaker ?? t('speakerUnknown')}</p>
            </li>
          ))}
        </ul>
      ) : <p class="empty">{t('noQuotesShown')}</p>}
    </section>
  );
}

/** Collapsed by default: the reader opens it to check that nothing of the article was dropped. */
export function RemovedNoise({ removed, lang }: { removed: Removed[]; lang: string | null }) {
  if (!removed.length) return <p class="removed-none">{t('removedNone')}</p>;
  return (
    <details class="removed">
      <summary>{t('removedCount', tNumber(removed.length))}</summary>
      {/* A scrolling list (it can be long): focusable, so the keyboard can scroll it too. */}
      <ul tabIndex={0}>
        {removed.map((r, i) => (
          <li key={i}><span class="reason">{reasonText(r.reason)}</span> <span class="removed-text" lang={lang ?? undefined} dir="auto">{r.text}</span></li>
        ))}
      </ul>
    </details>
  );
}
