import { useMemo } from 'react';
import { journalStressText } from './chart-data';
import { ChartView } from './ChartView';
import { journalStressChart } from './charts';
import type { DayPair } from './figures';
import { Section } from './Section';

/** The journal's mood beside the calls' stress, day by day. */
export function JournalStressSection({ pairs, days }: { pairs: readonly DayPair[]; days: number }) {
  const build = useMemo(() => journalStressChart(pairs), [pairs]);
  return (
    <Section testId="dashboard-journal-stress" title={`Journal mood and stress, last ${days} days`}>
      {pairs.length === 0 ? (
        <p>
          Write in your journal and have a call: your mood and your stress will sit side by side
          here.
        </p>
      ) : (
        <ChartView
          build={build}
          label="Journal mood and session stress per day"
          text={journalStressText(pairs)}
        />
      )}
    </Section>
  );
}
