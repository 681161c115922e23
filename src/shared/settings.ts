// The reader's settings: what they are, their defaults, and how a stored value is read back. Pure (no
// browser API), so the popup, the options page, the background and the unit tests share it. Whatever
// storage holds is checked field by field: an old or hand-edited value falls back to the default.
import type { SummaryLength } from '../analysis/types';

/** What the copy button and the copy-summary command write. */
export type CopyFormat = 'markdown' | 'text' | 'html';
export type SectionName = 'summary' | 'actors' | 'quotes' | 'removed';

export interface Settings {
  length: SummaryLength;
  copyFormat: CopyFormat;
  /** Which sections the popup shows (and the copy writes). The headline block is always there. */
  sections: Record<SectionName, boolean>;
}

export const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
export const COPY_FORMATS: readonly CopyFormat[] = ['markdown', 'text', 'html'];
export const SECTIONS: readonly SectionName[] = ['summary', 'actors', 'quotes', 'removed'];

/** The popup lists at most this many actors (the analysis ranks them; the rest are minor mentions). */
export const MAX_ACTORS = 8;

export const DEFAULT_SETTINGS: Settings = {
  length: 'medium',
  copyFormat: 'markdown',
  sections: { summary: true, actors: true, quotes: true, removed: true },
};

/** The storage.sync key the settings live under (one object: one write, one change event). */
export const SETTINGS_KEY = 'settings';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const oneOf = <T extends string>(allowed: readonly T[], v: unknown, fallback: T): T =>
  (allowed as readonly unknown[]).includes(v) ? (v as T) : fallback;

/** Settings from whatever storage held: each field checked, anything else the default. */
export function parseSettings(raw: unknown): Settings {
  const r = isObject(raw) ? raw : {};
  const sections = isObject(r.sections) ? r.sections : {};
  return {
    length: oneOf(LENGTHS, r.length, DEFAULT_SETTINGS.length),
    copyFormat: oneOf(COPY_FORMATS, r.copyFormat, DEFAULT_SETTINGS.copyFormat),
    sections: Object.fromEntries(SECTIONS.map((s) => [s, typeof sections[s] === 'boolean' ? sections[s] : DEFAULT_SETTINGS.sections[s]])) as Settings['sections'],
  };
}

/** The settings with one change applied (the form's controls each change one field). */
export function withChange(settings: Settings, change: Partial<Omit<Settings, 'sections'>> & { sections?: Partial<Settings['sections']> }): Settings {
  return parseSettings({ ...settings, ...change, sections: { ...settings.sections, ...change.sections } });
}
