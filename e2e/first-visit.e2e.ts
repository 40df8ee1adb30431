/**
 * What a new visitor meets before any data exists: a page saying what RIVION is with sign-up first,
 * an installable app with a strict policy, three welcome screens once after sign-up (no camera or
 * microphone asked for), and plain sentences (not codes) when they type something the server
 * refuses — with nothing they typed thrown away, and offline, before they click.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { RivionApp, newAccount } from './pages/app';

describe('first visit', () => {
  const env = useAppUnderTest();

  it('says what RIVION is and offers sign-up first, sign-in second', async () => {
    const app = new RivionApp(await env.browser.newPage(), env.server.url);
    await app.open('/');
    const landing = app.page.getByTestId('landing');
    await landing.waitFor();
    const text = await landing.innerText();
    expect(text).toMatch(/privacy-first wellness companion/);
    expect(text).toMatch(/face, voice and words on your own device/);
    expect(text).toMatch(/Not an emergency service/);
    expect(await app.page.getByRole('heading', { name: 'Welcome back' }).count()).toBe(0);
    const links = await landing.getByRole('link').allInnerTexts();
    expect(links.indexOf('Create a free account')).toBeLessThan(
      links.indexOf('I already have an account'),
    );
    await app.page.getByTestId('landing-signup').click();
    await app.page.getByTestId('signup-email').waitFor();
    await app.page.close();
  });

  it('welcomes a new person in three screens, once, without asking for camera or microphone', async () => {
    const context = await env.browser.newContext();
    // Counts every request for camera or microphone the page makes.
    await context.addInitScript(() => {
      const calls = { count: 0 };
      Object.defineProperty(window, '__mediaRequests', { value: calls });
      const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
      if (original)
        navigator.mediaDevices.getUserMedia = (constraints) => {
          calls.count += 1;
          return original(constraints);
        };
    });
    const app = new RivionApp(await context.newPage(), env.server.url);
    const account = newAccount();
    await app.open('/signup');
    await app.page.getByTestId('signup-email').fill(account.email);
    await app.page.getByTestId('signup-username').fill(account.username);
    await app.page.getByTestId('signup-password').fill(account.password);
    await app.page.getByTestId('signup-consent').check();
    await app.page.getByTestId('signup-submit').click();

    const welcome = app.page.getByTestId('welcome');
    const titles: string[] = [];
    for (let step = 1; step <= 3; step += 1) {
      await welcome.getByText(`Step ${step} of 3`).waitFor();
      titles.push(await welcome.getByRole('heading', { level: 1 }).innerText());
      if (step < 3) await app.page.getByTestId('welcome-next').click();
    }
    expect(titles).toEqual([
      'What RIVION does',
      'What stays on this device',
      'Not an emergency service',
    ]);
    const lines = await welcome.locator('a[href^="tel:"], a[href^="sms:"]').count();
    expect(lines).toBeGreaterThan(0);
    await app.page.getByTestId('welcome-next').click();
    await app.page.waitForURL(/\/call$/);

    await app.open('/');
    await app.page.waitForURL(/\/call$/);
    expect(await welcome.count()).toBe(0);
    const requests = await app.page.evaluate(
      () => (window as unknown as { __mediaRequests: { count: number } }).__mediaRequests.count,
    );
    expect(requests).toBe(0);
    await context.close();
  });

  it('opens the crisis lines from any page with Get help now, each line a working link', async () => {
    const app = new RivionApp(await env.browser.newPage(), env.server.url);
    await app.signUp(newAccount());
    for (const link of ['Journal', 'Settings', 'Privacy', 'Call']) {
      await app.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: link })
        .click();
      expect(await app.page.getByTestId('get-help-now').isVisible()).toBe(true);
    }
    await app.page.getByTestId('get-help-now').click();
    const panel = app.page.locator('#get-help-panel').getByTestId('crisis-resources');
    await panel.waitFor();
    const hrefs = await panel
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(href).toMatch(/^(tel:\+?\d+|sms:\d+(\?body=\w+)?|https:\/\/)/);
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await panel.count()).toBe(0);
    await app.page.close();
  });

  it('offline, says sign-in needs a connection and disables it before anyone clicks', async () => {
    const context = await env.browser.newContext();
    const app = new RivionApp(await context.newPage(), env.server.url);
    await app.open('/signin');
    await app.page.getByTestId('signin-email').waitFor();
    expect(await app.page.getByTestId('offline-note').count()).toBe(0);
    await context.setOffline(true);
    await app.page.getByTestId('offline-note').waitFor();
    expect(await app.page.getByTestId('offline-note').innerText()).toMatch(
      /You are offline\. Signing in needs a connection/,
    );
    expect(await app.page.getByTestId('signin-submit').isDisabled()).toBe(true);
    await context.setOffline(false);
    await expect.poll(() => app.page.getByTestId('signin-submit').isDisabled()).toBe(false);
    await context.close();
  });

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

  it('sends its code compressed and lets browsers keep the hashed files for a year', async () => {
    const html = await (await fetch(env.server.url)).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(new URL(script, env.server.url), {
        headers: { 'accept-encoding': encoding },
      });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
    }
    const page = await fetch(env.server.url, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('no-cache');
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
