import type { SyncTable } from '../../../core/sync/constants';

const WHAT: Record<SyncTable, [one: string, many: string]> = {
  journal_entries: ['journal change', 'journal changes'],
  sessions: ['session change', 'session changes'],
  messages: ['chat message', 'chat messages'],
  emotion_logs: ['emotion reading', 'emotion readings'],
  feedback: ['suggestion rating', 'suggestion ratings'],
};

/** "3 journal changes made on this device have not reached RIVION yet", or null when none. */
export function describeUnsynced(counts: Partial<Record<SyncTable, number>>): string | null {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => {
      const [one, many] = WHAT[table as SyncTable];
      return `${count} ${count === 1 ? one : many}`;
    });
  if (parts.length === 0) return null;
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list} made on this device ${total === 1 ? 'has' : 'have'} not reached RIVION yet.`;
}
