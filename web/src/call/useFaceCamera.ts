/**
 * The camera and the face worker for a call. The video element plays the camera stream itself, so
 * the self-view runs at the camera's rate whatever the worker does; frames go to the worker one at
 * a time (skipped while it is busy) and only labels and scores come back. A refused camera or a
 * worker that fails turns this modality off with a reason; the call carries on.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FaceReading, WorkerError } from '../../../workers/face/reading';
import type { FaceWorkerApi } from '../../../workers/face/worker';
import { loadFaceModels, sendFrames, type FramePump } from '../perception/frame-pump';
import { loadWithin, type WorkerHandle } from '../perception/worker-handle';
import { startFaceWorker } from '../perception/workers';
import { openCamera } from './camera';

/** Frames go to the face worker at this width at most (640×360 from a 1280×720 camera). */
const ANALYSED_WIDTH = 640;

/** Why the camera is off: refused/missing/busy (the thrown error), or the worker failed. */
export type CameraProblem =
  { kind: 'device'; error: unknown } | { kind: 'worker'; message: string };

export interface FaceCamera {
  running: boolean;
  /** The camera's stream while it runs. */
  stream: MediaStream | null;
  /** The self-view's ref: the stream plays in it directly, at the camera's own rate. */
  attach(video: HTMLVideoElement | null): void;
  problem: CameraProblem | null;
  start(): Promise<void>;
  stop(): void;
}

interface Running {
  stream: MediaStream;
  worker?: WorkerHandle<FaceWorkerApi>;
  pump?: FramePump;
}

export function useFaceCamera(onReading: (reading: FaceReading) => void): FaceCamera {
  const running = useRef<Running>(undefined);
  const video = useRef<HTMLVideoElement | null>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const latestOnReading = useRef(onReading);
  useLayoutEffect(() => {
    latestOnReading.current = onReading;
  });

  const attach = useCallback((element: HTMLVideoElement | null) => {
    video.current = element;
    if (element) play(element, running.current?.stream ?? null);
  }, []);
  useEffect(() => {
    if (video.current) play(video.current, stream);
  }, [stream]);

  const stop = useCallback(() => {
    const current = running.current;
    running.current = undefined;
    current?.pump?.stop();
    current?.worker?.terminate();
    current?.stream.getTracks().forEach((track) => track.stop());
    setStream(null);
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(async () => {
    if (running.current) return;
    setProblem(null);
    let opened: MediaStream;
    try {
      opened = await openCamera();
    } catch (error) {
      setProblem({ kind: 'device', error });
      return;
    }
    const mine: Running = { stream: opened };
    running.current = mine;
    setStream(opened);
    const failed = (error: WorkerError | string) => {
      if (running.current !== mine) return;
      const message = typeof error === 'string' ? error : error.message;
      console.error(`Face analysis is off: ${message}`);
      // Nothing reads the camera any more, so it is released (the self-view goes with it).
      stop();
      setProblem({ kind: 'worker', message });
    };
    const worker = startFaceWorker((message) => failed(`the face worker stopped (${message})`));
    mine.worker = worker;
    const loaded = await loadWithin(
      worker,
      loadFaceModels(worker.api, () => undefined),
      'face models',
    );
    if (running.current !== mine) return;
    if (loaded.state !== 'ready') {
      return failed(loaded.state === 'off' ? loaded.error : 'the face models are not ready');
    }
    if (!video.current) return failed('the self-view is not on the page');
    const track = opened.getVideoTracks()[0];
    if (!track) return failed('the camera gave no video');
    mine.pump = sendFrames(
      video.current,
      track,
      worker.api,
      (result) => {
        if (result.type === 'error') failed(result);
        else if (result.type === 'face') latestOnReading.current(result);
      },
      ANALYSED_WIDTH,
    );
  }, [stop]);

  return { running: stream !== null, stream, attach, problem, start, stop };
}

function play(element: HTMLVideoElement, stream: MediaStream | null): void {
  if (element.srcObject === stream) return;
  element.srcObject = stream;
  // A muted stream may autoplay; a rejected play() only means the browser starts it itself.
  if (stream) void element.play().catch(() => undefined);
}
