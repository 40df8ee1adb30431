/**
 * The sentence a person reads when a camera or microphone cannot be used. The call goes on with
 * what is left, so each sentence says so and what they can do about it.
 */
export type Device = 'camera' | 'microphone';

const NAMES: Record<Device, { the: string; reads: string }> = {
  camera: { the: 'The camera', reads: 'your face' },
  microphone: { the: 'The microphone', reads: 'your voice' },
};

/** `error` is what getUserMedia threw (a DOMException whose name tells the cause). */
export function deviceSentence(device: Device, error: unknown): string {
  const { the, reads } = NAMES[device];
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  const rest = `The call goes on without reading ${reads}; typing works.`;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `${the} was not allowed. ${rest} You can allow it in the browser's site settings and switch it on again.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No ${device} was found on this device. ${rest}`;
    case 'NotReadableError':
    case 'AbortError':
      return `${the} is in use by another app or could not start. ${rest} Close the other app and switch it on again.`;
    default:
      return `${the} could not be opened. ${rest}`;
  }
}

/** The sentence when a modality's worker stopped or never loaded. */
export function workerOffSentence(device: Device): string {
  return device === 'camera'
    ? 'Reading your face stopped working on this device, so it is off; the call goes on.'
    : 'Reading your voice stopped working on this device, so it is off; the call goes on.';
}

/** The sentence when the person switched a modality off themselves. */
export function switchedOffSentence(device: Device): string {
  return device === 'camera'
    ? 'The camera is off: nothing about your face is read.'
    : 'The microphone is off: nothing about your voice is read.';
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}
