/**
 * One chart.js configuration per chart, used on the page and for the PDF's images alike. Only
 * types come from chart.js here: the library itself (~200 kB) is in chart-runtime.ts, which a
 * chart loads once it is on the page, so the dashboard paints without waiting for it.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Emotion } from '../../../core/emotions';
import type { SeriesData, TimelinePoint } from './chart-data';
import type { DayPair } from './figures';
import type { ChartColors } from './theme-colors';

export type AnyChartConfig = ChartConfiguration<'line' | 'bar' | 'doughnut'>;
export type ChartBuilder = (colors: ChartColors) => AnyChartConfig;

const axes = (colors: ChartColors, max = 100) => ({
  x: {
    ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: 12 },
    grid: { display: false },
  },
  y: { min: 0, max, ticks: { color: colors.muted }, grid: { color: colors.grid } },
});
const legend = (colors: ChartColors) => ({ labels: { color: colors.text, boxWidth: 12 } });

/** Half a doughnut: the stress so far and the rest up to 100. */
export const gaugeChart =
  (stress: number): ChartBuilder =>
  (colors) => ({
    type: 'doughnut',
    data: {
      labels: ['Stress', 'Calm'],
      datasets: [
        {
          data: [stress, 100 - stress],
          backgroundColor: [stress >= 70 ? colors.danger : colors.primary, colors.grid],
          borderWidth: 0,
        },
      ],
    },
    options: {
      rotation: -90,
      circumference: 180,
      cutout: '72%',
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  });

export const trendChart =
  (data: SeriesData): ChartBuilder =>
  (colors) => ({
    type: 'line',
    data: {
      labels: data.labels.map((day) => day.slice(5)),
      datasets: data.series.map((series, index) => ({
        label: series.name,
        data: series.values,
        borderColor: index === 0 ? colors.primary : colors.danger,
        backgroundColor: index === 0 ? colors.primary : colors.danger,
        borderDash: index === 0 ? [] : [5, 4],
        spanGaps: true,
        tension: 0.25,
        pointRadius: 3,
      })),
    },
    options: { scales: axes(colors), plugins: { legend: legend(colors) } },
  });

export const timelineChart =
  (points: readonly TimelinePoint[]): ChartBuilder =>
  (colors) => ({
    type: 'line',
    data: {
      labels: points.map((p) => p.at),
      datasets: [
        {
          label: 'Stress',
          data: points.map((p) => p.stress),
          borderColor: colors.primary,
          // Each point in the colour of the emotion read then.
          pointBackgroundColor: points.map((p) =>
            p.emotion ? colors.emotions[p.emotion] : colors.muted,
          ),
          pointRadius: 5,
          spanGaps: true,
          tension: 0.2,
        },
      ],
    },
    options: {
      scales: axes(colors),
      plugins: {
        legend: legend(colors),
        tooltip: {
          callbacks: {
            afterLabel: (item) => `Emotion: ${points[item.dataIndex]?.emotion ?? 'unclear'}`,
          },
        },
      },
    },
  });

export const distributionChart =
  (emotions: readonly Emotion[], values: readonly number[]): ChartBuilder =>
  (colors) => ({
    type: 'doughnut',
    data: {
      labels: [...emotions],
      datasets: [
        {
          data: [...values],
          backgroundColor: emotions.map((e) => colors.emotions[e]),
          borderColor: colors.surface,
        },
      ],
    },
    options: { plugins: { legend: { ...legend(colors), position: 'right' } } },
  });

export const effectivenessChart =
  (labels: readonly string[], values: readonly number[]): ChartBuilder =>
  (colors) => ({
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: [{ label: 'Helpful (%)', data: [...values], backgroundColor: colors.primary }],
    },
    options: {
      indexAxis: 'y',
      scales: {
        ...axes(colors),
        x: { min: 0, max: 100, ticks: { color: colors.muted }, grid: { color: colors.grid } },
        y: { ticks: { color: colors.text }, grid: { display: false } },
      },
      plugins: { legend: { display: false } },
    },
  });

export const journalStressChart =
  (pairs: readonly DayPair[]): ChartBuilder =>
  (colors) => ({
    type: 'bar',
    data: {
      labels: pairs.map((p) => p.date.slice(5)),
      datasets: [
        {
          label: 'Journal mood (x10)',
          data: pairs.map((p) => (p.mood === null ? null : p.mood * 10)),
          backgroundColor: colors.emotions.happy,
        },
        {
          label: 'Session stress',
          data: pairs.map((p) => p.stress),
          backgroundColor: colors.danger,
        },
      ],
    },
    options: { scales: axes(colors), plugins: { legend: legend(colors) } },
  });
