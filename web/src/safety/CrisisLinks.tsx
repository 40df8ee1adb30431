import {
  crisisResourcesFor,
  emergencyNumberFor,
  type CrisisLine,
  type Region,
} from '../../../core/text/crisis';
import { useCrisisRegion } from './region';

/** Helplines as links a phone dials, texts or opens at a tap (tel:, sms:, https:). */
export function CrisisLineList({ lines }: { lines: readonly CrisisLine[] }) {
  return (
    <ul className="crisis-lines">
      {lines.map((line) => (
        <li key={line.contact}>
          {line.region}: <a href={line.href}>{line.name}</a> — {line.how}
        </li>
      ))}
    </ul>
  );
}

/** "Call 999" as a tel: link, when the region's emergency number is known for sure. */
export function EmergencyCallLink({ region }: { region: Region | null }) {
  const known = emergencyNumberFor(region);
  if (!known) return null;
  return (
    <a className="button button--danger crisis-call" href={`tel:${known.dial}`}>
      Call {known.dial} (emergency)
    </a>
  );
}

/** The person's region's emergency number and helplines, without the alert framing. */
export function CrisisLinks() {
  const region = useCrisisRegion();
  const { lines } = crisisResourcesFor(region);
  return (
    <div className="crisis-links">
      <EmergencyCallLink region={region} />
      <CrisisLineList lines={lines} />
    </div>
  );
}
