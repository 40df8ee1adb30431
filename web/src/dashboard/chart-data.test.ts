import { describe, expect, it } from 'vitest';
import { lastDays } from '../../../core/dashboard/days';
import { EMPTY_RECORDS } from '../../../core/export/records';
import { HISTORY } from '../../../core/export/testing';
import {
  distributionData,
  distributionText,
  effectivenessData,
  effectivenessText,
  journalStressText,
  timelinePoints,
  timelineText,
  trendData,
  trendText,
} from './chart-data';
import { dashboardFigures } from './figures';

const NOW = Date.parse('2026-03-04T12:00:00Z');
const records = { ...HISTORY, offers: { box_breathing: 3 } };
const figures = dashboardFigures(records, 7, NOW, 0);
const names = (type: string) => (type === 'box_breathing' ? 'Box breathing' : 'A short walk');

describe('dashboard figures from the device’s records', () => {
  it('is empty only for a person with no sessions and no journal', () => {
    expect(dashboardFigures({ ...EMPTY_RECORDS, offers: {} }, 7, NOW, 0).isEmpty).toBe(true);
    expect(figures.isEmpty).toBe(false);
  });

  it('takes the gauge from the latest conversation, and lists flagged moments newest first', () => {
    expect(figures.current).toMatchObject({ stress: 20, emotion: 'happy' });
    expect(figures.sessions).toHaveLength(2);
    expect(figures.crisisEvents.map((e) => e.id)).toEqual(['c1']);
  });

  it('puts each day’s journal mood beside its session stress', () => {
    expect(figures.journalStress).toEqual([
      { date: '2026-03-01', mood: 4, stress: 60 },
      { date: '2026-03-03', mood: null, stress: 20 },
      { date: '2026-03-04', mood: 8, stress: null },
    ]);
    expect(journalStressText(figures.journalStress).sentence).toBe(
      '3 days with a journal mood or session stress; 1 with both.',
    );
  });

  it('counts the companion’s offers beside the answers', () => {
    expect(figures.effectiveness[0]).toMatchObject({
      suggestion_type: 'box_breathing',
      offered: 3,
      helpful: 1,
    });
  });
});

describe('chart data and its text alternative', () => {
  it('draws every day of the period, leaving days without readings as gaps', () => {
    const period = lastDays(NOW, 7);
    const data = trendData(figures.summary.avg_stress_trend, period);
    expect(data.labels).toHaveLength(7);
    expect(data.labels[0]).toBe('2026-02-26');
    expect(data.series[0]!.values).toEqual([null, null, null, 60, null, 20, null]);
    expect(data.series[1]!.values).toEqual([null, null, null, 70, null, 20, null]);
    const text = trendText(figures.summary.avg_stress_trend, 'the last 7 days');
    expect(text.sentence).toBe('Mean stress on 2 of the last 7 days, from 20 to 60 out of 100.');
    expect(text.rows).toEqual([
      ['2026-03-01', '60', '70', 'sad'],
      ['2026-03-03', '20', '20', 'happy'],
    ]);
  });

  it('shows only the emotions read, most frequent first', () => {
    expect(distributionData(figures.distribution)).toEqual({
      emotions: ['sad', 'happy'],
      values: [66.7, 33.3],
    });
    expect(distributionText(figures.distribution).sentence).toBe('3 readings: sad 67%, happy 33%.');
  });

  it('times a conversation’s readings from its start', () => {
    const points = timelinePoints('2026-03-01T09:00:00.000Z', HISTORY.emotion_logs.slice(0, 2));
    expect(points).toEqual([
      { at: '1:00', stress: 70, emotion: 'sad' },
      { at: '2:00', stress: 50, emotion: 'sad' },
    ]);
    expect(timelineText(points).sentence).toBe(
      '2 readings, stress from 50 to 70; the last felt sad.',
    );
    expect(timelineText([]).sentence).toBe('This conversation has no readings.');
  });

  it('gives each answered suggestion its helpful share, and names those that helped', () => {
    expect(effectivenessData(figures.effectiveness, names)).toEqual({
      labels: ['Box breathing', 'A short walk'],
      values: [100, 0],
    });
    expect(effectivenessText(figures.effectiveness, names).sentence).toBe(
      'Helped you: Box breathing.',
    );
  });
});
