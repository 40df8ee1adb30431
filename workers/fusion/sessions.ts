/**
 * The fusion worker's state: per session, the person's baseline and the smoothing window. All the
 * logic is core/fusion's; this only keeps each session's state apart and turns errors into
 * `{ type, message }` so a bad reading never takes the worker down.
 */
import { EMPTY_BASELINE } from '../../core/fusion/calibration';
import { fuseReadings } from '../../core/fusion/fuse';
import { FusionSmoother } from '../../core/fusion/smoothing';
import type { Baseline, FusedReading, FusionInput } from '../../core/fusion/types';
import { toWorkerError, type WorkerError } from '../shared/status';

export interface SessionStart {
  baseline?: Baseline;
  /** ms since 1970; the first minute is calibration. */
  startedAt: number;
}

/** One update: the latest readings (the worker brings its own baseline and start time). */
export type FusionUpdate = Omit<FusionInput, 'baseline' | 'sessionStartedAt'>;

interface Session {
  baseline: Baseline;
  startedAt: number;
  smoother: FusionSmoother;
}

export class FusionSessions {
  private readonly sessions = new Map<string, Session>();

  start(id: string, { baseline = EMPTY_BASELINE, startedAt }: SessionStart): void {
    this.sessions.set(id, { baseline, startedAt, smoother: new FusionSmoother() });
  }

  /** The baseline grew (first minute over, or past sessions loaded). */
  setBaseline(id: string, baseline: Baseline): WorkerError | null {
    const session = this.sessions.get(id);
    if (!session) return { type: 'error', message: `no fusion session ${id}` };
    session.baseline = baseline;
    return null;
  }

  /** The smoothed reading to show, or an error; an unknown session is an error, not a new one. */
  update(id: string, update: FusionUpdate): FusedReading | WorkerError {
    const session = this.sessions.get(id);
    if (!session) return { type: 'error', message: `no fusion session ${id}` };
    try {
      const raw = fuseReadings({
        ...update,
        baseline: session.baseline,
        sessionStartedAt: session.startedAt,
      });
      return session.smoother.push(raw);
    } catch (error) {
      return toWorkerError(error);
    }
  }

  end(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }
}
