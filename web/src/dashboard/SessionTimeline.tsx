import { useMemo, useState } from 'react';
import type { SessionStress } from '../../../core/dashboard/trend';
import type { EmotionLogData } from '../../../core/sync/protocol';
import { timelinePoints, timelineText } from './chart-data';
import { ChartView } from './ChartView';
import { timelineChart } from './charts';
import { Section } from './Section';

const label = (session: SessionStress) =>
  new Date(session.started_at).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/** Emotion and stress across one conversation the person picks (the latest by default). */
export function SessionTimeline({
  sessions,
  logs,
}: {
  sessions: readonly SessionStress[];
  logs: readonly EmotionLogData[];
}) {
  const newestFirst = useMemo(() => [...sessions].reverse(), [sessions]);
  const [chosen, setChosen] = useState<string | null>(null);
  const session = newestFirst.find((s) => s.session_id === chosen) ?? newestFirst[0];
  const points = useMemo(
    () =>
      session
        ? timelinePoints(
            session.started_at,
            logs.filter((log) => log.session_id.toLowerCase() === session.session_id),
          )
        : [],
    [session, logs],
  );
  const build = useMemo(() => timelineChart(points), [points]);
  return (
    <Section testId="dashboard-timeline" title="One conversation">
      {!session ? (
        <p>After a call, you can follow how your emotion and stress moved through it here.</p>
      ) : (
        <>
          <label className="dashboard-inline-field">
            Conversation
            <select
              data-testid="dashboard-session-select"
              value={session.session_id}
              onChange={(event) => setChosen(event.target.value)}
            >
              {newestFirst.map((s) => (
                <option key={s.session_id} value={s.session_id}>
                  {label(s)}
                  {s.emotion ? ` · ${s.emotion}` : ''}
                </option>
              ))}
            </select>
          </label>
          <ChartView
            build={build}
            label="Stress and emotion through the conversation"
            text={timelineText(points)}
          />
        </>
      )}
    </Section>
  );
}
