/**
 * Which signals this device reads during a call, and whether replies are spoken: the person's
 * standing choice from Settings, kept on the device (local-settings.ts). The call page starts
 * from these and can still switch each one off or on mid-call without changing them.
 */
import { readLocalSetting, useLocalSetting, writeLocalSetting } from './local-settings';

export interface ModalityPreferences {
  /** Read emotion from the face (webcam). */
  camera: boolean;
  /** Read emotion from the voice (microphone), and let the person talk. */
  microphone: boolean;
  /**
   * Read emotion and sentiment from what the person writes or says. The crisis check runs
   * whatever this says: safety is not a preference.
   */
  textAnalysis: boolean;
  /** Speak the companion's replies with the browser's on-device voices. */
  spokenReplies: boolean;
}

export const DEFAULT_MODALITIES: ModalityPreferences = {
  camera: true,
  microphone: true,
  textAnalysis: true,
  spokenReplies: false,
};

const KEY = 'modalities';

/** The stored choice, each missing field taken from the defaults. */
export function readModalityPreferences(): ModalityPreferences {
  return { ...DEFAULT_MODALITIES, ...readLocalSetting<Partial<ModalityPreferences>>(KEY, {}) };
}

export function saveModalityPreferences(update: Partial<ModalityPreferences>): void {
  writeLocalSetting(KEY, { ...readModalityPreferences(), ...update });
}

/** The stored choice, live: a change in Settings (or another tab) re-renders the caller. */
export function useModalityPreferences(): ModalityPreferences {
  return { ...DEFAULT_MODALITIES, ...useLocalSetting<Partial<ModalityPreferences>>(KEY, {}) };
}
