/** Which kinds of suggestion help this person, from their feedback (helpful yes/no, rating 1-5). */

/** One feedback row as the dashboard reads it; the comment is never needed for the figures. */
export interface FeedbackFigures {
  suggestionType: string | null;
  wasHelpful: boolean | null;
  rating: number | null;
}

export interface SuggestionEffectiveness {
  suggestion_type: string;
  /** Times the companion offered it (at least the times it was rated). */
  offered: number;
  /** Feedback records with an answer (helpful or a rating). */
  rated: number;
  helpful: number;
  /** helpful / answered yes-or-no, 0..1 with two decimals; null when never answered. */
  helpful_rate: number | null;
  /** Mean of the 1-5 ratings, one decimal; null without ratings. */
  mean_rating: number | null;
}

/** A record with no kind counts as 'other', so it is not silently dropped. */
export const UNKNOWN_SUGGESTION = 'other';

/**
 * `offers` counts the companion messages that offered each kind; a rating whose message is gone
 * or outside the period still counts as an offer, so `offered` is never below `rated`.
 */
export function suggestionEffectiveness(
  rows: readonly FeedbackFigures[],
  offers: Readonly<Record<string, number>> = {},
): SuggestionEffectiveness[] {
  const byType = new Map<string, FeedbackFigures[]>(Object.keys(offers).map((type) => [type, []]));
  for (const row of rows) {
    const type = row.suggestionType ?? UNKNOWN_SUGGESTION;
    byType.set(type, [...(byType.get(type) ?? []), row]);
  }
  return [...byType]
    .map(([type, group]) => {
      const answered = group.filter((row) => row.wasHelpful !== null);
      const helpful = answered.filter((row) => row.wasHelpful).length;
      const ratings = group.flatMap((row) => (row.rating === null ? [] : [row.rating]));
      return {
        suggestion_type: type,
        offered: Math.max(group.length, offers[type] ?? 0),
        rated: group.filter((row) => row.wasHelpful !== null || row.rating !== null).length,
        helpful,
        helpful_rate:
          answered.length === 0 ? null : Math.round((helpful / answered.length) * 100) / 100,
        mean_rating:
          ratings.length === 0
            ? null
            : Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10,
      };
    })
    .sort((a, b) => b.offered - a.offered || a.suggestion_type.localeCompare(b.suggestion_type));
}
