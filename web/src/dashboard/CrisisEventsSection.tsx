import type { CrisisEventRow } from '../../../core/export/records';
import { Section } from './Section';

const LEVEL_WORDS = { elevated: 'Concern', severe: 'Urgent' } as const;
const SOURCE_WORDS = { chat: 'in a call', journal: 'in your journal' } as const;

/**
 * The moments the safety check flagged, for the person to look back at: when, how serious and
 * which rule; never what was written. They live on this device only.
 */
export function CrisisEventsSection({ events }: { events: readonly CrisisEventRow[] }) {
  return (
    <Section testId="dashboard-crisis-events" title="Moments RIVION flagged">
      {events.length === 0 ? (
        <p>
          No moments have been flagged. If something you write sounds like you are in danger, RIVION
          shows help at once and notes the moment here (never your words).
        </p>
      ) : (
        <table className="dashboard-table">
          <caption className="visually-hidden">Flagged moments, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Level</th>
              <th scope="col">What was recognised</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} data-testid="dashboard-crisis-event">
                <td>
                  {new Date(event.at).toLocaleString(undefined, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}{' '}
                  {SOURCE_WORDS[event.source]}
                </td>
                <td>{LEVEL_WORDS[event.level]}</td>
                <td>{event.reason.replace(/_/g, ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events.length > 0 && (
        <p className="dashboard-caption">
          Kept on this device only. The Get help now button shows the lines for your region.
        </p>
      )}
    </Section>
  );
}
