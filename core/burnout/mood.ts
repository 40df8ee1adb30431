/**
 * Mood on one 0..1 scale (0 lowest, 1 best) from the two places it shows: a journal entry's 1-10
 * mood, and a session's stress and dominant emotion.
 */
import type { Emotion } from '../emotions';
import { MOOD_MAX, MOOD_MIN } from '../journal/mood';
import type { SessionFigures } from './types';

/**
 * How good each emotion feels, 0..1, ordered as valence is in the circumplex model (Russell 1980):
 * happy highest, surprise and neutral in the middle, the negative emotions low and sadness lowest.
 * The values are a documented choice, not fitted: they only order and space the classes.
 */
export const EMOTION_MOOD: Record<Emotion, number> = {
  happy: 1,
  surprised: 0.6,
  neutral: 0.55,
  fearful: 0.2,
  angry: 0.2,
  disgusted: 0.2,
  sad: 0.1,
};

export function journalMood(mood: number): number {
  return (mood - MOOD_MIN) / (MOOD_MAX - MOOD_MIN);
}

/** The mean of how calm the session was (1 - stress/100) and how its dominant emotion feels. */
export function sessionMood(session: SessionFigures): number | null {
  const calm = session.meanStress === null ? null : 1 - session.meanStress / 100;
  const feeling = session.dominantEmotion === null ? null : EMOTION_MOOD[session.dominantEmotion];
  if (calm === null) return feeling;
  if (feeling === null) return calm;
  return (calm + feeling) / 2;
}
