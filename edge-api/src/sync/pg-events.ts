/**
 * Nudges across several Node processes on one PostgreSQL: each publish is also a NOTIFY, and each
 * process LISTENs and hands what it hears to its local bus. Delivery is best effort (a process
 * that is down misses it), which is fine: clients keep their periodic sync.
 */
import type { Sql } from 'postgres';
import { createLocalSyncEvents, type SyncEvents } from './events';

const CHANNEL = 'rivion_sync';

export async function createPostgresSyncEvents(client: Sql): Promise<SyncEvents> {
  const local = createLocalSyncEvents();
  await client.listen(CHANNEL, (payload) => {
    const [userId, cursor] = payload.split(' ');
    if (userId && cursor) local.deliver(userId, cursor);
  });
  return {
    ...local,
    // NOTIFY reaches this process too, through the listener above: deliver only once.
    publish(userId, cursor) {
      void client.notify(CHANNEL, `${userId} ${cursor}`).catch(() => local.deliver(userId, cursor));
    },
  };
}
