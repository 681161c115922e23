// The body of the summary: lead summary, key actors with their roles, quotes with their speakers, and
// what was removed as noise. Each section says so when it is empty rather than vanishing.
import type { Actor, Quote, Removed } from '../src/analysis/types';

const KIND_LABEL = { person: 'person', organization: 'organisation', place: 'place' } as const;

export function LeadSummary({ sentences, lang }: { sentences: string[]; lang: string | null }) {
  return (
    <section class="section" aria-labelledby="h-summary">
      <h2 id="h-summary">Summary</h2>
      {sentences.length
        ? <p class="summary" lang={lang ?? undefined}>{sentences.join(' ')}</p>
        : <p class="empty">No summary could be taken from this page.</p>}
    </section>
  );
}

export function Actors({ actors }: { actors: Actor[] }) {
  return (
    <section class="section" aria-labelledby="h-actors">
      <h2 id="h-actors">Key actors</h2>
      {actors.length ? (
        <ul class="actors">
          {actors.map((a) => (
            <li key={a.name} class={`actor actor-${a.kind}`}>
              <span class="name">{a.name}</span>
              {a.role ? <span class="role">{a.role}</span> : <span class="kind">{KIND_LABEL[a.kind] ?? a.kind}</span>}
            </li>
          ))}
        </ul>
      ) : <p class="empty">No people, organisations or places found in this article.</p>}
    </section>
  );
}

export function Quotes({ quotes, lang }: { quotes: Quote[]; lang: string | null }) {
  return (
    <section class="section" aria-labelledby="h-quotes">
      <h2 id="h-quotes">Quotes</h2>
      {quotes.length ? (
        <ul class="quotes">
          {quotes.map((q, i) => (
            <li key={i} class="quote">
              <blockquote lang={lang ?? undefined}>{q.text}</blockquote>
              <p class="speaker">{q.speaker ?? 'Speaker not named'}</p>
            </li>
          ))}
        </ul>
      ) : <p class="empty">No direct quotes in this article.</p>}
    </section>
  );
}

/** Collapsed by default: the reader opens it to check that nothing of the article was dropped. */
export function RemovedNoise({ removed }: { removed: Removed[] }) {
  if (!removed.length) return <p class="removed-none">Nothing was removed as noise.</p>;
  return (
    <details class="removed">
      <summary>Removed as noise ({removed.length})</summary>
      <ul>
        {removed.map((r, i) => (
          <li key={i}><span class="reason">{r.reason}</span> <span class="removed-text">{r.text}</span></li>
        ))}
      </ul>
    </details>
  );
}
