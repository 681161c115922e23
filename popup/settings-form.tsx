// The settings as a form, the same on the options page and in the popup's menu: summary length, what
// copy writes, which sections show, and the shortcuts. Each control saves at once.
import type { JSX } from 'preact';
import { COPY_FORMATS, LENGTHS, SECTIONS, type Settings } from '../src/shared/settings';
import { t, type MessageKey } from '../src/shared/i18n';
import type { SaveState, SettingsChange } from './use-settings';
import { ShortcutKeys } from './shortcut-keys';

const LENGTH_LABEL = { short: 'lengthShort', medium: 'lengthMedium', long: 'lengthLong' } as const satisfies Record<string, MessageKey>;
const FORMAT_LABEL = { markdown: 'copyFormatMarkdown', text: 'copyFormatText', html: 'copyFormatHtml' } as const satisfies Record<string, MessageKey>;
const SECTION_LABEL = { summary: 'sectionSummary', actors: 'sectionActors', quotes: 'sectionQuotes', removed: 'sectionRemoved' } as const satisfies Record<string, MessageKey>;

interface Props {
  settings: Settings;
  update: (change: SettingsChange) => void;
  save: SaveState;
  /** Distinguishes the ids when the form appears twice in one document (never today; cheap insurance). */
  idPrefix: string;
}

export function SettingsForm({ settings, update, save, idPrefix }: Props) {
  const radio = (group: string, value: string, checked: boolean, label: string, onChange: () => void): JSX.Element => (
    <label key={value} class="choice">
      <input type="radio" name={`${idPrefix}-${group}`} value={value} checked={checked} onChange={onChange} />
      <span>{label}</span>
    </label>
  );
  return (
    <form class="settings-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset class="field">
        <legend>{t('lengthLegend')}</legend>
        {LENGTHS.map((l) => radio('length', l, settings.length === l, t(LENGTH_LABEL[l]), () => update({ length: l })))}
      </fieldset>
      <fieldset class="field">
        <legend>{t('copyLegend')}</legend>
        {COPY_FORMATS.map((f) => radio('copy', f, settings.copyFormat === f, t(FORMAT_LABEL[f]), () => update({ copyFormat: f })))}
      </fieldset>
      <fieldset class="field">
        <legend>{t('sectionsLegend')}</legend>
        {SECTIONS.map((s) => (
          <label key={s} class="choice">
            <input type="checkbox" name={`${idPrefix}-section-${s}`} value={s} checked={settings.sections[s]}
              onChange={(e) => update({ sections: { [s]: (e.currentTarget as HTMLInputElement).checked } })} />
            <span>{t(SECTION_LABEL[s])}</span>
          </label>
        ))}
      </fieldset>
      <ShortcutKeys />
      <p class={`save-status ${save.kind}`} role="status" aria-live="polite">
        {save.kind === 'saved' ? t('settingsSaved') : save.kind === 'failed' ? t('settingsFailed', save.message) : ''}
      </p>
    </form>
  );
}
