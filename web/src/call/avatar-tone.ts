/** The companion's expression, from the reply and how the person seems. */
import type { FusedReading } from '../../../core/fusion/types';

export type AvatarTone = 'calm' | 'warm' | 'concerned' | 'gentle-smile';

export interface ToneInput {
  /** Where the last reply came from; 'safety' is our own crisis reply. */
  replySource: string | null;
  /** The last reply offered something to try. */
  offeredSuggestion: boolean;
  fused: FusedReading | null;
}

const HEAVY = new Set(['sad', 'fearful', 'angry', 'disgusted']);

export function avatarTone({ replySource, offeredSuggestion, fused }: ToneInput): AvatarTone {
  if (replySource === 'safety') return 'concerned';
  if (fused && (HEAVY.has(fused.emotion) || (!fused.calibrating && fused.stress >= 70))) {
    return 'concerned';
  }
  if (offeredSuggestion) return 'gentle-smile';
  if (fused?.emotion === 'happy') return 'warm';
  return 'calm';
}

export const TONE_WORDS: Record<AvatarTone, string> = {
  calm: 'calm',
  warm: 'warm',
  concerned: 'concerned',
  'gentle-smile': 'smiling gently',
};
