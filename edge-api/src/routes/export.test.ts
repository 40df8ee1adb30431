import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import {
  emotionLogChange,
  feedbackChange,
  journalChange,
  pushBody,
  sessionChange,
} from '../testing/fixtures';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';
import { call } from '../testing/call';
import { pdfText } from '../testing/pdf-text';

/** A journal entry on another day than the fixtures' 2026-01-01, to test the range. */
function laterEntry(text: string) {
  const change = journalChange(text);
  if (change.table === 'journal_entries' && change.data) {
    change.data.occurred_at = '2026-01-05T12:00:00.000Z';
  }
  return change;
}

const JANUARY_FIRST = { from: '2026-01-01', to: '2026-01-01' };

describe.each(API_BACKENDS)('export on %s', (kind) => {
  const backend = useTestBackend(kind);
  let user: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    user = await registerUser(backend.app);
    other = await registerUser(backend.app);
    const session = sessionChange();
    const entries = [
      journalChange('Dear diary, "quoted", with commas'),
      journalChange('=HYPERLINK("x")'),
      laterEntry('Written on the fifth'),
      session,
      emotionLogChange(session.id),
      feedbackChange(session.id, null),
    ];
    await call(backend.app, 'POST', '/api/sync/push', {
      token: user.token,
      body: pushBody(entries),
    });
    await call(backend.app, 'POST', '/api/sync/push', {
      token: other.token,
      body: pushBody([journalChange('Not yours to read')]),
    });
  });

  const exportPdf = (token: string, body?: unknown) =>
    backend.app.request('/api/dashboard/export?format=pdf', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
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
    // A negative number is data, not a formula: it is written as it is.
    expect(response.body).toContain(',-0.55,');
    expect(response.body).not.toContain('pbkdf2');

    const audits = await backend.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.user_id, user.userId));
    expect(audits.filter((row) => row.action === 'export').map((row) => row.resource)).toEqual(
      expect.arrayContaining(['data:json', 'data:csv']),
    );
  });

  it('narrows an export to the date range, and names the file after it', async () => {
    const response = await call(backend.app, 'POST', '/api/dashboard/export?format=json', {
      token: user.token,
      body: { date_range: JANUARY_FIRST },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="rivion-2026-01-01-to-2026-01-01.json"',
    );
    expect(response.body.date_range).toEqual(JANUARY_FIRST);
    const texts = response.body.tables.journal_entries.map((e: { text: string }) => e.text);
    expect(texts).toContain('Dear diary, "quoted", with commas');
    expect(texts).not.toContain('Written on the fifth');
    expect(response.body.tables.sessions).toHaveLength(1);

    const later = await call(backend.app, 'POST', '/api/dashboard/export?format=csv', {
      token: user.token,
      body: { date_range: { from: '2026-01-05', to: '2026-01-09' } },
    });
    expect(later.body).toContain('Written on the fifth');
    expect(later.body).not.toContain('Dear diary');
  });

  it('writes a PDF report whose text a PDF reader finds', async () => {
    const response = await exportPdf(user.token, { date_range: JANUARY_FIRST });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="rivion-2026-01-01-to-2026-01-01.pdf"',
    );
    const lines = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(lines).toEqual(
      expect.arrayContaining([
        'RIVION report',
        'Range: 2026-01-01 to 2026-01-01 (1 day)',
        'Stress: mean 62 of 100, peak 62 of 100',
        'Dominant emotions: sad 100%',
        'Journal: 2 entries, mean mood 6 of 10',
      ]),
    );
    expect(lines.join('\n')).toMatch(/^Sessions: 1 \(/m);
    expect(lines.join('\n')).toMatch(/^Burnout risk: not enough data yet/m);
    expect(lines.join('\n')).toMatch(/Suggestions that helped: box breathing \(helpful 1 of 1/);
    // A report holds figures, never what the person wrote.
    expect(lines.join('\n')).not.toContain('Dear diary');
  });

  it('never reports another person’s data', async () => {
    const response = await exportPdf(other.token, { date_range: JANUARY_FIRST });
    expect(response.status).toBe(200);
    const lines = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Sessions: 0 (0 minutes)',
        'Stress: no stress readings in this range',
        'Journal: 1 entry, mean mood 6 of 10',
      ]),
    );
    const json = await call(backend.app, 'POST', '/api/dashboard/export?format=json', {
      token: other.token,
    });
    expect(json.body.tables.sessions).toEqual([]);
    expect(JSON.stringify(json.body)).not.toContain('Dear diary');
  });

  it('without a range, the PDF covers everything up to today', async () => {
    const response = await exportPdf(user.token);
    expect(response.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="rivion-2026-01-01-to-${today}.pdf"`,
    );
  });

  it('refuses unknown formats, unknown fields and a backwards range with a JSON error', async () => {
    const unknownFormat = await call(backend.app, 'POST', '/api/dashboard/export?format=xml', {
      token: user.token,
    });
    expect(unknownFormat.status).toBe(400);
    for (const body of [
      { date_range: JANUARY_FIRST, extra: true },
      { date_range: { ...JANUARY_FIRST, extra: true } },
      { date_range: { from: '2026-01-05', to: '2026-01-01' } },
      { date_range: { from: '2026-13-01', to: '2026-01-01' } },
    ]) {
      const response = await call(backend.app, 'POST', '/api/dashboard/export?format=pdf', {
        token: user.token,
        body,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_error');
    }
  });
});
