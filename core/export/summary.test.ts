import { describe, expect, it } from 'vitest';
import { rangeProblem } from './range';
import { reportSummary, summarySections } from './summary';
import { HISTORY } from './testing';

const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('the report’s summary', () => {
  it('says the range, sessions, stress, emotions, journal and what helped in plain lines', () => {
    const summary = reportSummary(HISTORY, { from: '2026-03-01', to: '2026-03-04' }, NOW);
    const lines = summarySections(summary, (type) =>
      type === 'box_breathing' ? 'Box breathing' : type,
    ).flatMap((section) => section.lines);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Range: 2026-03-01 to 2026-03-04 (4 days)',
        'Sessions: 2 (30 minutes)',
        'Stress: mean 47 of 100, peak 70 of 100',
        'Dominant emotions: sad 67%, happy 33%',
        'Journal: 2 entries, mean mood 6 of 10',
        'Crisis moments flagged: 1',
        'Burnout risk: not enough data yet. Not enough data yet: after 1 more session RIVION can estimate your burnout risk.',
        'Suggestions that helped: Box breathing (helpful 1 of 1, mean rating 5 of 5)',
      ]),
    );
    expect(lines.join('\n')).not.toContain('short walk');
  });

  it('counts only the range, and says so when it is empty', () => {
    const summary = reportSummary(HISTORY, { from: '2026-03-05', to: '2026-03-05' }, NOW);
    const lines = summarySections(summary).flatMap((section) => section.lines);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Range: 2026-03-05 to 2026-03-05 (1 day)',
        'Sessions: 0 (0 minutes)',
        'Stress: no stress readings in this range',
        'Dominant emotions: none read in this range',
        'Journal: no entries in this range',
        'Suggestions that helped: none rated helpful in this range',
      ]),
    );
  });

  it('explains a range it cannot use', () => {
    expect(rangeProblem({ from: '2026-03-05', to: '2026-03-01' })).toMatch(/must not be after/);
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toMatch(/Choose both/);
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });
});
