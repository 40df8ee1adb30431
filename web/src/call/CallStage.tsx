/** The video side of the call: the companion, the self-view, the switches and the live panel. */
import type { ReactNode } from 'react';
import { CALIBRATION_MS } from '../../../core/fusion';
import { CallTimer } from './CallTimer';
import { DeviceToggles } from './DeviceToggles';
import { LivePanel } from './LivePanel';
import { MicLevel } from './MicLevel';
import type { CallState } from './useCall';
import { useNow } from './use-now';

export function CallStage({ call, avatar }: { call: CallState; avatar: ReactNode }) {
  const { chat, camera, voice } = call;
  const { attach, stream } = camera;
  const calibrating = useCalibrating(chat.session?.startedAt);
  // A switch shows off once its device was refused or its worker failed; ticking it tries again.
  const checked = {
    camera: call.wanted.camera && !camera.problem,
    microphone:
      call.wanted.microphone && voice.micError === undefined && voice.status?.state !== 'off',
  };
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
