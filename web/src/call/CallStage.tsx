/** The video side of the call: the companion, the self-view, the switches and the live panel. */
import type { ReactNode } from 'react';
import { CALIBRATION_MS } from '../../../core/fusion';
import { CallTimer } from './CallTimer';
import { DeviceToggles } from './DeviceToggles';
import { LivePanel } from './LivePanel';
import { MicLevel } from './MicLevel';
import type { CallState } from './useCall';
import { useNow } from './use-now';

/**
 * What the camera and microphone switches show: what the person wants, except that a switch shows
 * off once its device was refused or its worker failed (ticking it tries again). Before and during
 * the call alike, so a refusal while the call is still starting never leaves a switch on.
 */
export function switchesShown({ wanted, camera, voice }: CallState) {
  return {
    camera: wanted.camera && !camera.problem,
    microphone: wanted.microphone && voice.micError === undefined && voice.status?.state !== 'off',
  };
}

export function CallStage({ call, avatar }: { call: CallState; avatar: ReactNode }) {
  const { chat, camera, voice } = call;
  const { attach, stream } = camera;
  const calibrating = useCalibrating(chat.session?.startedAt);
  const checked = switchesShown(call);
  return (
    <section className="call-stage" aria-label="Call">
      <div className="call-videos">
        {avatar}
        <div className="call-self">
          <video
            ref={attach}
            className="call-self-view"
            data-testid="call-self-view"
            muted
            playsInline
            aria-label="Your camera (only on this device)"
            hidden={!stream}
          />
          {!stream && <p className="call-self-off">Camera off</p>}
        </div>
      </div>
      <div className="call-controls">
        {chat.session && <CallTimer startedAt={chat.session.startedAt} />}
        <DeviceToggles checked={checked} onChange={call.setDevice} />
        <MicLevel level={voice.level} on={Boolean(chat.session) && checked.microphone} />
      </div>
      <div
        className="call-modality-note"
        data-testid="call-modality-note"
        role="status"
        hidden={call.notes.length === 0}
      >
        {call.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </div>
      <LivePanel fused={call.fused} calibrating={calibrating} />
    </section>
  );
}

/** True during the session's first minute, re-read once when it passes. */
function useCalibrating(startedAt: number | undefined): boolean {
  const now = useNow(startedAt === undefined ? 0 : startedAt + CALIBRATION_MS);
  return startedAt === undefined || now - startedAt < CALIBRATION_MS;
}
