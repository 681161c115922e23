// Counts as the reader writes them: digits grouped for the interface language (Intl.NumberFormat:
// 1,234 / 1.234 / 1 234) and the message's singular or plural form picked by the language's own plural
// rules (Intl.PluralRules: "1 weiterer" / "6 weitere", and French takes the singular for 0 as well).

/** The two forms a counted message has in _locales (…One, …Other); every interface language needs no more. */
export type CountForm = 'one' | 'other';

/** The form a count takes in a language: 'one' where its plural rules say so, else 'other'. */
export function countForm(n: number, locale?: string): CountForm {
  return new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
}

/** A share in percent (94) as the language writes it: "94%", "94 %" (German, French, Spanish). */
export function formatPercent(percent: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** The count's digits, grouped and written as the language writes them. */
export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
