/**
 * The topics a worry can be about, apart from the patterns that find them (stressors.ts), so the
 * sync schema can name them without bundling the sentiment lexicon.
 */
export const STRESSOR_TOPICS = [
  'work',
  'relationships',
  'health',
  'family',
  'money',
  'sleep',
  'study',
] as const;
export type StressorTopic = (typeof STRESSOR_TOPICS)[number];
