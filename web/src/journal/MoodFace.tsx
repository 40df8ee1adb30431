import { MOOD_MAX, MOOD_MIN } from '../../../core/journal/mood';

/**
 * A drawn face for a mood from 1 (a deep frown) to 10 (a wide open smile): drawn as SVG rather
 * than an emoji, so it looks the same on machines without a colour-emoji font.
 */
export function MoodFace({ mood, size = 28 }: { mood: number; size?: number }) {
  const t = (Math.min(MOOD_MAX, Math.max(MOOD_MIN, mood)) - MOOD_MIN) / (MOOD_MAX - MOOD_MIN);
  // The mouth's curve: its middle sits 6 units above the corners at 1 and 7 below them at 10.
  const bend = -6 + 13 * t;
  const corners = 21 - bend / 3;
  const mouth = `M10 ${corners} Q16 ${corners + bend} 22 ${corners}`;
  return (
    <svg
      className="mood-face"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      data-mood={mood}
    >
      <circle
        cx="16"
        cy="16"
        r="14"
        fill="var(--mood-face)"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <circle cx="11.5" cy="13" r="1.8" fill="currentColor" />
      <circle cx="20.5" cy="13" r="1.8" fill="currentColor" />
      <path
        d={t >= 0.85 ? `${mouth} Z` : mouth}
        fill={t >= 0.85 ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
