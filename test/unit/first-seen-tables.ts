// The shared machinery of the first-seen tables (analyze-first-seen-*.test.ts): a case is real sentences from the page it
// names, run end to end as the CLI's --text reads them (the first paragraph is the headline's place).
import { describe, expect, it } from 'vitest';
import { analyze, pageFromText } from '../../src/analysis/analyze';

export const summary = (lang: string, paragraphs: string[]) => analyze(pageFromText(['Titel', ...paragraphs].join('\n\n')), { lang });

export interface SpeakerCase { why: string; origin: string; lang: string; paragraphs: string[]; want: { text: string; speaker: string | null }[] }

/** Each case's quotations, found by their first words, have the speakers it wants. */
export function describeSpeakers(title: string, cases: SpeakerCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(`${c.why} [${c.origin}]`, () => {
        const s = summary(c.lang, c.paragraphs);
        for (const w of c.want) expect(s.quotes.find((q) => q.text.startsWith(w.text))?.speaker, `${w.text} in ${JSON.stringify(s.quotes)}`).toBe(w.speaker);
      });
    }
  });
}

export interface RoleCase { why: string; origin: string; lang: string; paragraphs: string[]; want: { name: string; role: string | null }[]; absent?: string[]; places?: string[] }

/** Each case's people, found by their printed names, have the roles it wants; the names in `absent` are no actors. */
export function describeRoles(title: string, cases: RoleCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(`${c.why} [${c.origin}]`, () => {
        const actors = summary(c.lang, c.paragraphs).actors;
        for (const w of c.want) {
          const a = actors.find((x) => x.name === w.name);
          expect(a, `${w.name} in ${JSON.stringify(actors.map((x) => [x.name, x.role]))}`).toBeTruthy();
          expect(a!.role ?? null).toBe(w.role);
        }
        for (const n of c.absent ?? []) expect(actors.map((x) => x.name)).not.toContain(n);
        for (const n of c.places ?? []) expect(actors.find((x) => x.name === n)?.kind, `${n} in ${JSON.stringify(actors.map((x) => [x.name, x.kind]))}`).toBe('place');
      });
    }
  });
}
