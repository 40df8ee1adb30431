/**
 * The journey issue #2 promises: sign up, write offline, survive a reload and a server restart,
 * sync, find everything on a second device, then delete the account and leave nothing behind.
 */
import { describe, expect, it } from 'vitest';
import { recordRequests } from './support/browser';
import { rowsMentioning } from './support/database';
import { useAppUnderTest } from './support/fixture';
import { RivionApp, newAccount, type Account } from './pages/app';

async function userIdOf(baseUrl: string, account: Account): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  return ((await response.json()) as { user_id: string }).user_id;
}

describe('offline journal that syncs to a second device', () => {
  const env = useAppUnderTest();

  it('keeps offline entries through a reload, syncs them, and deletes every trace on request', async () => {
    const account = newAccount();
    const entries = [
      { mood: 3, text: 'Rough morning, the deadline moved up again.', tags: ['work'] },
      { mood: 6, text: 'A walk at lunch helped more than I expected.', tags: ['walk', 'work'] },
      { mood: 8, text: 'Dinner with my sister; laughed a lot.', tags: ['family'] },
    ];

    const laptopContext = await env.browser.newContext();
    const laptopRequests = recordRequests(laptopContext);
    const laptop = new RivionApp(await laptopContext.newPage(), env.server.url);
    await laptop.signUp(account);
    await laptop.waitUntilOfflineReady();
    const userId = await userIdOf(env.server.url, account);
    expect(userId).toMatch(/^[0-9a-f-]{36}$/);

    // The network goes away and the server restarts while the person keeps writing.
    await laptopContext.setOffline(true);
    await env.server.stop();
    for (const entry of entries) await laptop.writeEntry(entry);
    await laptop.page.reload();
    await laptop.waitForEntries(3);
    // Sync starts once the page is idle after painting, so the status turns within a second.
    await expect
      .poll(async () => (await laptop.syncStatus().innerText()).toLowerCase(), { timeout: 10_000 })
      .toContain('offline');

    await env.server.start();
    await laptopContext.setOffline(false);
    await laptop.waitUntilSynced();

    const phoneContext = await env.browser.newContext();
    const phone = new RivionApp(await phoneContext.newPage(), env.server.url);
    await phone.signIn(account);
    await phone.waitForEntries(3);
    const onPhone = (await phone.entryTexts()).join('\n');
    for (const entry of entries) expect(onPhone).toContain(entry.text);

    // Privacy: the app only ever talked to its own origin.
    const origins = new Set(
      laptopRequests
        .map((request) => new URL(request.url()))
        .filter((url) => url.protocol.startsWith('http'))
        .map((url) => url.origin),
    );
    expect([...origins]).toEqual([env.server.url]);

    await laptop.deleteAccount(account.password);
    await phoneContext.close();
    await laptopContext.close();
    await env.server.stop();
    expect(await rowsMentioning(env.server.dataDir, [userId, account.email])).toBe(0);
  });
});
