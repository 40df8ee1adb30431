/**
 * Text analysis in the text worker. The worker starts on first use (`prepare()` or the first
 * message) and is terminated after two idle minutes or on unmount. Crisis detection also runs here
 * at once, on the main thread, so crisis resources never wait for a worker or a model.
 */
import { proxy } from 'comlink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { detectCrisis, type CrisisResult } from '../../../core/text/crisis';
import { warmUpCrisisDetection } from '../../../core/text/crisis-warm-up';
import type { TextReading } from '../../../workers/text/reading';
import type { TextWorkerApi } from '../../../workers/text/worker';
import type { ModelStatus } from '../../../workers/shared/status';
import { statusSentence } from './status-sentence';
import type { WorkerHandle } from './worker-handle';
import { startTextWorker } from './workers';

const IDLE_MS = 120_000;

let crisisRulesWarm = false;
/**
 * The crisis rules' first run compiles their patterns (about 50 ms here); do that while the person
 * is still typing, so that sending the first message never stalls the page.
 */
function warmCrisisRules(): void {
  if (crisisRulesWarm) return;
  crisisRulesWarm = true;
  const warm = () =>
    void detectCrisis("I can't take this anymore, I want to give up on everything");
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2_000 });
  else setTimeout(warm, 0);
}

export interface AnalysedMessage {
  text: string;
  /** Known the moment the message is sent. */
  crisis: CrisisResult;
  /** The worker's full reading, once it is back (undefined if the worker could not answer). */
  reading?: TextReading;
}

export interface TextWorkerState {
  status: ModelStatus | undefined;
  sentence: string;
  detail: string | undefined;
  last: AnalysedMessage | undefined;
  /** Starts the worker and its model ahead of the first message. */
  prepare(): void;
  analyse(text: string): Promise<AnalysedMessage>;
}

export function useTextWorker(model?: string): TextWorkerState {
  const running = useRef<WorkerHandle<TextWorkerApi>>(undefined);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [status, setStatus] = useState<ModelStatus>();
  const [last, setLast] = useState<AnalysedMessage>();

  const terminate = useCallback(() => {
    clearTimeout(idle.current);
    running.current?.terminate();
    running.current = undefined;
  }, []);
  useEffect(() => terminate, [terminate]);

  const ensureWorker = useCallback(() => {
    clearTimeout(idle.current);
    idle.current = setTimeout(() => {
      terminate();
      setStatus(undefined);
    }, IDLE_MS);
    if (running.current) return running.current;
    const worker = startTextWorker((message) => {
      console.error(`Text analysis is off: ${message}`);
      setStatus({ state: 'off', error: { type: 'error', message } });
    });
    running.current = worker;
    void worker.api.load({ model }, proxy(setStatus)).then((loaded) => {
      if (loaded.state === 'off') console.error(`Text analysis is off: ${loaded.error.message}`);
    });
    return worker;
  }, [model, terminate]);

  const analyse = useCallback(
    async (text: string) => {
      const message: AnalysedMessage = { text, crisis: detectCrisis(text) };
      setLast(message);
      try {
        const reading = await ensureWorker().api.analyse(text);
        const answered = { ...message, reading };
        setLast((current) => (current === message ? answered : current));
        return answered;
      } catch (error) {
        console.error('text worker could not analyse a message', error);
        return message;
      }
    },
    [ensureWorker],
  );

  return {
    status,
    sentence: statusSentence(
      'Text emotion analysis',
      status,
      'the text model could not be loaded; sentiment and safety checks still run',
    ),
    detail: status?.state === 'off' ? status.error.message : undefined,
    last,
    prepare: () => {
      ensureWorker();
      warmCrisisRules();
    },
    analyse,
  };
}
