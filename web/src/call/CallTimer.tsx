import { useEffect, useState } from 'react';
import { formatElapsed } from './panel-text';

/** How long the call has run, ticking once a second. */
export function CallTimer({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="call-timer" data-testid="call-timer">
      <span className="visually-hidden">Call time </span>
      <time dateTime={`PT${Math.max(0, Math.floor((now - startedAt) / 1000))}S`}>
        {formatElapsed(now - startedAt)}
      </time>
    </p>
  );
}
