/**
 * The one place the dashboard reads suggestions and their feedback: the ratings (synced feedback
 * records, never their comment) and the offers (companion messages that carry a suggestion, never
 * their words).
 */
import { and, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { FeedbackFigures } from '../../../core/dashboard/suggestions';
import type { Database } from '../db/database';
import { feedback, messages } from '../db/schema';

export async function readFeedback(
  db: Database,
  userId: string,
  sinceMs: number,
): Promise<FeedbackFigures[]> {
  return db
    .select({
      suggestionType: feedback.suggestion_type,
      wasHelpful: feedback.was_helpful,
      rating: feedback.rating,
    })
    .from(feedback)
    .where(
      and(
        eq(feedback.user_id, userId),
        eq(feedback.deleted, false),
        gte(feedback.created_at, new Date(sinceMs).toISOString()),
      ),
    );
}

/** How many times the companion offered each kind of suggestion since `sinceMs`. */
export async function readSuggestionOffers(
  db: Database,
  userId: string,
  sinceMs: number,
): Promise<Record<string, number>> {
  const rows = await db
    .select({
      suggestion: messages.suggestion,
      offers: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(messages)
    .where(
      and(
        eq(messages.user_id, userId),
        eq(messages.deleted, false),
        isNotNull(messages.suggestion),
        gte(messages.created_at, new Date(sinceMs).toISOString()),
      ),
    )
    .groupBy(messages.suggestion);
  return Object.fromEntries(rows.map((row) => [row.suggestion!, row.offers]));
}
