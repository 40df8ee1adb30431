/** How the person seems right now, explained: feeling and confidence, stress, shares and why. */
import type { FusedReading } from '../../../core/fusion/types';
import { panelText } from './panel-text';
import { StressDial } from './StressDial';

export function LivePanel({
  fused,
  calibrating,
}: {
  fused: FusedReading | null;
  calibrating: boolean;
}) {
  const text = panelText(fused, calibrating);
  return (
    <section className="call-panel" aria-label="How you seem right now">
      <p className="call-emotion" data-testid="call-emotion" data-emotion={fused?.emotion ?? ''}>
        {text.emotion}
      </p>
      <StressDial stress={text.stress} calibrating={text.calibrating} />
      {text.calibrating && (
        <p className="call-calibrating" data-testid="call-calibrating" role="status">
          Calibrating… learning your usual level during the first minute, so the stress figure is
          provisional.
        </p>
      )}
      <p className="call-shares" data-testid="call-shares">
        {text.shares ? `Read from: ${text.shares}` : 'Read from: nothing yet'}
      </p>
      <p className="call-why" data-testid="call-why">
        {text.why}
      </p>
      {text.hidden && (
        <p className="call-hidden-stress notice notice--info" data-testid="call-hidden-stress">
          {text.hidden}
        </p>
      )}
    </section>
  );
}
