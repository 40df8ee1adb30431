/**
 * The device-only record of moments the safety check flagged (issue 8, section 4): level, reason
 * and time, no text. They live in their own table, outside the sync engine, so nothing about them
 * leaves the device; signing out or deleting all data wipes them with the rest (wipe.ts).
 */
import { db, type RivionDb, type SafetyEvent } from './db';

export type NewSafetyEvent = Omit<SafetyEvent, 'id' | 'at'> & { at?: number };

/** The longest reason kept: a rule's name or one sentence, never a message pasted in. */
export const SAFETY_REASON_MAX = 200;

/** Stores one flagged moment; `at` defaults to now. Tests pass their own database. */
export async function recordSafetyEvent(
  event: NewSafetyEvent,
  database: RivionDb = db,
): Promise<SafetyEvent> {
  const stored: SafetyEvent = {
    id: crypto.randomUUID(),
    at: event.at ?? Date.now(),
    level: event.level,
    reason: event.reason.slice(0, SAFETY_REASON_MAX),
    source: event.source,
  };
  await database.safety_events.add(stored);
  return stored;
}

/** Newest first; `since` (ms since 1970) keeps only later ones. */
export async function listSafetyEvents(
  { since, limit = 500 }: { since?: number; limit?: number } = {},
  database: RivionDb = db,
): Promise<SafetyEvent[]> {
  const range =
    since === undefined
      ? database.safety_events.orderBy('at')
      : database.safety_events.where('at').above(since);
  return range.reverse().limit(limit).toArray();
}
