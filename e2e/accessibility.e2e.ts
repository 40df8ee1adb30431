/**
 * No serious or critical axe-core violation on any page a person reaches, in light and in dark
 * mode (the device's colour scheme; the theme setting follows it by default), on a phone-sized
 * screen and a laptop. Each page is checked as a person leaves it: loaded, nothing pending.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { useAppUnderTest } from './support/fixture';
import { newAccount, RivionApp } from './pages/app';
import { CallPageModel } from './pages/call';

const SCHEMES = ['light', 'dark'] as const;
const SCREENS = [
  { name: 'phone', viewport: { width: 360, height: 740 } },
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
] as const;

async function expectAccessible(page: Page, name: string, ready: string) {
  await page.getByTestId(ready).first().waitFor();
  expect({ page: name, violations: await seriousAxeViolations(page) }).toEqual({
    page: name,
    violations: [],
  });
}

/** No page wider than the screen: nothing to scroll sideways on a 360 px phone. */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect({ page: name, overflow }).toEqual({ page: name, overflow: 0 });
}

describe('accessibility', () => {
  const env = useAppUnderTest();

  it('the check finds what it should: an image without text and an unlabelled field', async () => {
    const page = await env.browser.newPage();
    await page.setContent('<main><h1>Test</h1><img src="a.png"><input type="text"></main>');
    const found = (await seriousAxeViolations(page)).map((violation) => violation.id);
    expect(found).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await page.close();
  });

  it('reaches every control by keyboard with a visible focus ring, Get help now included', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    const app = new RivionApp(await context.newPage(), env.server.url);
    await app.signUp(newAccount());
    // A fresh load: the keyboard starts from the top of the page.
    await app.open('/journal');
    await app.page.getByTestId('journal-new').waitFor();
    const seen: string[] = [];
    // Tab through the page until the focus leaves it (back to the body).
    for (let step = 0; step < 30; step += 1) {
      await app.page.keyboard.press('Tab');
      const focused = await app.page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        if (element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          name: element.dataset.testid ?? element.textContent?.trim() ?? element.tagName,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) break;
      expect(focused).toEqual({ name: focused.name, ring: true });
      seen.push(focused.name);
    }
    expect(seen).toEqual(expect.arrayContaining(['get-help-now', 'journal-link', 'journal-new']));
    await app.page.getByTestId('get-help-now').focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('crisis-resources').waitFor();
    await context.close();
  });

  for (const scheme of SCHEMES) {
    for (const screen of SCREENS) {
      it(`has no serious or critical violations in ${scheme} mode on a ${screen.name}`, async () => {
        const context = await env.browser.newContext({
          colorScheme: scheme,
          viewport: screen.viewport,
        });
        const app = new RivionApp(await context.newPage(), env.server.url);
        const check = async (name: string, ready: string) => {
          await expectAccessible(app.page, `${name} (${scheme}, ${screen.name})`, ready);
          await expectNoSidewaysScroll(app.page, `${name} (${scheme}, ${screen.name})`);
        };

        await app.open('/');
        await check('landing', 'landing');
        await app.open('/signin');
        await check('sign-in', 'signin-email');
        await app.open('/privacy');
        await check('privacy, signed out', 'privacy');
        await app.open('/signup');
        await check('sign-up', 'signup-email');

        const account = newAccount();
        await app.page.getByTestId('signup-email').fill(account.email);
        await app.page.getByTestId('signup-username').fill(account.username);
        await app.page.getByTestId('signup-password').fill(account.password);
        await app.page.getByTestId('signup-consent').check();
        await app.page.getByTestId('signup-submit').click();
        await check('welcome', 'welcome');
        await app.skipWelcome();
        await check('call, before it starts', 'call-start');
        const call = new CallPageModel(app.page, env.server.url);
        await call.startCall();
        await call.send('Work has been a lot this week.');
        await check('call, text only', 'chat-input');
        await call.endCall();
        await check('call, ended', 'chat-summary');

        await app.openJournal();
        await app.writeEntry({ mood: 7, text: 'A quiet walk by the river.', tags: ['walk'] });
        await check('journal', 'journal-entry');
        await app.openSettings();
        await check('settings', 'signout');
        await app.page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Dashboard', exact: true })
          .click();
        await check('dashboard', 'dashboard-burnout');
        await app.openSettings();
        await app.page.getByTestId('privacy-link').click();
        await check('privacy', 'privacy-retention');
        await app.page.getByTestId('get-help-now').click();
        await check('get help now', 'crisis-resources');
        await context.close();
      });
    }
  }
});
