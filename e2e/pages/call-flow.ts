/**
 * The few steps the proof test and the call bench take on the product, by the contract's test ids
 * (BRIEF-COMMON): sign up past the welcome, start a call with camera and microphone, send a
 * message and wait for its streamed reply, move around by the main navigation. No vitest in here:
 * the bench runs it outside a test.
 */
import type { Page } from 'playwright-core';
import type { Account } from './app';

/** Signs up; resolves on the first-run welcome, which follows sign-up. */
export async function signUpToWelcome(page: Page, baseUrl: string, account: Account) {
  await page.goto(`${baseUrl}/signup`);
  await page.getByTestId('signup-email').fill(account.email);
  await page.getByTestId('signup-username').fill(account.username);
  await page.getByTestId('signup-password').fill(account.password);
  await page.getByTestId('signup-consent').check();
  await page.getByTestId('signup-submit').click();
  await page.getByTestId('welcome').waitFor();
}

/** Skips the welcome, which lands on the call. */
export async function skipWelcome(page: Page): Promise<void> {
  await page.getByTestId('welcome-skip').click();
  await page.waitForURL(/\/call$/);
}

/** A link of the main navigation: Call, Journal, Dashboard, Settings, Privacy. */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Starts the call with the toggles as they are; resolves once the self-view plays. */
export async function startCall(page: Page): Promise<void> {
  await page.getByTestId('call-start').click();
  await page.waitForFunction(
    () => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="call-self-view"]');
      return (video?.currentTime ?? 0) > 0.5;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Sends a message on the call and waits for the whole reply to it; returns the reply's text. */
export async function sendAndWaitForReply(page: Page, text: string): Promise<string> {
  const replies = page.locator('[data-testid="chat-message"][data-sender="ai"]');
  const before = await replies.count();
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-send').click();
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('[data-testid="chat-message"][data-sender="ai"]').length > count &&
      !document.querySelector('[data-testid="chat-streaming"]'),
    before,
    { timeout: 60_000 },
  );
  return (await replies.nth(before).innerText()).trim();
}
