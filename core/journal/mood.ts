/** Mood is a 1-10 score; the emoji scale is how it is shown and picked, not stored separately. */
export const MOOD_MIN = 1;
export const MOOD_MAX = 10;

const MOOD_EMOJI = ['😫', '😢', '😟', '😕', '😐', '🙂', '😊', '😄', '😁', '🤩'] as const;
const MOOD_WORDS = [
  'awful',
  'very low',
  'low',
  'a bit low',
  'okay',
  'fine',
  'good',
  'very good',
  'great',
  'wonderful',
] as const;

export function moodEmoji(mood: number): string {
  return MOOD_EMOJI[clampMood(mood) - 1]!;
}

export function moodWord(mood: number): string {
  return MOOD_WORDS[clampMood(mood) - 1]!;
}

function clampMood(mood: number): number {
  return Math.min(MOOD_MAX, Math.max(MOOD_MIN, Math.round(mood)));
}

/** Tags are compared case-insensitively and stored trimmed, lower-case and without duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, '-');
    if (tag) seen.add(tag);
  }
  return [...seen];
}
