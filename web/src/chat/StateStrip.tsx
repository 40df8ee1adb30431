import { useEffect, useState } from 'react';
import type { FusedReading } from '../../../core/fusion/types';
import { CALIBRATION_MS, stripText, stressWord } from './state-strip-text';

/** A small, calm line: how the person seems, their stress 0-100 and any hidden stress. */
export function StateStrip({
  fused,
  sessionStartedAt,
}: {
  fused: FusedReading | null;
  sessionStartedAt: number;
}) {
  const now = useNow(sessionStartedAt + CALIBRATION_MS);
  const text = stripText(fused, sessionStartedAt, now);
  return (
    <section className="state-strip" aria-label="How you seem right now" data-testid="chat-strip">
      <span className="state-strip-feeling">{text.feeling}</span>
      {text.stress !== null && (
        <span className="state-strip-stress" data-testid="chat-stress">
          <meter min={0} max={100} low={40} high={70} optimum={20} value={text.stress} />
          Stress {text.stress} of 100 ({stressWord(text.stress)})
        </span>
      )}
      {text.hidden && <span className="state-strip-hidden">{text.hidden}</span>}
    </section>
  );
}

/** The clock, re-read once when `until` passes, so "Calibrating…" ends without a new message. */
function useNow(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const wait = until - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), wait + 50);
    return () => clearTimeout(timer);
  }, [until]);
  return now;
}
