/**
 * Flagged moments, kept on this device so the person can look back at them: the level, the
 * reason code and the time, never the words (store/safety-events.ts, a device-only table that
 * nothing syncs or sends).
 */
import type { CrisisLevel } from '../../../core/text/crisis';
import { recordSafetyEvent as store } from '../store/safety-events';

export interface SafetyEvent {
  level: CrisisLevel;
  /** A reason code (RiskReason, or a screen reason), never text the person wrote. */
  reason: string;
  /** Where the person was writing. */
  source: 'journal' | 'chat';
}

/**
 * Records a flagged moment. Danger from someone else with no crisis language has no crisis level
 * of its own; it is kept as elevated, and its reason ('danger') says what it was.
 */
export async function recordSafetyEvent(event: SafetyEvent): Promise<void> {
  const level = event.level === 'none' ? 'elevated' : event.level;
  await store({ level, reason: event.reason, source: event.source });
}
