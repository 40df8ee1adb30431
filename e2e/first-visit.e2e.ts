/**
 * What a new visitor meets before any data exists: an installable app with a strict policy, and
 * plain sentences (not codes) when they type something the server refuses — with nothing they
 * typed thrown away.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { RivionApp, newAccount } from './pages/app';

describe('first visit', () => {
  const env = useAppUnderTest();

  it('serves an installable app under a same-origin content security policy', async () => {
    const page = await env.browser.newPage();
    const response = await page.goto(env.server.url);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await fetch(new URL(manifestHref!, env.server.url))).json();
    expect(manifest).toMatchObject({ name: 'RIVION', display: 'standalone', start_url: '/' });
    const sizes = (manifest.icons as { sizes: string }[]).map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${env.server.url}/`);
    await page.close();
  });

  it('explains a refused sign-up or sign-in in a sentence and keeps what was typed', async () => {
    const account = newAccount();
    const first = await fetch(`${env.server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...account, privacy_consent: true }),
    });
    expect(first.status).toBe(201);

    const app = new RivionApp(await env.browser.newPage(), env.server.url);
    await app.open('/signup');
    await app.page.getByTestId('signup-email').fill(account.email);
    await app.page.getByTestId('signup-username').fill(account.username);
    await app.page.getByTestId('signup-password').fill(account.password);
    await app.page.getByTestId('signup-consent').check();
    await app.page.getByTestId('signup-submit').click();
    await app.page.getByText('That email is already registered').waitFor();
    expect(await app.page.getByTestId('signup-email').inputValue()).toBe(account.email);

    await app.open('/signin');
    await app.page.getByTestId('signin-email').fill(account.email);
    await app.page.getByTestId('signin-password').fill('not the right password');
    await app.page.getByTestId('signin-submit').click();
    await app.page.getByText("That email and password don't match an account").waitFor();
    expect(await app.page.getByTestId('signin-email').inputValue()).toBe(account.email);
    await app.page.close();
  });

  it('will not create an account without consent', async () => {
    const app = new RivionApp(await env.browser.newPage(), env.server.url);
    const account = newAccount();
    await app.open('/signup');
    await app.page.getByTestId('signup-email').fill(account.email);
    await app.page.getByTestId('signup-username').fill(account.username);
    await app.page.getByTestId('signup-password').fill(account.password);
    await app.page.getByTestId('signup-submit').click();
    await expect.poll(() => app.page.url()).toContain('/signup');
    const login = await fetch(`${env.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    expect(login.status).toBe(401);
    await app.page.close();
  });
});
