/**
 * Flagged moments, kept on this device so the person can look back at them: the level, the
 * reason code and the time, never the words. Nothing here is sent anywhere. The local-only Dexie
 * table (`safety_events`, issue 8 §2) is not on main yet; until it is, events are held for this
 * page's lifetime, and this one function is where the store call goes.
 */
import type { CrisisLevel } from '../../../core/text/crisis';

export interface SafetyEvent {
  level: CrisisLevel;
  /** A reason code (RiskReason, or a screen reason), never text the person wrote. */
  reason: string;
  /** Where the person was writing. */
  source: 'journal' | 'chat';
}

const held: (SafetyEvent & { at: string })[] = [];

export async function recordSafetyEvent(event: SafetyEvent): Promise<void> {
  held.push({
    level: event.level,
    reason: event.reason,
    source: event.source,
    at: new Date().toISOString(),
  });
  return Promise.resolve();
}

/** The events recorded since the page opened, oldest first. */
export function heldSafetyEvents(): readonly (SafetyEvent & { at: string })[] {
  return held;
}
