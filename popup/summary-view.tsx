import { useEffect, useState } from 'preact/hooks';
import type { Summary } from '../src/analysis/types';
import { toMarkdown } from '../src/format/format-summary';

export function SummaryView({ summary }: { summary: Summary }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toMarkdown(summary));
      setCopied('Copied as Markdown');
    } catch (e) {
      setCopied(`Copy failed: ${(e as Error).message}`);
    }
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'c' && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); void copy(); }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  return (
    <main>
      <header>
        {summary.kicker && <p class="kicker">{summary.kicker}</p>}
        <h1 class="headline">{summary.headline ?? 'Untitled'}</h1>
        {summary.deck && <p class="deck">{summary.deck}</p>}
        <p class="source">{[summary.site, summary.byline, summary.published?.slice(0, 10)].filter(Boolean).join(' · ')}</p>
      </header>
      <section aria-labelledby="h-summary">
        <h2 id="h-summary">Summary</h2>
        {summary.summary.length ? <p class="summary">{summary.summary.join(' ')}</p> : <p class="empty">No summary could be taken from this page.</p>}
      </section>
      <section aria-labelledby="h-actors">
        <h2 id="h-actors">Key actors</h2>
        {summary.actors.length ? (
          <ul class="actors">
            {summary.actors.map((a) => <li key={a.name}><span class="name">{a.name}</span>{a.role && <span class="role"> {a.role}</span>}</li>)}
          </ul>
        ) : <p class="empty">No people, organisations or places found.</p>}
      </section>
      <section aria-labelledby="h-quotes">
        <h2 id="h-quotes">Quotes</h2>
        {summary.quotes.length ? (
          <ul class="quotes">
            {summary.quotes.map((q, i) => <li key={i}><q>{q.text}</q>{q.speaker && <span class="speaker"> — {q.speaker}</span>}</li>)}
          </ul>
        ) : <p class="empty">No direct quotes in this article.</p>}
      </section>
      <footer>
        <button type="button" class="copy" onClick={copy}>Copy</button>
        <span role="status" class="copied">{copied}</span>
      </footer>
    </main>
  );
}
