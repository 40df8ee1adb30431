/**
 * Live voice readings from the microphone. The worker starts when listening starts and is
 * terminated when it stops or the component unmounts; a modality that fails turns off and says so.
 */
import { proxy, transfer } from 'comlink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VoiceReading, VoiceResult } from '../../../workers/voice/reading';
import type { ModelStatus, WorkerError } from '../../../workers/shared/status';
import { openMicrophone, type Microphone } from './microphone';
import { statusSentence } from './status-sentence';
import { loadWithin, type WorkerHandle } from './worker-handle';
import type { VoiceWorkerApi } from '../../../workers/voice/worker';
import { startVoiceWorker } from './workers';

const off = (message: string): ModelStatus => ({ state: 'off', error: { type: 'error', message } });

export interface VoiceWorkerState {
  status: ModelStatus | undefined;
  /** A plain sentence for the status line. */
  sentence: string;
  /** Technical detail when voice is off (also logged to the console). */
  detail: string | undefined;
  reading: VoiceReading | undefined;
  listening: boolean;
  /** What opening the microphone threw (its name says refused, missing or busy), if it failed. */
  micError: unknown;
  /** The microphone's loudness now, 0..1; 0 when not listening. */
  level(): number;
  start(): Promise<void>;
  stop(): void;
}

export function useVoiceWorker(): VoiceWorkerState {
  const running = useRef<{ worker: WorkerHandle<VoiceWorkerApi>; mic?: Microphone }>(undefined);
  const [status, setStatus] = useState<ModelStatus>();
  const [reading, setReading] = useState<VoiceReading>();
  const [micError, setMicError] = useState<unknown>();
  const [listening, setListening] = useState(false);

  const stop = useCallback(() => {
    const current = running.current;
    running.current = undefined;
    current?.mic?.stop();
    current?.worker.terminate();
    setListening(false);
  }, []);
  useEffect(() => stop, [stop]);

  const turnOff = useCallback(
    (error: WorkerError | string) => {
      const message = typeof error === 'string' ? error : error.message;
      console.error(`Voice analysis is off: ${message}`);
      stop();
      setStatus(off(message));
    },
    [stop],
  );

  const start = useCallback(async () => {
    if (running.current) return;
    setMicError(undefined);
    const worker = startVoiceWorker(turnOff);
    running.current = { worker };
    let mic: Microphone;
    try {
      mic = await openMicrophone();
    } catch (error) {
      setMicError(error);
      turnOff(`the microphone could not be opened (${(error as Error).message})`);
      return;
    }
    if (running.current?.worker !== worker) return mic.stop();
    running.current.mic = mic;
    const loaded = await loadWithin(worker, worker.api.load({}, proxy(setStatus)), 'voice models');
    if (running.current?.worker !== worker) return;
    if (loaded.state !== 'ready')
      return turnOff(loaded.state === 'off' ? loaded.error : 'not ready');
    const onResult = (result: VoiceResult) => {
      if (result.type === 'voice') setReading(result);
      else if (result.type === 'error') turnOff(result);
    };
    const port = transfer(mic.port, [mic.port]);
    if (!(await worker.api.listen(port, mic.sampleRate, proxy(onResult)))) {
      return turnOff('the voice models are not loaded');
    }
    setListening(true);
  }, [turnOff]);

  const reason = micError
    ? 'the microphone could not be opened'
    : 'the voice model could not be loaded';
  return {
    status,
    sentence: statusSentence('Voice analysis', status, reason),
    detail: status?.state === 'off' ? status.error.message : undefined,
    reading,
    listening,
    micError,
    level: () => running.current?.mic?.level() ?? 0,
    start,
    stop,
  };
}
