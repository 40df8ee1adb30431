/**
 * A change the server refuses never blocks the others: it is set aside, explained beside its entry
 * in a plain sentence, and the person fixes or discards it. The form itself refuses what the
 * server would, with the same sentence.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { RivionApp, newAccount } from './pages/app';

const LONG_TAG = 'a-tag-that-is-much-too-long-for-rivion-41';
const SENTENCE = 'A tag can be at most 40 characters.';

describe('a refused change', () => {
  const env = useAppUnderTest();

  it('is set aside and explained beside its entry; later entries sync, Fix syncs it, Discard clears it', async () => {
    expect(LONG_TAG).toHaveLength(41);
    const account = newAccount();
    const laptopContext = await env.browser.newContext();
    const laptop = new RivionApp(await laptopContext.newPage(), env.server.url);
    await laptop.signUp(account);

    // The form refuses the tag before saving, in the server's sentence.
    await laptop.page.getByTestId('journal-new').click();
    await laptop.page.getByTestId('entry-mood-5').click();
    await laptop.page.getByTestId('entry-text').fill('Tagged too long in the form.');
    await laptop.page.getByTestId('entry-tags').fill(LONG_TAG);
    await laptop.page.getByTestId('entry-save').click();
    await laptop.page.getByRole('alert').filter({ hasText: SENTENCE }).waitFor();
    await laptop.page.getByRole('button', { name: 'Cancel' }).click();
    expect(await laptop.storedEntries()).toEqual([]);

    await laptop.writeEntry({ mood: 6, text: 'Synced before anything went wrong.', tags: ['ok'] });
    await laptop.waitUntilSynced();

    // An over-long tag reaches the outbox anyway (as from an older app), then more entries follow.
    const refusedId = randomUUID();
    await laptop.writeUncheckedEntry(refusedId, {
      mood: 3,
      text: 'The entry with the long tag.',
      tags: [LONG_TAG],
      occurred_at: new Date().toISOString(),
    });
    await laptop.page.reload();
    await laptop.writeEntry({ mood: 7, text: 'Written after the refused one.', tags: ['later'] });
    await laptop.waitUntilSynced();

    const refused = laptop.entry('The entry with the long tag.').getByTestId('entry-refused');
    await refused.waitFor();
    expect(await refused.innerText()).toContain(SENTENCE);
    const banner = await laptop.page.locator('.notices').innerText();
    expect(banner).not.toMatch(/changes\.\d|data\.tags|too big/i);
    // Nothing is paused and nothing waits: the refused change is out of the queue.
    await laptop.waitUntilSynced();

    const phoneContext = await env.browser.newContext();
    const phone = new RivionApp(await phoneContext.newPage(), env.server.url);
    await phone.signIn(account);
    await phone.waitForEntries(2);
    expect((await phone.entryTexts()).join('\n')).toContain('Written after the refused one.');

    // Fix: edit the entry; the new edit replaces the refused change and syncs.
    await refused.getByTestId('entry-refused-fix').click();
    const form = laptop.page.getByRole('form', { name: 'Edit entry' });
    await form.getByRole('button', { name: `Remove tag ${LONG_TAG}` }).click();
    await form.getByTestId('entry-tags').fill('fixed');
    await form.getByTestId('entry-save').click();
    await laptop.entry('The entry with the long tag.').getByText('fixed').waitFor();
    expect(await laptop.page.getByTestId('entry-refused').count()).toBe(0);
    await laptop.waitUntilSynced();
    await phone.page.reload();
    await phone.waitForEntries(3);
    expect((await phone.entryTexts()).join('\n')).toContain('fixed');

    // Discard: a refused edit of a synced entry goes back to the synced version. (Written around
    // the app, it is like a change from the app before it kept synced versions: the device pulls
    // everything again to find it.)
    const synced = (await laptop.storedEntries()).find((e) => e.text.startsWith('Synced before'))!;
    await laptop.writeUncheckedEntry(synced.id, {
      mood: 1,
      text: 'A refused edit of a synced entry.',
      tags: [LONG_TAG],
      occurred_at: new Date().toISOString(),
    });
    await laptop.page.reload();
    const refusedEdit = laptop
      .entry('A refused edit of a synced entry.')
      .getByTestId('entry-refused');
    await refusedEdit.waitFor({ timeout: 30_000 });
    laptop.page.once('dialog', (dialog) => void dialog.accept());
    await refusedEdit.getByTestId('entry-refused-discard').click();
    await laptop.entry('Synced before anything went wrong.').waitFor();
    expect(await laptop.page.getByTestId('entry-refused').count()).toBe(0);
    expect((await laptop.entryTexts()).join('\n')).not.toContain('A refused edit');
    await laptop.waitUntilSynced();

    await phoneContext.close();
    await laptopContext.close();
  });
});
