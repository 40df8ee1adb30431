/**
 * The safety worker: crisis detection (rules and the learned classifier, core/text/crisis/) for
 * each message the person sends, off the main thread. It holds no model file and nothing to load,
 * so it is ready as soon as it starts: the page starts it with the chat and asks it first. Its
 * large patterns compile here, where a first run of ~50 ms stalls nothing; the page falls back to
 * running the same code itself if the worker cannot answer.
 */
import { expose } from 'comlink';
import {
  detectCrisis,
  warmUpCrisisDetection,
  type CrisisResult,
} from '../../core/text/crisis/index';

warmUpCrisisDetection();

const api = {
  detect(text: string): CrisisResult {
    return detectCrisis(text);
  },
};

export type SafetyWorkerApi = typeof api;
expose(api);
