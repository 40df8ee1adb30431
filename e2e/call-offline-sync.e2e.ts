/**
 * A text-only call with no connection: replies still come, from this device and saying so, and the
 * session and its messages reach the person's other device once the laptop is back online.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { CallPageModel } from './pages/call';
import { newAccount, RivionApp } from './pages/app';

describe('an offline conversation that syncs later', () => {
  const env = useAppUnderTest();

  it('answers offline on the device and shows the session on a second device after sync', async () => {
    const account = newAccount();
    const laptopContext = await env.browser.newContext();
    const laptop = new RivionApp(await laptopContext.newPage(), env.server.url);
    await laptop.signUp(account);
    await laptop.waitUntilOfflineReady();
    const chat = new CallPageModel(laptop.page, env.server.url);
    await chat.open();

    await laptopContext.setOffline(true);
    await chat.startCall();
    await laptop.page.getByTestId('chat-offline').waitFor();
    const said = [
      'Work has been a lot this week, the deadline keeps moving.',
      'I did manage a short walk with my dog this morning.',
    ];
    const replies = [];
    for (const text of said) replies.push(await chat.send(text));
    for (const [index, reply] of replies.entries()) {
      expect(reply.length).toBeGreaterThan(10);
      expect(await chat.noteOfReply(index)).toBe('Answered on this device while offline');
    }

    await laptopContext.setOffline(false);
    await laptop.nudgeSync();
    await laptop.waitUntilSynced();

    const phoneContext = await env.browser.newContext();
    const phone = new RivionApp(await phoneContext.newPage(), env.server.url);
    await phone.signIn(account);
    const phoneChat = new CallPageModel(phone.page, env.server.url);
    await phoneChat.open();
    await expect.poll(() => phoneChat.messages().count(), { timeout: 30_000 }).toBe(4);
    const onPhone = (await phoneChat.messages().allInnerTexts()).join('\n');
    for (const text of [...said, ...replies]) expect(onPhone).toContain(text);

    await phoneContext.close();
    await laptopContext.close();
  });
});
