/** Everything the server holds about one person, in readable form: the GDPR data-portability copy. */
import { and, asc, eq } from 'drizzle-orm';
import { emotionStatistics, feedback, users } from '../db/schema';
import type { Services } from '../services';
import { syncTableEntries } from '../sync/data-tables';
import { rowToChange } from '../sync/records';

export type ExportRecord = Record<string, unknown>;

export interface UserExport {
  exported_at: string;
  profile: ExportRecord;
  tables: Record<string, ExportRecord[]>;
}

export async function collectUserData(services: Services, userId: string): Promise<UserExport> {
  const db = services.db;
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  // The password hash is a secret even from its owner's export.
  const { password_hash: _secret, ...profile } = user!;

  const tables: Record<string, ExportRecord[]> = {};
  for (const [name, table] of syncTableEntries) {
    const rows = await db
      .select()
      .from(table)
      .where(and(eq(table.user_id, userId), eq(table.deleted, false)))
      .orderBy(asc(table.server_seq));
    tables[name] = await Promise.all(
      rows.map(async (row) => {
        const change = await rowToChange(name, row, services.cipher);
        return { id: change.id, ...change.data };
      }),
    );
  }
  tables.emotion_statistics = await db
    .select()
    .from(emotionStatistics)
    .where(eq(emotionStatistics.user_id, userId))
    .orderBy(asc(emotionStatistics.date));
  tables.feedback = await db
    .select()
    .from(feedback)
    .where(eq(feedback.user_id, userId))
    .orderBy(asc(feedback.created_at));

  return { exported_at: services.now().toISOString(), profile, tables };
}
