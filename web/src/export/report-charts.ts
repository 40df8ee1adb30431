/** The PDF's charts: the dashboard's own chart configurations over the export's range, as PNGs. */
import type { ReportChart } from '../../../core/export/pdf-layout';
import { rangePeriod } from '../../../core/export/range';
import type { ReportSummary } from '../../../core/export/summary';
import {
  distributionData,
  distributionText,
  effectivenessData,
  effectivenessText,
  trendData,
  trendText,
} from '../dashboard/chart-data';
import { distributionChart, effectivenessChart, trendChart } from '../dashboard/charts';
import { suggestionName } from '../dashboard/suggestion-name';
import { readChartColors } from '../dashboard/theme-colors';

/** Only the charts that have something to show; each with its sentence printed under it. */
export async function reportCharts(
  summary: ReportSummary,
  offsetMinutes: number,
): Promise<ReportChart[]> {
  const { chartPng } = await import('../dashboard/chart-runtime');
  const colors = readChartColors('light');
  const charts: ReportChart[] = [];
  const points = summary.dashboard.avg_stress_trend;
  if (points.length > 0) {
    const trend = trendData(points, rangePeriod(summary.range, Date.now(), offsetMinutes));
    charts.push({
      title: 'Stress per day',
      ...chartPng(trendChart(trend), colors),
      description: trendText(points, `these ${trend.labels.length} days`).sentence,
    });
  }
  if (summary.distribution.total > 0) {
    const { emotions, values } = distributionData(summary.distribution);
    charts.push({
      title: 'Emotions',
      ...chartPng(distributionChart(emotions, values), colors, 600, 260),
      description: distributionText(summary.distribution).sentence,
    });
  }
  const { labels, values } = effectivenessData(summary.effectiveness, suggestionName);
  if (labels.length > 0) {
    charts.push({
      title: 'What helped',
      ...chartPng(
        effectivenessChart(labels, values),
        colors,
        600,
        Math.max(140, 48 * labels.length),
      ),
      description: effectivenessText(summary.effectiveness, suggestionName).sentence,
    });
  }
  return charts;
}
