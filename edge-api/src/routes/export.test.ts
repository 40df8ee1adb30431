import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { journalChange, pushBody } from '../testing/fixtures';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';
import { call } from '../testing/call';

describe.each(API_BACKENDS)('export on %s', (kind) => {
  const backend = useTestBackend(kind);
  let user: TestUser;
  beforeAll(async () => {
    user = await registerUser(backend.app);
    const entries = [
      journalChange('Dear diary, "quoted", with commas'),
      journalChange('=HYPERLINK("x")'),
    ];
    await call(backend.app, 'POST', '/api/sync/push', {
      token: user.token,
      body: pushBody(entries),
    });
  });

  it('downloads JSON with journal text decrypted and no password hash', async () => {
    const response = await call(backend.app, 'POST', '/api/dashboard/export?format=json', {
      token: user.token,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="rivion-export-.*\.json"/,
    );
    expect(response.body.profile.email).toBe(user.email);
    expect(response.body.profile).not.toHaveProperty('password_hash');
    expect(response.body.tables.journal_entries.map((e: { text: string }) => e.text)).toContain(
      'Dear diary, "quoted", with commas',
    );
  });

  it('downloads CSV that is safe to open in a spreadsheet, and audits both', async () => {
    const response = await call(backend.app, 'POST', '/api/dashboard/export?format=csv', {
      token: user.token,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.body).toContain('"Dear diary, ""quoted"", with commas"');
    expect(response.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(response.body).not.toContain('pbkdf2');

    const audits = await backend.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.user_id, user.userId));
    expect(audits.filter((row) => row.action === 'export').map((row) => row.resource)).toEqual(
      expect.arrayContaining(['data:json', 'data:csv']),
    );
  });

  it('rejects unknown formats', async () => {
    const response = await call(backend.app, 'POST', '/api/dashboard/export?format=pdf', {
      token: user.token,
    });
    expect(response.status).toBe(400);
  });
});
