/** The microphone's loudness, shown five times a second (one number; the samples stay in the analyser). */
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
    // Read back to back (the analyser holds ~43 ms, read every 40 ms) and shown as the loudest of
    // each 200 ms: sampled only every 200 ms, a short sound could fall between reads every time.
    let loudest = 0;
    let reads = 0;
    const timer = setInterval(() => {
      loudest = Math.max(loudest, read.current());
      if (++reads % 5 !== 0) return;
      setValue(Math.round(loudest * 100));
      loudest = 0;
    }, 40);
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
