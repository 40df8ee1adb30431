/**
 * Signing out while offline with entries that have not synced: they are never removed without a
 * confirmation that says how many would be lost, and kept unless the person confirms that.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { RivionApp, newAccount } from './pages/app';

describe('sign-out with unsynced entries', () => {
  const env = useAppUnderTest();

  it('asks before removing offline entries, keeps them when asked to, removes them only when confirmed', async () => {
    const account = newAccount();
    const context = await env.browser.newContext();
    const laptop = new RivionApp(await context.newPage(), env.server.url);
    await laptop.signUp(account);
    await laptop.waitUntilOfflineReady();

    await context.setOffline(true);
    const kept = ['Slept badly, long day.', 'Coffee with Sam helped.', 'Early night.'];
    for (const [i, text] of kept.entries()) {
      await laptop.writeEntry({ mood: 4 + i, text, tags: ['offline'] });
    }
    await laptop.openSettings();
    // "Also remove my journal from this device" is ticked, as on a shared device.
    expect(await laptop.page.getByTestId('signout-remove').isChecked()).toBe(true);
    await laptop.page.getByTestId('signout').click();
    const question = laptop.page.getByTestId('signout-unsynced');
    expect(await question.innerText()).toContain(
      '3 journal changes made on this device have not reached RIVION yet.',
    );
    await laptop.page.getByTestId('signout-keep').click();
    await laptop.waitUntilSignedOut();

    await context.setOffline(false);
    await laptop.signIn(account);
    await laptop.waitForEntries(3);
    await laptop.waitUntilSynced();
    const phoneContext = await env.browser.newContext();
    const phone = new RivionApp(await phoneContext.newPage(), env.server.url);
    await phone.signIn(account);
    await phone.waitForEntries(3);
    await phoneContext.close();

    // Offline again: one more entry, then a sign-out that is cancelled, then one that is confirmed.
    await context.setOffline(true);
    await laptop.writeEntry({ mood: 2, text: 'Written to be discarded.', tags: [] });
    await laptop.openSettings();
    await laptop.page.getByTestId('signout').click();
    expect(await question.innerText()).toContain(
      '1 journal change made on this device has not reached RIVION yet.',
    );
    await laptop.page.getByRole('button', { name: 'Cancel' }).click();
    expect(await laptop.page.getByTestId('signout').isVisible()).toBe(true);
    expect(await laptop.page.getByTestId('settings-link').isVisible()).toBe(true);

    await laptop.page.getByTestId('signout').click();
    await laptop.page.getByTestId('signout-discard').click();
    await laptop.waitUntilSignedOut();
    await context.setOffline(false);
    await laptop.signIn(account);
    await laptop.waitForEntries(3);
    expect((await laptop.entryTexts()).join('\n')).not.toContain('Written to be discarded.');
    await context.close();
  });

  it("asks before another account's sign-in removes what the last one never synced", async () => {
    const alice = newAccount();
    const bob = newAccount();
    const bobsContext = await env.browser.newContext();
    await new RivionApp(await bobsContext.newPage(), env.server.url).signUp(bob);
    await bobsContext.close();

    const context = await env.browser.newContext();
    const shared = new RivionApp(await context.newPage(), env.server.url);
    await shared.signUp(alice);
    await shared.waitUntilOfflineReady();
    await context.setOffline(true);
    await shared.writeEntry({ mood: 5, text: 'Only on this laptop so far.', tags: [] });
    await shared.openSettings();
    await shared.page.getByTestId('signout-remove').uncheck();
    await shared.page.getByTestId('signout').click();
    await shared.waitUntilSignedOut();
    await context.setOffline(false);

    await shared.open('/signin');
    await shared.page.getByTestId('signin-email').fill(bob.email);
    await shared.page.getByTestId('signin-password').fill(bob.password);
    await shared.page.getByTestId('signin-submit').click();
    const question = shared.page.getByTestId('signin-other-account');
    expect(await question.innerText()).toContain(
      '1 journal change made on this device has not reached RIVION yet.',
    );
    await shared.page.getByTestId('signin-keep-other').click();
    expect(await question.isVisible()).toBe(false);

    // Alice signs in instead, and her entry reaches RIVION.
    await shared.signIn(alice);
    await shared.waitForEntries(1);
    await shared.waitUntilSynced();
    await context.close();
  });
});
