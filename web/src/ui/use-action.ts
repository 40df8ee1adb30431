import { useState } from 'react';
import { describeError, type StatusSentences } from '../sync/error-sentences';

/** Runs an async action for a form: tracks that it is pending and keeps its failure as a sentence. */
export function useAction<A extends unknown[]>(
  action: (...args: A) => Promise<void>,
  sentences?: StatusSentences,
) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(...args: A): Promise<boolean> {
    setPending(true);
    setError(null);
    try {
      await action(...args);
      return true;
    } catch (failure) {
      setError(describeError(failure, sentences));
      return false;
    } finally {
      setPending(false);
    }
  }

  return { run, pending, error };
}
