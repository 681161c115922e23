// The settings as storage.sync hands them back: each field checked, anything unknown the default, so
// an old, partial or hand-edited value can never break the popup.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, withChange } from '../../src/shared/settings';

describe('parseSettings', () => {
  it.each([
    ['nothing stored (first run)', undefined, DEFAULT_SETTINGS],
    ['a non-object', 'short', DEFAULT_SETTINGS],
    ['a valid choice kept', { length: 'short', copyFormat: 'html' }, { ...DEFAULT_SETTINGS, length: 'short', copyFormat: 'html' }],
    ['an unknown length dropped', { length: 'huge' }, DEFAULT_SETTINGS],
    ['an unknown format dropped', { copyFormat: 'pdf' }, DEFAULT_SETTINGS],
    ['one section switched off, the others default', { sections: { quotes: false } }, { ...DEFAULT_SETTINGS, sections: { ...DEFAULT_SETTINGS.sections, quotes: false } }],
    ['a section given as a string is not a boolean', { sections: { actors: 'no' } }, DEFAULT_SETTINGS],
    ['unknown keys ignored', { length: 'long', colour: 'red' }, { ...DEFAULT_SETTINGS, length: 'long' }],
  ] as [string, unknown, typeof DEFAULT_SETTINGS][])('%s', (_what, raw, expected) => expect(parseSettings(raw)).toEqual(expected));

  it('defaults to the medium length (2-3 sentences) and Markdown, every section shown', () => {
    expect(DEFAULT_SETTINGS.length).toBe('medium');
    expect(DEFAULT_SETTINGS.copyFormat).toBe('markdown');
    expect(Object.values(DEFAULT_SETTINGS.sections).every(Boolean)).toBe(true);
  });
});

describe('withChange', () => {
  it('changes one section and keeps the others', () => {
    const next = withChange(DEFAULT_SETTINGS, { sections: { removed: false } });
    expect(next.sections).toEqual({ summary: true, actors: true, quotes: true, removed: false });
    expect(DEFAULT_SETTINGS.sections.removed, 'the defaults are not mutated').toBe(true);
  });
  it('refuses an invalid value', () => expect(withChange(DEFAULT_SETTINGS, { length: 'x' as never }).length).toBe('medium'));
});
