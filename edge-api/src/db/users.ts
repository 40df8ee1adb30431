import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './timestamps';

// Property names are the snake_case column names: the database, the seed API and the sync wire
// format all speak snake_case, so rows map to responses without a renaming layer.

export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  /**
   * The person's data key, wrapped by the server key (crypto/keyring.ts). Deleting the row shreds
   * everything encrypted under it. NULL only on rows from before encryption, until the data step.
   */
  data_key: text(),
  /** Ciphertext under the data key, like username and names; found through email_index. */
  email: text().notNull(),
  /** Keyed HMAC of the normalised email: login lookup and uniqueness without the address. */
  email_index: text().unique(),
  username: text().notNull(),
  password_hash: text().notNull(),
  first_name: text(),
  last_name: text(),
  privacy_consent: boolean().notNull().default(false),
  privacy_consent_at: timestamp({ withTimezone: true }),
  data_retention_days: integer().notNull().default(90),
  /** Raised by "delete all my data"; see epochSchema in core/sync/protocol.ts. */
  data_epoch: integer().notNull().default(0),
  /**
   * The server HLC of the last "delete all my data" (null: never). Changes stamped before it are
   * what the reset removed; later ones, written offline on another device, survive it.
   */
  data_reset_hlc: text(),
  created_at: createdAt(),
  updated_at: updatedAt(),
  deleted_at: timestamp({ withTimezone: true }),
});

/** One login on one device: the family of refresh tokens that descend from it. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    user_id: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    created_at: createdAt(),
    revoked_at: timestamp({ withTimezone: true }),
    user_agent: text(),
  },
  (table) => [index('auth_sessions_user_idx').on(table.user_id)],
);

/** Only a SHA-256 of each refresh token is kept, so a database leak yields no usable token. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    session_id: uuid()
      .notNull()
      .references(() => authSessions.id, { onDelete: 'cascade' }),
    token_hash: text().notNull().unique(),
    expires_at: timestamp({ withTimezone: true }).notNull(),
    spent_at: timestamp({ withTimezone: true }),
  },
  (table) => [index('refresh_tokens_session_idx').on(table.session_id)],
);

/** Allowed values are enforced by the API's zod schemas (schemas/settings.ts). */
export const preferences = pgTable('preferences', {
  user_id: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  theme: text().notNull(),
  notification_enabled: boolean().notNull(),
  privacy_level: text().notNull(),
  /** The person chose to let an LLM provider write replies (their messages and emotion labels leave). */
  llm_enabled: boolean().notNull().default(false),
  /** ISO 3166-1 alpha-2 for crisis resources; null: the browser's locale decides. */
  crisis_region: text(),
  updated_at: updatedAt(),
});

/** Kept when an account is deleted, but without the person: user_id becomes NULL. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    user_id: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    resource: text().notNull(),
    ip: text(),
    user_agent: text(),
    created_at: createdAt(),
  },
  (table) => [index('audit_log_user_idx').on(table.user_id, table.created_at)],
);
