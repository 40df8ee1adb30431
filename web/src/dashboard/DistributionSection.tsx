import { useMemo } from 'react';
import type { EmotionDistribution } from '../../../core/dashboard/distribution';
import { distributionData, distributionText } from './chart-data';
import { ChartView } from './ChartView';
import { distributionChart } from './charts';
import { Section } from './Section';

export function DistributionSection({
  distribution,
  days,
}: {
  distribution: EmotionDistribution;
  days: number;
}) {
  const build = useMemo(() => {
    const { emotions, values } = distributionData(distribution);
    return distributionChart(emotions, values);
  }, [distribution]);
  return (
    <Section testId="dashboard-distribution" title={`Emotions, last ${days} days`}>
      {distribution.total === 0 ? (
        <p>The emotions read during your calls in this period will be shown here.</p>
      ) : (
        <ChartView
          build={build}
          label="How often each emotion was read"
          text={distributionText(distribution)}
        />
      )}
    </Section>
  );
}
