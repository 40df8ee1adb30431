import type { Context } from 'hono';
import type { Database, Transaction } from './db/database';
import { auditLog } from './db/schema';
import type { Services } from './services';

export type AuditAction =
  | 'register'
  | 'login'
  | 'login_failed'
  | 'password_changed'
  | 'export'
  | 'data_deleted'
  | 'account_deleted';

/**
 * Records a security-relevant event. Never pass request content: the row holds who, what and
 * from where, not an email that failed to log in or any password.
 */
export async function audit(
  services: Services,
  c: Context,
  event: { action: AuditAction; resource: string; userId: string | null },
  db: Database | Transaction = services.db,
): Promise<void> {
  await db.insert(auditLog).values({
    user_id: event.userId,
    action: event.action,
    resource: event.resource,
    ip: services.clientIp(c),
    user_agent: c.req.header('user-agent')?.slice(0, 300) ?? null,
  });
}
