/**
 * What the model workers say about themselves, shaped alike so the app can show one kind of
 * sentence for every modality: loading → ready, or off with the reason.
 */

/** An error as it crosses a thread. */
export interface WorkerError {
  type: 'error';
  message: string;
}

/** `Ready` adds what a worker tells about itself once ready (the face worker: its delegate). */
export type ModelStatus<Ready extends object = object> =
  | { state: 'loading'; progress: number; step: string }
  | ({ state: 'ready' } & Ready)
  | { state: 'off'; error: WorkerError };

export const toWorkerError = (error: unknown): WorkerError => ({
  type: 'error',
  message: error instanceof Error ? error.message : String(error),
});

export interface LoadStep {
  /** What is loading, for the status line. */
  step: string;
  /** Progress (0..1) when this step starts; it ends where the next one starts. */
  from: number;
  run(progress: (fraction: number, detail?: string) => void): Promise<unknown>;
}

/** Keeps a model worker's status and loads it in steps: loading → progress → ready, or off and why. */
export class ModelLoader<Ready extends object = object> {
  status: ModelStatus<Ready> | undefined;

  /** Safe to call again: once ready it answers at once; after a failure it tries again. */
  async load(
    steps: LoadStep[],
    onStatus?: (status: ModelStatus<Ready>) => void,
    ready = {} as Ready,
  ): Promise<ModelStatus<Ready>> {
    if (this.status?.state === 'ready') return this.status;
    const report = (next: ModelStatus<Ready>) => {
      this.status = next;
      onStatus?.(next);
      return next;
    };
    try {
      for (const [i, { step, from, run }] of steps.entries()) {
        const to = steps[i + 1]?.from ?? 1;
        report({ state: 'loading', progress: from, step });
        await run((fraction, detail) =>
          report({
            state: 'loading',
            progress: from + (to - from) * fraction,
            step: detail ?? step,
          }),
        );
      }
      return report({ ...ready, state: 'ready' });
    } catch (error) {
      return report({ state: 'off', error: toWorkerError(error) });
    }
  }

  get ready(): boolean {
    return this.status?.state === 'ready';
  }
}
