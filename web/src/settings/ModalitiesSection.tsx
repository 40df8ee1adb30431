import { useState } from 'react';
import {
  saveModalityPreferences,
  useModalityPreferences,
  type ModalityPreferences,
} from './modalities';
import { SettingsSection } from './SettingsSection';

const CHOICES: { key: keyof ModalityPreferences; label: string; hint: string }[] = [
  {
    key: 'camera',
    label: 'Camera',
    hint: 'Reads your expression during a call. The picture never leaves this device.',
  },
  {
    key: 'microphone',
    label: 'Microphone',
    hint: 'Reads your tone of voice and lets you talk. The sound never leaves this device.',
  },
  {
    key: 'textAnalysis',
    label: 'Reading my words',
    hint: 'Reads the feeling in what you write or say. The crisis check always runs.',
  },
  {
    key: 'spokenReplies',
    label: 'Spoken replies',
    hint: "Reads the companion's replies aloud with this device's own voices.",
  },
];

/** What a call uses, chosen per device and saved at once: it needs no connection. */
export function ModalitiesSection() {
  const current = useModalityPreferences();
  const [saved, setSaved] = useState(false);

  function change(key: keyof ModalityPreferences, on: boolean) {
    saveModalityPreferences({ [key]: on });
    setSaved(true);
  }

  return (
    <SettingsSection
      title="During a call"
      description="Your starting choice on this device; you can still switch each one off or on during a call. Camera and microphone are only asked for when you start a call."
    >
      <div className="form">
        {CHOICES.map(({ key, label, hint }) => (
          <div key={key}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={current[key]}
                onChange={(event) => change(key, event.target.checked)}
                aria-describedby={`modality-${key}-hint`}
                data-testid={`settings-modality-${key}`}
              />
              <span>{label}</span>
            </label>
            <p id={`modality-${key}-hint`} className="field-hint">
              {hint}
            </p>
          </div>
        ))}
        {saved && (
          <p className="saved-note" role="status">
            Saved on this device.
          </p>
        )}
      </div>
    </SettingsSection>
  );
}
