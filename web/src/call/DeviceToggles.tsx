/** Camera and microphone switches, the same before and during the call. */
import type { Wanted } from './useCall';

export function DeviceToggles({
  checked,
  onChange,
}: {
  checked: Wanted;
  onChange(device: keyof Wanted, on: boolean): void;
}) {
  return (
    <fieldset className="call-toggles">
      <legend className="visually-hidden">What RIVION may use</legend>
      <label>
        <input
          type="checkbox"
          checked={checked.camera}
          onChange={(event) => onChange('camera', event.target.checked)}
          data-testid="call-toggle-camera"
        />{' '}
        Camera
      </label>
      <label>
        <input
          type="checkbox"
          checked={checked.microphone}
          onChange={(event) => onChange('microphone', event.target.checked)}
          data-testid="call-toggle-microphone"
        />{' '}
        Microphone
      </label>
    </fieldset>
  );
}
