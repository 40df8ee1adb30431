import { useMemo } from 'react';
import type { Period } from '../../../core/dashboard/days';
import type { DayStress } from '../../../core/dashboard/trend';
import { trendData, trendText } from './chart-data';
import { ChartView } from './ChartView';
import { trendChart } from './charts';
import { TREND_DAYS, type TrendDays } from './figures';
import { Section } from './Section';

/** Stress per day over 7, 30 or 90 days; the choice also sets the period of the cards below. */
export function TrendSection({
  points,
  period,
  days,
  onDays,
}: {
  points: readonly DayStress[];
  period: Period;
  days: TrendDays;
  onDays: (days: TrendDays) => void;
}) {
  const build = useMemo(() => trendChart(trendData(points, period)), [points, period]);
  return (
    <Section testId="dashboard-trend" title={`Stress over the last ${days} days`}>
      <div className="choice-row" role="group" aria-label="Period">
        {TREND_DAYS.map((option) => (
          <button
            key={option}
            type="button"
            className="button"
            aria-pressed={option === days}
            data-testid={`dashboard-trend-${option}`}
            onClick={() => onDays(option)}
          >
            {option} days
          </button>
        ))}
      </div>
      <ChartView
        build={build}
        label="Stress per day"
        text={trendText(points, `the last ${days} days`)}
      />
    </Section>
  );
}
