/**
 * An edit form left open on one device while another device's edit of the same entry arrives:
 * saving merges per field (the other device's text survives a mood-only change) and, when both
 * changed the same field, shows both and lets the person choose.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import type { RivionApp } from './pages/app';
import { twoDevices } from './pages/app';

/**
 * Waits until this version of the entry reached the device, read from its database (a form may
 * cover the list). The device is nudged to sync, so the test does not depend on live changes.
 */
async function waitForStored(app: RivionApp, version: { text: string; mood?: number }) {
  await expect
    .poll(
      async () => {
        await app.nudgeSync();
        const [entry] = await app.storedEntries();
        return { text: entry?.text, mood: version.mood === undefined ? undefined : entry?.mood };
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toEqual({ text: version.text, mood: version.mood });
}

describe('an edit form left open', () => {
  const env = useAppUnderTest();

  it("never silently replaces another device's edit of the same entry", async () => {
    const { laptop, phone, close } = await twoDevices(env.browser, env.server.url, [
      { mood: 4, text: 'First draft, from the laptop.', tags: ['draft'] },
    ]);

    // The laptop opens the form; the phone rewrites the text meanwhile.
    const laptopForm = await laptop.editEntry('First draft');
    const phoneForm = await phone.editEntry('First draft');
    await phoneForm.getByTestId('entry-text').fill('Second draft, from the phone.');
    await phoneForm.getByTestId('entry-save').click();
    await phone.entry('Second draft').waitFor();
    await waitForStored(laptop, { text: 'Second draft, from the phone.' });

    // The laptop changes only the mood: the phone's text stays.
    await laptopForm.getByTestId('entry-mood-8').click();
    await laptopForm.getByTestId('entry-save').click();
    const merged = laptop.entry('Second draft, from the phone.');
    await merged.waitFor();
    expect(await merged.innerText()).toContain('Mood 8/10');
    await waitForStored(phone, { text: 'Second draft, from the phone.', mood: 8 });

    // Both change the text: the laptop is shown both versions and keeps the one it chooses.
    const again = await laptop.editEntry('Second draft');
    const phoneAgain = await phone.editEntry('Second draft');
    await phoneAgain.getByTestId('entry-text').fill('Third draft, from the phone.');
    await phoneAgain.getByTestId('entry-save').click();
    await waitForStored(laptop, { text: 'Third draft, from the phone.' });
    await again.getByTestId('entry-text').fill('Third draft, from the laptop.');
    await again.getByTestId('entry-save').click();

    const conflict = again.getByTestId('edit-conflict');
    await conflict.waitFor();
    const offered = await conflict.innerText();
    expect(offered).toContain('Yours: Third draft, from the laptop.');
    expect(offered).toContain('From your other device: Third draft, from the phone.');
    await again.getByTestId('conflict-text-mine').check();
    await again.getByTestId('entry-save').click();
    await laptop.entry('Third draft, from the laptop.').waitFor();
    await waitForStored(phone, { text: 'Third draft, from the laptop.', mood: 8 });
    expect(await phone.storedEntries()).toHaveLength(1);

    await close();
  });
});
