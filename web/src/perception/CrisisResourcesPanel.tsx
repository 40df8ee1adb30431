import {
  crisisResourcesFor,
  dangerResourcesFor,
  ELEVATED_SUPPORT_MESSAGE,
  type CrisisLevel,
  type Region,
} from '../../../core/text/crisis';
import { CrisisLineList as Lines, EmergencyCallLink } from '../safety/CrisisLinks';
import { deviceRegion } from '../safety/region';

interface CrisisResourcesPanelProps {
  level: CrisisLevel;
  /** Someone else is hurting or threatening the person: their own lines come first. */
  danger?: boolean;
  /** Whose lines to show; the browser's region when not given. */
  region?: Region | null;
  onClose?: () => void;
  /** The panel's heading, for a panel the person opened themselves ("Get help now"). */
  title?: string;
}

/** The crisis copy next to an elevated or severe reading, or danger: urgent steps first. */
export function CrisisResourcesPanel({
  level,
  danger = false,
  region = deviceRegion(),
  onClose,
  title,
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
      {title && <h2 className="crisis-title">{title}</h2>}
      {danger && (
        <section data-testid="danger-resources">
          <p>
            <strong>{safety.headline}</strong>
          </p>
          <p>{safety.emergency}</p>
          <EmergencyCallLink region={region} />
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
          {!danger && <EmergencyCallLink region={region} />}
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
