// What one copy writes, from the popup's button or the copy-summary command alike: the summary as the
// popup shows it (at most MAX_ACTORS actors, the sections the reader keeps) in the chosen format.
// `html` goes on the clipboard as text/html beside `text` as text/plain where the browser allows.
import type { Summary } from '../analysis/types';
import { MAX_ACTORS, type Settings } from '../shared/settings';
import { toHtml, toMarkdown, toPlainText, type FormatLabels } from './format-summary';

export interface ClipboardPayload {
  text: string;
  html: string | null;
}

/** The summary as the popup shows it: the ranked actors capped, nothing else changed. */
export function shownSummary(summary: Summary): Summary {
  return summary.actors.length > MAX_ACTORS ? { ...summary, actors: summary.actors.slice(0, MAX_ACTORS) } : summary;
}

export function clipboardPayload(summary: Summary, settings: Settings, labels?: FormatLabels): ClipboardPayload {
  const s = shownSummary(summary);
  const options = { sections: settings.sections, labels };
  switch (settings.copyFormat) {
    case 'text': return { text: toPlainText(s, options), html: null };
    case 'html': return { text: toPlainText(s, options), html: toHtml(s, options) };
    default: return { text: toMarkdown(s, options), html: null };
  }
}
