import { useState, type FormEvent } from 'react';
import { KNOWN_REGIONS, regionFromLocale } from '../../../core/text/crisis';
import type { Preferences } from '../sync/api-types';
import { FormError } from '../ui/FormError';
import { OfflineNote, useNeedsConnection } from '../ui/OfflineNote';
import { useAction } from '../ui/use-action';
import { updatePreferences } from './preferences';
import { SettingsSection } from './SettingsSection';

type ConversationChoices = Pick<Preferences, 'llm_enabled' | 'crisis_region'>;

/** ISO 3166's user-assigned code for an unknown region: the lines for anywhere, and 112/911. */
const ELSEWHERE = 'ZZ';

/** The regions whose emergency number RIVION knows, named in the person's language. */
function regionChoices(locales: readonly string[]) {
  const names = new Intl.DisplayNames([...locales, 'en'], { type: 'region' });
  return KNOWN_REGIONS.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

export function ConversationSection({
  saved,
  save = updatePreferences,
  locales = globalThis.navigator?.languages ?? [],
}: {
  saved: ConversationChoices;
  save?: (update: ConversationChoices) => Promise<void>;
  locales?: readonly string[];
}) {
  const [draft, setDraft] = useState<ConversationChoices>({
    llm_enabled: saved.llm_enabled,
    crisis_region: saved.crisis_region,
  });
  const [done, setDone] = useState(false);
  const { run, pending, error } = useAction(save);
  const connection = useNeedsConnection('conversation-offline');
  const regions = regionChoices(locales);
  const fromLocale = regionFromLocale(locales);
  const localeName = regions.find((r) => r.code === fromLocale)?.name ?? 'not listed';

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
            {regions.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
            <option value={ELSEWHERE}>Another country</option>
          </select>
        </div>
        <OfflineNote id="conversation-offline" what="Saving these settings" />
        <FormError message={error} />
        <div className="form-actions">
          {done && (
            <p className="saved-note" role="status">
              Saved.
            </p>
          )}
          <button className="button button--primary" disabled={pending} {...connection.buttonProps}>
            Save conversation settings
          </button>
        </div>
      </form>
    </SettingsSection>
  );
}
