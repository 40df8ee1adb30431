/**
 * The safety check runs wherever the person writes: a journal entry with crisis language shows
 * the helplines of the person's region once it is saved, danger from someone else shows the abuse
 * helpline, and an ordinary entry shows nothing.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { RivionApp, newAccount } from './pages/app';

describe('journal safety check', () => {
  const env = useAppUnderTest();

  it('shows the helplines after a worrying entry is saved, and nothing after an ordinary one', async () => {
    // A browser in the UK: the panel shows the UK's lines and emergency number.
    const context = await env.browser.newContext({ locale: 'en-GB' });
    const app = new RivionApp(await context.newPage(), env.server.url);
    await app.signUp(newAccount());

    await app.writeEntry({
      mood: 6,
      text: 'A walk at lunch helped more than I expected.',
      tags: [],
    });
    await app.waitForSafetyChecks(1);
    await expect(app.crisisResources().count()).resolves.toBe(0);

    const worrying = "I can't do this anymore. I want to kill myself tonight.";
    await app.writeEntry({ mood: 1, text: worrying, tags: [] });
    const panel = app.crisisResources();
    await panel.waitFor();
    expect(await panel.getAttribute('data-level')).toBe('severe');
    const shown = await panel.innerText();
    expect(shown).toContain('116 123');
    expect(shown).toContain('999 or 112');
    expect(shown).not.toContain('988');
    expect(await panel.getByRole('link', { name: 'Samaritans' }).getAttribute('href')).toBe(
      'tel:116123',
    );
    // The entry is saved all the same.
    await expect(app.entry(worrying).count()).resolves.toBe(1);

    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(app.crisisResources().count()).resolves.toBe(0);

    await app.writeEntry({
      mood: 2,
      text: "My husband hits me and I'm scared to go home.",
      tags: [],
    });
    const danger = app.page.getByTestId('danger-resources');
    await danger.waitFor();
    expect(await danger.innerText()).toContain('0808 2000 247');

    await context.close();
  });
});
