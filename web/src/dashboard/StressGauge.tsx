import { useMemo } from 'react';
import type { SessionStress } from '../../../core/dashboard/trend';
import { ChartView } from './ChartView';
import { gaugeChart } from './charts';
import { Section } from './Section';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The stress of the latest conversation, on a half dial. */
export function StressGauge({ current }: { current: SessionStress | null }) {
  const stress = current?.stress === null || !current ? null : Math.round(current.stress);
  const build = useMemo(() => gaugeChart(stress ?? 0), [stress]);
  return (
    <Section testId="dashboard-stress-gauge" title="Current stress">
      {stress === null || !current ? (
        <p>Your stress level appears here after a call with a stress reading.</p>
      ) : (
        <div className="dashboard-gauge">
          <ChartView
            build={build}
            height={140}
            label="Stress dial"
            text={{
              sentence: `${stress} out of 100 in your latest call (${when(current.started_at)}).`,
              columns: [],
              rows: [],
            }}
          />
          <p className="dashboard-gauge-value" aria-hidden="true">
            {stress}
            <span> / 100</span>
          </p>
        </div>
      )}
    </Section>
  );
}
