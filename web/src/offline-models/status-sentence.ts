/** What the settings page says about the models for offline calls. Pure, so each sentence is tested. */

export type OfflineModelsState =
  | { kind: 'checking' }
  /** No Cache API (an insecure origin, or storage switched off). */
  | { kind: 'unavailable' }
  | { kind: 'missing'; bytes: number; why: 'save-data' | 'offline' | 'not-started' }
  /** `done` of `total` files are on the device; the next one is on its way. */
  | { kind: 'downloading'; done: number; total: number }
  | { kind: 'ready'; bytes: number }
  | { kind: 'failed'; message: string };

export interface OfflineModelsText {
  sentence: string;
  /** Why it is so, when the sentence alone does not say. */
  hint?: string;
  /** The button's label, when the person can do something. */
  action?: 'Download now' | 'Try again';
}

const LABEL = 'Models for offline calls';

/** "91 MB", "3.3 MB": whole megabytes once there are ten of them. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

const MISSING_HINT = {
  'save-data': 'Your browser asks to save data, so they are not downloaded by themselves.',
  offline: 'They download by themselves when you are online.',
  'not-started': undefined,
} as const;

export function offlineModelsText(state: OfflineModelsState): OfflineModelsText {
  switch (state.kind) {
    case 'checking':
      return { sentence: `${LABEL}: checking this device…` };
    case 'unavailable':
      return {
        sentence: `${LABEL}: this browser cannot keep them.`,
        hint: 'Reading your face, voice and words in a call needs a connection here.',
      };
    case 'missing':
      return {
        sentence: `${LABEL}: not downloaded (${megabytes(state.bytes)}).`,
        hint: MISSING_HINT[state.why],
        action: 'Download now',
      };
    case 'downloading':
      return {
        sentence: `${LABEL}: downloading ${Math.min(state.done + 1, state.total)} of ${state.total}.`,
      };
    case 'ready':
      return { sentence: `${LABEL}: ready on this device (${megabytes(state.bytes)}).` };
    case 'failed':
      return {
        sentence: `${LABEL}: not fully downloaded.`,
        hint: state.message,
        action: 'Try again',
      };
  }
}
