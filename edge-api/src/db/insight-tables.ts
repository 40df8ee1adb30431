import {
  date,
  doublePrecision,
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
