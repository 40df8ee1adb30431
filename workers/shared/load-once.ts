/**
 * The one way a worker module loads its model: the first call starts it, later calls share that
 * promise, and a failed load is forgotten so the next call tries again (a missing file may be
 * downloaded meanwhile). The model itself stays a module singleton, as Human and transformers.js do.
 */
export interface LoadOnce<Args extends unknown[], Model> {
  load(...args: Args): Promise<Model>;
  /** The load under way or done, if one was started and has not failed. */
  started(): Promise<Model> | undefined;
}

export function loadOnce<Args extends unknown[], Model>(
  create: (...args: Args) => Promise<Model>,
): LoadOnce<Args, Model> {
  let model: Promise<Model> | undefined;
  return {
    load(...args) {
      model ??= create(...args).catch((error: unknown) => {
        model = undefined;
        throw error;
      });
      return model;
    },
    started: () => model,
  };
}
