import { useId } from 'react';
import { KNOWN_REGIONS } from '../../../core/text/crisis';
import { chooseRegion, deviceRegion, useChosenRegion } from '../safety/region';
import { SettingsSection } from './SettingsSection';

/** "GB" → "United Kingdom", in the browser's language. */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where the person is, for the helplines and emergency number RIVION shows when it worries. */
export function CrisisRegionSection() {
  const chosen = useChosenRegion();
  const id = useId();
  const fromBrowser = deviceRegion();
  const regions = [...KNOWN_REGIONS].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return (
    <SettingsSection
      title="Helplines"
      description="If something you write sounds like you might be in danger, RIVION shows helplines and the emergency number for this country. The choice stays on this device."
    >
      <div className="field">
        <label htmlFor={id}>Country</label>
        <select
          id={id}
          value={chosen ?? ''}
          disabled={chosen === undefined}
          onChange={(event) => void chooseRegion(event.target.value)}
          data-testid="crisis-region"
        >
          <option value="">
            {fromBrowser ? `From this browser (${countryName(fromBrowser)})` : 'From this browser'}
          </option>
          {regions.map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
          <option value="ZZ">Another country</option>
        </select>
      </div>
    </SettingsSection>
  );
}
