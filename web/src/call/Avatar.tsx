/**
 * The companion, drawn here as SVG: a soft face whose brows and mouth follow the reply's tone, and
 * which sways and moves its mouth while it speaks (still when the person prefers reduced motion).
 */
import { TONE_WORDS, type AvatarTone } from './avatar-tone';

const MOUTHS: Record<AvatarTone, string> = {
  calm: 'M 80 128 Q 100 134 120 128',
  warm: 'M 76 124 Q 100 146 124 124',
  'gentle-smile': 'M 80 126 Q 100 138 120 126',
  concerned: 'M 82 132 Q 100 126 118 132',
};

const BROWS: Record<AvatarTone, [string, string]> = {
  calm: ['M 62 78 Q 74 74 86 78', 'M 114 78 Q 126 74 138 78'],
  warm: ['M 62 76 Q 74 70 86 76', 'M 114 76 Q 126 70 138 76'],
  'gentle-smile': ['M 62 77 Q 74 72 86 77', 'M 114 77 Q 126 72 138 77'],
  concerned: ['M 62 80 Q 74 76 86 74', 'M 114 74 Q 126 76 138 80'],
};

export function Avatar({ tone, speaking }: { tone: AvatarTone; speaking: boolean }) {
  const [left, right] = BROWS[tone];
  return (
    <figure
      className={`call-avatar${speaking ? ' call-avatar--speaking' : ''}`}
      data-testid="call-avatar"
      data-tone={tone}
      data-speaking={speaking}
    >
      <svg viewBox="0 0 200 200" role="img" aria-label={`RIVION, looking ${TONE_WORDS[tone]}`}>
        <circle cx="100" cy="100" r="96" className="call-avatar-halo" />
        <g className="call-avatar-head">
          <ellipse cx="100" cy="104" rx="62" ry="68" className="call-avatar-face" />
          <path d={left} className="call-avatar-line" />
          <path d={right} className="call-avatar-line" />
          <ellipse cx="74" cy="96" rx="6" ry="7" className="call-avatar-eye" />
          <ellipse cx="126" cy="96" rx="6" ry="7" className="call-avatar-eye" />
          {tone !== 'concerned' && (
            <>
              <circle cx="62" cy="118" r="8" className="call-avatar-cheek" />
              <circle cx="138" cy="118" r="8" className="call-avatar-cheek" />
            </>
          )}
          <path d={MOUTHS[tone]} className="call-avatar-line call-avatar-mouth" />
        </g>
      </svg>
      <figcaption className="visually-hidden">{speaking ? 'RIVION is speaking' : ''}</figcaption>
    </figure>
  );
}
