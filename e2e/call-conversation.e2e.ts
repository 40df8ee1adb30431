/**
 * A text-only call on /call as a person has it: replies stream in and take up what they said, a
 * crisis message gets the helpline at once and it stays for the rest of the session, the session
 * ends with its summary, and nothing leaves for another host or carries a picture or sound.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordRequests } from './support/browser';
import { useAppUnderTest } from './support/fixture';
import { CallPageModel } from './pages/call';
import { newAccount, RivionApp } from './pages/app';

/** Every request went to our origin, and no body carried image or audio data. */
function expectPrivate(requests: Request[], origin: string): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    expect(url.origin, request.url()).toBe(origin);
    const type = request.headers()['content-type'] ?? '';
    expect(type, request.url()).not.toMatch(/image|audio|video|octet-stream|multipart/);
    const body = request.postData() ?? '';
    expect(body, request.url()).not.toMatch(/data:(image|audio|video)\/|[A-Za-z0-9+/]{2000,}/);
  }
}

describe('a text-only call', () => {
  const env = useAppUnderTest();

  it("streams replies about the person's topic, keeps the helpline up after a crisis message, and stays on our origin", async () => {
    const context = await env.browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const app = new RivionApp(page, env.server.url);
    await app.signUp(newAccount());
    const chat = new CallPageModel(page, env.server.url);
    await chat.open();
    await chat.startCall();
    await chat.panel('calibrating').waitFor();
    expect(await chat.panel('emotion').innerText()).toBe('Not read yet');

    await chat.recordStreaming();
    const first = await chat.send(
      'My manager moved the project deadline up again and I keep lying awake thinking about it.',
    );
    expect(first.toLowerCase()).toMatch(/deadline|project/);
    // The words were read: the panel names a feeling and says they were its source.
    await expect.poll(() => chat.panel('emotion').innerText()).not.toBe('Not read yet');
    // Words count for the feeling once the text model is ready, for stress at once.
    expect(await chat.panel('shares').innerText()).toMatch(/Words( \d+ %|: stress only)/);
    expect(await chat.panel('stress').getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    const streamed = await chat.streamedTexts();
    // Seen growing: several partial texts, each a beginning of the final reply.
    expect(new Set(streamed).size).toBeGreaterThan(2);
    for (const partial of streamed) expect(first.startsWith(partial.trim())).toBe(true);
    expect(await chat.noteOfReply(0)).not.toMatch(/offline/i);
    await expect.poll(() => chat.crisisResources().count()).toBe(0);

    await chat.send('Honestly I just feel tired of the whole thing at work.');
    expect(await chat.crisisResources().count()).toBe(0);

    // A crisis message: the help is on screen at once, before any ordinary reply.
    await page.getByTestId('chat-input').fill('I want to end my life. I have the pills here.');
    await page.getByTestId('chat-send').click();
    await chat.crisisResources().waitFor({ timeout: 5_000 });
    expect(await chat.crisisResources().innerText()).toMatch(/988|116 123|findahelpline/);

    // It stays through later, ordinary messages.
    await chat.send('Thanks. I am not sure what to do.');
    await chat.send('Maybe I will text my sister.');
    expect(await chat.crisisResources().isVisible()).toBe(true);

    // The moment is kept on this device as level, reason and time, never the words.
    const events = await chat.safetyEvents();
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ level: 'severe', source: 'chat' });
    expect(JSON.stringify(events)).not.toMatch(/pills|end my life/);

    await chat.endCall();
    expect(await page.getByTestId('summary-topics').innerText()).toMatch(/work/);
    expect(await page.getByTestId('summary-stress').innerText()).toMatch(/\d+ on average/);
    await page.getByTestId('chat-burnout').waitFor();

    // A line for the journal, its mood prefilled from the call; it lands in the journal.
    const mood = Number(await page.getByTestId('call-journal-note-mood').inputValue());
    expect(mood).toBeGreaterThanOrEqual(1);
    expect(mood).toBeLessThanOrEqual(5);
    await page.getByTestId('call-journal-note-text').fill('Talked through the deadline worries.');
    await page.getByTestId('call-journal-note-save').click();
    await page.getByTestId('call-journal-note-saved').waitFor();
    await app.openJournal();
    expect((await app.entryTexts()).join('\n')).toContain('Talked through the deadline worries.');

    expectPrivate(requests, env.server.url);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone: saying one is stressed moves the dial, and the suggestion card shows whole once they scroll to the end', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await new RivionApp(page, env.server.url).signUp(newAccount());
    const chat = new CallPageModel(page, env.server.url);
    await chat.open();
    await chat.startCall();

    await chat.send("I'm so stressed about the deadline on the project.");
    // The words say stressed: at least "moderate", not the "low" of a calm face alone.
    await expect
      .poll(async () => Number(await chat.panel('stress').getAttribute('aria-valuenow')))
      .toBeGreaterThanOrEqual(40);

    await chat.send("There's just too much to do and I don't know where to start");
    await page.getByTestId('suggestion-feedback').last().waitFor();
    // Read to the end, as a person does once the reply is in: the whole card, nothing over it.
    await chat.scrollToBottom();
    await expect.poll(() => chat.inPlainView('suggestion-feedback')).toBe(true);
    await context.close();
  });
});
