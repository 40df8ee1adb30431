/** The seven emotion classes every modality and the fusion engine speak. */
export const EMOTIONS = [
  'angry',
  'disgusted',
  'fearful',
  'happy',
  'neutral',
  'sad',
  'surprised',
] as const;
export type Emotion = (typeof EMOTIONS)[number];

export const BURNOUT_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type BurnoutRiskLevel = (typeof BURNOUT_RISK_LEVELS)[number];
