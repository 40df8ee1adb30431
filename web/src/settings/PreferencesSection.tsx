import { useState, type FormEvent } from 'react';
import type { Preferences, Theme } from '../sync/api-types';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { OfflineNote, useNeedsConnection } from '../ui/OfflineNote';
import { useAction } from '../ui/use-action';
import { updatePreferences } from './preferences';
import { SettingsSection } from './SettingsSection';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Match this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Editable once the server's copy is known; the form starts from it and saves all at once. */
export function PreferencesSection({ saved }: { saved: Preferences }) {
  const [draft, setDraft] = useState(saved);
  const [done, setDone] = useState(false);
  const { run, pending, error } = useAction(updatePreferences);
  const connection = useNeedsConnection('preferences-offline');

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Only this form's fields: the conversation section saves its own, and a stale copy here
    // must not undo them.
    const { theme, notification_enabled, data_retention_days } = draft;
    setDone(await run({ theme, notification_enabled, data_retention_days }));
  }

  function change(update: Partial<Preferences>) {
    setDraft((current) => ({ ...current, ...update }));
    setDone(false);
  }

  return (
    <SettingsSection title="Preferences">
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset className="choice-group">
          <legend>Appearance</legend>
          {THEMES.map(({ value, label }) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="theme"
                checked={draft.theme === value}
                onChange={() => change({ theme: value })}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.notification_enabled}
            onChange={(event) => change({ notification_enabled: event.target.checked })}
          />
          <span>Allow reminders and notifications</span>
        </label>
        <Field
          label="Keep my data for (days)"
          type="number"
          min={7}
          max={3650}
          required
          value={draft.data_retention_days}
          onChange={(event) => change({ data_retention_days: Number(event.target.value) })}
          hint="Between 7 and 3650 days. Conversations and emotion readings older than this are deleted automatically; journal entries stay until you delete them."
        />
        <OfflineNote id="preferences-offline" what="Saving preferences" />
        <FormError message={error} />
        <div className="form-actions">
          {done && (
            <p className="saved-note" role="status">
              Saved.
            </p>
          )}
          <button className="button button--primary" disabled={pending} {...connection.buttonProps}>
            Save preferences
          </button>
        </div>
      </form>
    </SettingsSection>
  );
}
