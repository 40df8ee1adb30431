/**
 * Ending a conversation: its summary (computed on the device from the session's emotion logs,
 * messages and feedback) is stored with the session, and the burnout estimate over the person's
 * sessions and journal is computed here, on the device, to show beside it.
 */
import type { RivionDb } from '../store/db';
import { endSession } from '../store/chat-sessions';
import { endedSessions, type ChatSession } from './chat-store';
import type { BurnoutEstimate, JournalMood, SessionFigures, SessionSummary } from './parts';

export interface Ended {
  sessionId: string;
  summary: SessionSummary;
  burnout: BurnoutEstimate;
}

export async function endConversation(database: RivionDb, session: ChatSession): Promise<Ended> {
  // The estimate loads when a call ends, not with the call page (straight from core: a value
  // re-exported through parts.ts would stay in the page's first chunk).
  const [summary, { estimateBurnoutRisk }] = await Promise.all([
    endSession(session.id),
    import('../../../core/burnout/estimate'),
  ]);
  const sessions = (await endedSessions(database)).map((s): SessionFigures => ({
    id: s.id,
    startedAt: Date.parse(s.started_at),
    endedAt: s.ended_at === null ? null : Date.parse(s.ended_at),
    meanStress: s.total_stress_score,
    peakStress: s.id === session.id ? summary.peak_stress : null,
    dominantEmotion: s.dominant_emotion,
  }));
  const burnout = estimateBurnoutRisk({
    sessions,
    journal: await journalMoods(database),
    current: sessions.find((s) => s.id === session.id) ?? null,
    now: Date.now(),
  });
  return { sessionId: session.id, summary, burnout };
}

async function journalMoods(database: RivionDb): Promise<JournalMood[]> {
  const rows = await database.journal_entries.toArray();
  return rows.flatMap((row) =>
    row.deleted ? [] : [{ at: Date.parse(row.data.occurred_at), mood: row.data.mood }],
  );
}
