/** A 0-100 stress dial: an SVG arc with the figure and its word, exposed as a meter. */
import { stressWord } from './feeling-words';

const RADIUS = 40;
const HALF = Math.PI * RADIUS;

export function StressDial({
  stress,
  calibrating,
}: {
  stress: number | null;
  calibrating: boolean;
}) {
  const value = stress ?? 0;
  const text =
    stress === null
      ? 'Stress not read yet'
      : `Stress ${stress} of 100, ${stressWord(stress)}${calibrating ? ', still calibrating' : ''}`;
  return (
    <div
      className="call-stress"
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={text}
      aria-label="Stress"
      data-testid="call-stress"
      data-level={stress === null ? 'none' : stressWord(stress)}
    >
      <svg viewBox="0 0 100 58" aria-hidden="true">
        <path d="M 10 50 A 40 40 0 0 1 90 50" className="call-stress-track" />
        <path
          d="M 10 50 A 40 40 0 0 1 90 50"
          className="call-stress-value"
          strokeDasharray={`${(value / 100) * HALF} ${HALF}`}
        />
        <text x="50" y="48" textAnchor="middle" className="call-stress-figure">
          {stress === null ? '–' : stress}
        </text>
      </svg>
      <span className="call-stress-word">{text}</span>
    </div>
  );
}
