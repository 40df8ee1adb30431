import { useEffect, useSyncExternalStore } from 'react';
import {
  checkModels,
  currentState,
  downloadModels,
  subscribe,
} from '../offline-models/offline-models';
import { offlineModelsText } from '../offline-models/status-sentence';
import { SettingsSection } from './SettingsSection';

/** Whether a call can read face, voice and words with no connection, and a button when it cannot yet. */
export function OfflineModelsSection() {
  const state = useSyncExternalStore(subscribe, currentState);
  useEffect(() => {
    if (currentState().kind === 'checking') void checkModels();
  }, []);
  const { sentence, hint, action } = offlineModelsText(state);
  return (
    <SettingsSection
      title="Offline calls"
      description="A call reads your face, voice and words with models that run on this device. Once they are downloaded, a call reads all three with no connection."
    >
      <p role="status" data-testid="offline-models-status">
        {sentence}
      </p>
      {hint && (
        <p className="field-hint" data-testid="offline-models-hint">
          {hint}
        </p>
      )}
      {action && (
        <button
          type="button"
          className="button"
          onClick={() => void downloadModels()}
          data-testid="offline-models-download"
        >
          {action}
        </button>
      )}
    </SettingsSection>
  );
}
