import { useState, type FormEvent } from 'react';
import { KNOWN_REGIONS } from '../../../core/text/crisis';
import { regionFromLocale } from '../chat/region';
import type { Preferences } from '../sync/api-types';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/use-action';
import { updatePreferences } from './preferences';
import { SettingsSection } from './SettingsSection';

type ConversationChoices = Pick<Preferences, 'llm_enabled' | 'crisis_region'>;

/** "GB" → "United Kingdom" (in English, as the rest of the page is). */
const countryName = (code: string) =>
  new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

/**
 * Countries whose emergency number RIVION knows (core/text/crisis/regions.ts), by name; each also
 * gets its own helplines or findahelpline.com. Anywhere else: "Another country".
 */
const REGIONS: { code: string; name: string }[] = KNOWN_REGIONS.map((code) => ({
  code,
  name: countryName(code),
})).sort((a, b) => a.name.localeCompare(b.name));
/** ISO 3166's user-assigned code for an unknown region: the server answers with findahelpline.com. */
const ELSEWHERE = 'ZZ';

export function ConversationSection({
  saved,
  save = updatePreferences,
  locale = globalThis.navigator?.language,
}: {
  saved: ConversationChoices;
  save?: (update: ConversationChoices) => Promise<void>;
  locale?: string;
}) {
  const [draft, setDraft] = useState<ConversationChoices>({
    llm_enabled: saved.llm_enabled,
    crisis_region: saved.crisis_region,
  });
  const [done, setDone] = useState(false);
  const { run, pending, error } = useAction(save);
  const fromLocale = regionFromLocale(locale);
  const localeName = REGIONS.find((r) => r.code === fromLocale)?.name ?? 'another country';

  function change(update: Partial<ConversationChoices>) {
    setDraft((current) => ({ ...current, ...update }));
    setDone(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(await run(draft));
  }

  return (
    <SettingsSection title="Conversation">
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.llm_enabled}
            onChange={(event) => change({ llm_enabled: event.target.checked })}
            aria-describedby="llm-what-leaves"
          />
          <span>Let an AI model write the companion&apos;s replies</span>
        </label>
        <p id="llm-what-leaves" className="field-hint">
          When this is on, your messages and the emotion labels are sent to the AI service this
          server uses; your face and voice never leave your device.
        </p>
        <div className="field">
          <label htmlFor="crisis-region">Crisis lines for</label>
          <select
            id="crisis-region"
            value={draft.crisis_region ?? ''}
            onChange={(event) => change({ crisis_region: event.target.value || null })}
          >
            <option value="">
              This device&apos;s region ({fromLocale ? localeName : 'not set'})
            </option>
            {REGIONS.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
            <option value={ELSEWHERE}>Another country</option>
          </select>
        </div>
        <FormError message={error} />
        <div className="form-actions">
          {done && (
            <p className="saved-note" role="status">
              Saved.
            </p>
          )}
          <button className="button button--primary" disabled={pending}>
            Save conversation settings
          </button>
        </div>
      </form>
    </SettingsSection>
  );
}
