/**
 * /debug/perception: the face worker's live output on this device's camera. Frames go to the
 * worker and only its labels and scores come back; nothing is stored or sent anywhere.
 */
import { useEffect, useRef, useState } from 'react';
import type { FaceResult, FaceStatus, WorkerError } from '../../../workers/face/reading';
import type { FaceWorkerApi } from '../../../workers/face/worker';
import { loadWithin, type WorkerHandle } from '../perception/worker-handle';
import { startFaceWorker } from '../perception/workers';
import { FaceReadingView, statusSentence } from './FaceReadingView';
import { loadFaceModels, pumpFrames, type FramePump } from '../perception/frame-pump';

export function PerceptionDebugPage() {
  const video = useRef<HTMLVideoElement>(null);
  const running = useRef<{
    worker: WorkerHandle<FaceWorkerApi>;
    pump?: FramePump;
    stream: MediaStream;
  }>(undefined);
  const [status, setStatus] = useState<FaceStatus>();
  const [result, setResult] = useState<FaceResult>();
  const [cameraError, setCameraError] = useState<string>();

  const stop = () => {
    const current = running.current;
    running.current = undefined;
    current?.pump?.stop();
    current?.stream.getTracks().forEach((track) => track.stop());
    current?.worker.terminate();
  };
  useEffect(() => stop, []);

  const start = async () => {
    if (running.current || !video.current) return;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
    } catch (error) {
      setCameraError(`The camera could not be opened: ${(error as Error).message}`);
      return;
    }
    // The modality turns off and says why; the camera is released and the rest carries on.
    const turnOff = (error: WorkerError) => {
      if (running.current?.worker === worker) stop();
      setStatus({ state: 'off', error });
    };
    const worker = startFaceWorker((message) =>
      turnOff({ type: 'error', message: `the face worker stopped (${message})` }),
    );
    running.current = { worker, stream };
    video.current.srcObject = stream;
    await video.current.play();
    const loaded = await loadWithin(worker, loadFaceModels(worker.api, setStatus), 'face models');
    if (running.current?.worker !== worker) return;
    if (loaded.state !== 'ready') {
      return turnOff(
        loaded.state === 'off' ? loaded.error : { type: 'error', message: 'not ready' },
      );
    }
    running.current.pump = pumpFrames(video.current, worker.api, (next) => {
      if (next.type === 'error') turnOff(next);
      else setResult(next);
    });
  };

  return (
    <section className="debug-perception" aria-labelledby="debug-title">
      <h1 id="debug-title">Perception debug</h1>
      <p>Frames are analysed on this device; only labels and scores leave the face worker.</p>
      <button type="button" data-testid="debug-start" onClick={() => void start()}>
        Start camera
      </button>
      <button type="button" onClick={stop}>
        Stop
      </button>
      <p data-testid="face-status" data-state={status?.state ?? 'idle'} role="status">
        {cameraError ?? statusSentence(status)}
      </p>
      <video ref={video} muted playsInline width={320} height={240} />
      <FaceReadingView result={result} />
    </section>
  );
}
