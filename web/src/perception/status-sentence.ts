/** One plain sentence per modality for the UI: loading, on, or off and why. */
import type { ModelStatus } from '../../../workers/shared/status';

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** `what` names the modality as a sentence starts, e.g. "Voice analysis". */
export function statusSentence(
  what: string,
  status: ModelStatus | undefined,
  offReason: string,
): string {
  if (!status) return `${what} has not started.`;
  if (status.state === 'loading') return `${what} is loading (${percent(status.progress)}).`;
  if (status.state === 'ready') return `${what} is on.`;
  return `${what} is off: ${offReason}.`;
}
