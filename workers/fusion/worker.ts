/**
 * The fusion worker: face, voice and text readings in, one smoothed fused reading out, per
 * session. No model to load, so it is ready at once; it answers errors as `{ type, message }`.
 */
import { expose } from 'comlink';
import { FusionSessions, type FusionUpdate, type SessionStart } from './sessions';

const sessions = new FusionSessions();

const api = {
  /** Ready at once (nothing to load); shaped like the model workers' status. */
  load: () => ({ state: 'ready' as const }),
  startSession: (id: string, start: SessionStart) => sessions.start(id, start),
  setBaseline: (id: string, baseline: Parameters<FusionSessions['setBaseline']>[1]) =>
    sessions.setBaseline(id, baseline),
  update: (id: string, update: FusionUpdate) => sessions.update(id, update),
  endSession: (id: string) => sessions.end(id),
};

export type FusionWorkerApi = typeof api;
expose(api);
