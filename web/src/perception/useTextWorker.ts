/**
 * Text analysis in the text worker. The worker starts on first use (`prepare()` or the first
 * message) and is terminated after two idle minutes or on unmount. Crisis detection does not wait
 * for it or its model: the small safety worker answers first (crisis-check.ts), and the page itself
 * if that worker cannot; the worker's reading, with the sentence encoder, may then raise the level.
 */
import { proxy } from 'comlink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CrisisResult } from '../../../core/text/crisis';
import { higherLevel } from '../../../core/text/encoder/heads';
import { checkCrisis, startCrisisCheck } from './crisis-check';
import type { TextReading, TextStatus } from '../../../workers/text/reading';
import type { TextWorkerApi } from '../../../workers/text/worker';
import { statusSentence } from './status-sentence';
import { loadWithin, type WorkerHandle } from './worker-handle';
import { startTextWorker } from './workers';

const IDLE_MS = 120_000;

export interface AnalysedMessage {
  text: string;
  /**
   * Known within milliseconds of sending, before the text model answers; undefined until then.
   * Raised to the reading's level when the sentence encoder read more than the rules.
   */
  crisis?: CrisisResult;
  /** The worker's full reading, once it is back (undefined if the worker could not answer). */
  reading?: TextReading;
}

export interface TextWorkerState {
  status: TextStatus | undefined;
  sentence: string;
  detail: string | undefined;
  last: AnalysedMessage | undefined;
  /** The crisis check of the latest message whose check is done (kept while the next one runs). */
  crisis: CrisisResult | undefined;
  /** Starts the worker and its model ahead of the first message. */
  prepare(): void;
  analyse(text: string): Promise<AnalysedMessage>;
}

export function useTextWorker(model?: string): TextWorkerState {
  const running = useRef<WorkerHandle<TextWorkerApi>>(undefined);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [status, setStatus] = useState<TextStatus>();
  const [last, setLast] = useState<AnalysedMessage>();
  const [crisis, setCrisis] = useState<CrisisResult>();

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
    // Rules, sentiment and crisis checks run without the model, so a failed load leaves it running.
    void loadWithin(worker, worker.api.load({ model }, proxy(setStatus)), 'text model').then(
      (loaded) => {
        if (loaded.state !== 'off') return;
        console.error(`Text analysis is off: ${loaded.error.message}`);
        setStatus(loaded);
      },
    );
    return worker;
  }, [model, terminate]);

  const analyse = useCallback(
    async (text: string) => {
      const sent: AnalysedMessage = { text };
      setLast(sent);
      const checked: AnalysedMessage = { text, crisis: await checkCrisis(text) };
      setCrisis(checked.crisis);
      setLast((current) => (current === sent ? checked : current));
      try {
        const reading = await ensureWorker().api.analyse(text);
        const answered = { ...checked, crisis: raisedCrisis(checked.crisis, reading), reading };
        if (answered.crisis !== checked.crisis) setCrisis(answered.crisis);
        setLast((current) => (current === checked ? answered : current));
        return answered;
      } catch (error) {
        console.error('text worker could not analyse a message', error);
        return checked;
      }
    },
    [ensureWorker],
  );

  return {
    status,
    sentence: textStatusSentence(status),
    detail:
      status?.state === 'off'
        ? status.error.message
        : status?.state === 'ready' && status.encoder.state === 'off'
          ? status.encoder.reason
          : undefined,
    last,
    crisis,
    prepare: () => {
      ensureWorker();
      startCrisisCheck();
    },
    analyse,
  };
}

/** The text model's sentence, and the sentence encoder's when the text model is on without it. */
export function textStatusSentence(status: TextStatus | undefined): string {
  const sentence = statusSentence(
    'Text emotion analysis',
    status,
    'the text model could not be loaded; sentiment and safety checks still run',
  );
  if (status?.state !== 'ready' || status.encoder.state === 'on') return sentence;
  return `${sentence} The sentence encoder is off: ${status.encoder.reason}; the text model and the safety rules read messages without it.`;
}

/** The crisis check's result, or the reading's when the sentence encoder raised the level. */
function raisedCrisis(checked: CrisisResult | undefined, reading: TextReading) {
  if (!checked) return reading.crisis;
  return higherLevel(checked.level, reading.crisis.level) === checked.level
    ? checked
    : { ...checked, level: reading.crisis.level, reasons: reading.crisis.reasons };
}
