/** Everything the server holds about one person, in readable form: the GDPR data-portability copy. */
import { and, asc, eq } from 'drizzle-orm';
import { openProfile } from '../crypto/profile';
import { emotionStatistics, users } from '../db/schema';
import type { Services } from '../services';
import { syncTableEntries } from '../sync/data-tables';
import { rowToChange } from '../sync/records';

export type ExportRecord = Record<string, unknown>;

export interface UserExport {
  exported_at: string;
  /** Present when the export was asked for a date range. */
  date_range?: { from: string; to: string };
  profile: ExportRecord;
  tables: Record<string, ExportRecord[]>;
}

export async function collectUserData(services: Services, userId: string): Promise<UserExport> {
  const db = services.db;
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  // The password hash and the keys are secrets even from their owner's export.
  const { password_hash: _secret, data_key, email_index: _index, ...sealed } = user!;
  const cipher = await services.keyring.cipherFor(userId, data_key);
  const profile = await openProfile(cipher, userId, sealed);

  const tables: Record<string, ExportRecord[]> = {};
  for (const [name, table] of syncTableEntries) {
    const rows = await db
      .select()
      .from(table)
      .where(and(eq(table.user_id, userId), eq(table.deleted, false)))
      .orderBy(asc(table.server_seq));
    tables[name] = await Promise.all(
      rows.map(async (row) => {
        const change = await rowToChange(name, row, cipher);
        return { id: change.id, ...change.data };
      }),
    );
  }
  tables.emotion_statistics = await db
    .select()
    .from(emotionStatistics)
    .where(eq(emotionStatistics.user_id, userId))
    .orderBy(asc(emotionStatistics.date));

  return { exported_at: services.now().toISOString(), profile, tables };
}
