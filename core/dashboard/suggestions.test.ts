import { describe, expect, it } from 'vitest';
import { suggestionEffectiveness } from './suggestions';

describe('suggestionEffectiveness', () => {
  it('gives each kind of suggestion its offers, answers, helpful rate and mean rating', () => {
    const rows = [
      { suggestionType: 'box_breathing', wasHelpful: true, rating: 5 },
      { suggestionType: 'box_breathing', wasHelpful: true, rating: 4 },
      { suggestionType: 'box_breathing', wasHelpful: false, rating: null },
      { suggestionType: 'box_breathing', wasHelpful: null, rating: null },
      { suggestionType: 'short_walk', wasHelpful: null, rating: 2 },
      { suggestionType: null, wasHelpful: true, rating: null },
    ];
    expect(suggestionEffectiveness(rows)).toEqual([
      {
        suggestion_type: 'box_breathing',
        offered: 4,
        rated: 3,
        helpful: 2,
        helpful_rate: 0.67,
        mean_rating: 4.5,
      },
      {
        suggestion_type: 'other',
        offered: 1,
        rated: 1,
        helpful: 1,
        helpful_rate: 1,
        mean_rating: null,
      },
      {
        suggestion_type: 'short_walk',
        offered: 1,
        rated: 1,
        helpful: 0,
        helpful_rate: null,
        mean_rating: 2,
      },
    ]);
  });

  it('counts the offers the companion made, rated or not', () => {
    const rows = [{ suggestionType: 'box_breathing', wasHelpful: true, rating: null }];
    expect(
      suggestionEffectiveness(rows, { box_breathing: 3, grounding_54321: 2 }).map((s) => [
        s.suggestion_type,
        s.offered,
        s.rated,
      ]),
    ).toEqual([
      ['box_breathing', 3, 1],
      ['grounding_54321', 2, 0],
    ]);
    // A rating whose offer is not counted (the message is older) still counts as offered.
    expect(suggestionEffectiveness(rows, { box_breathing: 0 })[0]!.offered).toBe(1);
  });

  it('is empty without feedback', () => {
    expect(suggestionEffectiveness([])).toEqual([]);
  });
});
