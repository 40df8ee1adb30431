/**
 * The one place the dashboard reads feedback rows. The feedback table is about to become a synced
 * table (client id, hlc, tombstones); when it does, only this query changes (add
 * `deleted = false`, and the time column it keeps).
 */
import { and, eq, gte } from 'drizzle-orm';
import type { FeedbackFigures } from '../../../core/dashboard/suggestions';
import type { Database } from '../db/database';
import { feedback } from '../db/schema';

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
    .where(and(eq(feedback.user_id, userId), gte(feedback.created_at, new Date(sinceMs))));
}
