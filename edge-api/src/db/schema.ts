/** Every table, for drizzle's relational typing and for drizzle-kit (see drizzle.config.ts). */
export { syncSeq } from './columns';
export { auditLog, authSessions, preferences, refreshTokens, users } from './users';
export { emotionLogs, feedback, journalEntries, messages, sessions } from './sync-tables';
export { emotionStatistics } from './insight-tables';
