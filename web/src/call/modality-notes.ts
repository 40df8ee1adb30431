/** The sentences under the toggles: which modality is off and why. */
import type { ModelStatus } from '../../../workers/shared/status';
import { deviceSentence, switchedOffSentence, workerOffSentence } from './device-sentence';
import type { CameraProblem } from './useFaceCamera';

export interface NotesInput {
  inCall: boolean;
  wanted: { camera: boolean; microphone: boolean };
  camera: { problem: CameraProblem | null };
  voice: { micError: unknown; status: ModelStatus | undefined; listening: boolean };
}

export function modalityNotes({ inCall, wanted, camera, voice }: NotesInput): string[] {
  const notes: string[] = [];
  if (camera.problem?.kind === 'device') notes.push(deviceSentence('camera', camera.problem.error));
  else if (camera.problem?.kind === 'worker') notes.push(workerOffSentence('camera'));
  else if (inCall && !wanted.camera) notes.push(switchedOffSentence('camera'));

  if (voice.micError !== undefined) notes.push(deviceSentence('microphone', voice.micError));
  else if (voice.status?.state === 'off' && wanted.microphone)
    notes.push(workerOffSentence('microphone'));
  else if (inCall && !wanted.microphone) notes.push(switchedOffSentence('microphone'));
  return notes;
}
