import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { BurnoutRiskLevel, Emotion } from '../../../core/emotions';
import { createdAt } from './timestamps';
import { users } from './users';

/** One row per person and day, aggregated from emotion logs for the dashboard. */
export const emotionStatistics = pgTable(
  'emotion_statistics',
  {
    id: uuid().primaryKey().defaultRandom(),
    user_id: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: date().notNull(),
    avg_stress_score: doublePrecision(),
    max_stress_score: integer(),
    emotion_distribution: jsonb().$type<Partial<Record<Emotion, number>>>(),
    burnout_risk_level: text().$type<BurnoutRiskLevel>(),
    created_at: createdAt(),
  },
  (table) => [unique('emotion_statistics_user_date_key').on(table.user_id, table.date)],
);

/** Whether a suggestion helped. session_id has no foreign key, as on messages (synced sessions). */
export const feedback = pgTable(
  'feedback',
  {
    id: uuid().primaryKey().defaultRandom(),
    user_id: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    session_id: uuid(),
    suggestion_type: text(),
    was_helpful: boolean(),
    rating: integer(),
    user_comment: text(),
    created_at: createdAt(),
  },
  (table) => [
    index('feedback_user_idx').on(table.user_id, table.created_at),
    check('feedback_rating_check', sql`${table.rating} between 1 and 5`),
  ],
);
