/** The microphone's loudness, read five times a second (one number; the samples stay in the analyser). */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export function MicLevel({ level, on }: { level(): number; on: boolean }) {
  const [value, setValue] = useState(0);
  const read = useRef(level);
  useLayoutEffect(() => {
    read.current = level;
  });
  useEffect(() => {
    // Read from the moment the microphone opens, before the voice models finish loading.
    if (!on) return;
    const timer = setInterval(() => setValue(Math.round(read.current() * 100)), 200);
    return () => clearInterval(timer);
  }, [on]);
  const shown = on ? value : 0;
  return (
    <div className="call-mic-level" data-testid="call-mic-level" data-level={shown}>
      <span id="call-mic-label">Microphone level</span>
      <meter aria-labelledby="call-mic-label" min={0} max={100} value={shown} />
      {!on && <span className="call-muted-word">off</span>}
    </div>
  );
}
