import { describe, expect, it } from 'vitest';
import { deviceSentence, switchedOffSentence, workerOffSentence } from './device-sentence';
import { modalityNotes } from './modality-notes';

const thrown = (name: string) => new DOMException('message from the browser', name);

describe('deviceSentence', () => {
  it('tells refused, missing and busy apart, and says the call goes on', () => {
    expect(deviceSentence('camera', thrown('NotAllowedError'))).toMatch(
      /^The camera was not allowed\. The call goes on without reading your face; typing works\./,
    );
    expect(deviceSentence('microphone', thrown('NotFoundError'))).toMatch(
      /^No microphone was found on this device\. The call goes on without reading your voice/,
    );
    expect(deviceSentence('camera', thrown('NotReadableError'))).toMatch(
      /^The camera is in use by another app or could not start\./,
    );
    expect(deviceSentence('camera', new Error('odd'))).toMatch(/^The camera could not be opened\./);
    expect(deviceSentence('camera', 'not an error')).toMatch(/^The camera could not be opened\./);
  });

  it('never shows the browser’s own technical message', () => {
    expect(deviceSentence('camera', thrown('NotAllowedError'))).not.toContain(
      'message from the browser',
    );
  });
});

describe('modalityNotes', () => {
  const quiet = { micError: undefined, status: undefined, listening: false };

  it('says nothing before a call with everything wanted', () => {
    expect(
      modalityNotes({
        inCall: false,
        wanted: { camera: true, microphone: true },
        camera: { problem: null },
        voice: quiet,
      }),
    ).toEqual([]);
  });

  it('says which modality is off and why, the problem before the switch', () => {
    const notes = modalityNotes({
      inCall: true,
      wanted: { camera: true, microphone: false },
      camera: { problem: { kind: 'worker', message: 'the face worker stopped' } },
      voice: quiet,
    });
    expect(notes).toEqual([workerOffSentence('camera'), switchedOffSentence('microphone')]);
  });

  it('names a refused microphone and a voice worker that failed', () => {
    const refused = modalityNotes({
      inCall: true,
      wanted: { camera: false, microphone: true },
      camera: { problem: null },
      voice: { ...quiet, micError: thrown('NotAllowedError') },
    });
    expect(refused).toEqual([
      switchedOffSentence('camera'),
      deviceSentence('microphone', thrown('NotAllowedError')),
    ]);
    const failed = modalityNotes({
      inCall: true,
      wanted: { camera: true, microphone: true },
      camera: { problem: null },
      voice: { ...quiet, status: { state: 'off', error: { type: 'error', message: 'x' } } },
    });
    expect(failed).toEqual([workerOffSentence('microphone')]);
  });
});
