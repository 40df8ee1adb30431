/** How often each emotion was read: counts and percentages (the dashboard's pie chart). */
import { EMOTIONS, type Emotion } from '../emotions';
import { aggregate, type ReadingBucket } from './readings';

export interface EmotionDistribution {
  /** Readings whose fused emotion was known. */
  total: number;
  counts: Record<Emotion, number>;
  /** Share of `total`, 0-100 with one decimal; all 0 when there are no readings. */
  percentages: Record<Emotion, number>;
}

export function emotionDistribution(buckets: readonly ReadingBucket[]): EmotionDistribution {
  const { counts } = aggregate(buckets);
  const total = EMOTIONS.reduce((sum, emotion) => sum + counts[emotion], 0);
  const percentages = Object.fromEntries(
    EMOTIONS.map((e) => [e, total === 0 ? 0 : Math.round((counts[e] / total) * 1000) / 10]),
  ) as Record<Emotion, number>;
  return { total, counts, percentages };
}
