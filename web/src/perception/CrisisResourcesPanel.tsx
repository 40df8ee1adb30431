import {
  crisisResourcesFor,
  dangerResourcesFor,
  ELEVATED_SUPPORT_MESSAGE,
  type CrisisLevel,
  type CrisisLine,
  type Region,
} from '../../../core/text/crisis';
import { deviceRegion } from '../safety/region';

interface CrisisResourcesPanelProps {
  level: CrisisLevel;
  /** Someone else is hurting or threatening the person: their own lines come first. */
  danger?: boolean;
  /** Whose lines to show; the browser's region when not given. */
  region?: Region | null;
  onClose?: () => void;
}

function Lines({ lines }: { lines: readonly CrisisLine[] }) {
  return (
    <ul>
      {lines.map((line) => (
        <li key={line.contact}>
          {line.region}: <a href={line.href}>{line.name}</a> — {line.how}
        </li>
      ))}
    </ul>
  );
}

/** The crisis copy next to an elevated or severe reading, or danger: urgent steps first. */
export function CrisisResourcesPanel({
  level,
  danger = false,
  region = deviceRegion(),
  onClose,
}: CrisisResourcesPanelProps) {
  if (level === 'none' && !danger) return null;
  const crisis = crisisResourcesFor(region);
  const safety = dangerResourcesFor(region);
  return (
    <aside
      className="card crisis-resources"
      data-testid="crisis-resources"
      data-level={level}
      data-danger={danger}
      role="alert"
    >
      {danger && (
        <section data-testid="danger-resources">
          <p>
            <strong>{safety.headline}</strong>
          </p>
          <p>{safety.emergency}</p>
          <Lines lines={safety.lines} />
          <p>{safety.closing}</p>
        </section>
      )}
      {level !== 'none' && (
        <section>
          <p>
            <strong>{level === 'severe' ? crisis.headline : ELEVATED_SUPPORT_MESSAGE}</strong>
          </p>
          <p>{crisis.emergency}</p>
          <Lines lines={crisis.lines} />
          {crisis.elsewhere && <p>{crisis.elsewhere}</p>}
          <p>{crisis.closing}</p>
        </section>
      )}
      {onClose && (
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      )}
    </aside>
  );
}
