/**
 * WebKit, Safari's engine, through Debian's WebKitWebDriver (WebDriver classic, webdriverio).
 * WebKitGTK has no headless mode, so a private Xvfb display hosts it; each tab is its own
 * WebDriver session, i.e. its own MiniBrowser with a fresh profile and the mock camera and
 * microphone. WebDriver classic cannot take the network away: a test stops the server instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { remote } from 'webdriverio';
import { freePort } from './server';
import type { BrowserTab, TabBrowser } from './tab';
import { startXvfb, stopProcess, within } from './xvfb';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** Without a display `POST /session` hangs instead of failing: never wait longer than this. */
const SESSION_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 120_000;

async function waitForDriver(url: string, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer /status within 15 s');
}

/** MiniBrowser with the mock camera and microphone (without them getUserMedia fails). */
const capabilities = {
  browserName: 'MiniBrowser',
  // webdriverio 9 asks for BiDi by default, which WebKitWebDriver refuses.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': {
    binary: process.env.MINIBROWSER_PATH ?? MINIBROWSER,
    args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'],
  },
};

async function webkitTab(port: number): Promise<BrowserTab> {
  const session = await within(
    SESSION_TIMEOUT_MS,
    'creating a WebKit session',
    remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'warn',
      connectionRetryCount: 0,
      // Each command's own limit: on a loaded 2-core machine WebKit's page was once busy for
      // over 30 s while the face worker loaded, and a 30 s limit failed a command mid-call.
      connectionRetryTimeout: COMMAND_TIMEOUT_MS,
      capabilities,
    }),
  );
  return {
    async goto(url) {
      await session.url(url);
    },
    async reload() {
      await session.refresh();
    },
    async click(selector) {
      await session.$(selector).click();
    },
    async fill(selector, text) {
      await session.$(selector).setValue(text);
    },
    // webdriverio's types rewrite element arguments; the tests pass only plain values.
    evaluate: ((fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      session.execute(fn, ...args)) as BrowserTab['evaluate'],
    async screenshot(path) {
      await session.saveScreenshot(path);
    },
    close: () => session.deleteSession(),
  };
}

export async function launchWebKit(): Promise<TabBrowser> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    // SharedArrayBuffer stays off in WebKitGTK without this, even on a cross-origin isolated page.
    env: { ...process.env, DISPLAY: xvfb.display, JSC_useSharedArrayBuffer: '1' },
    stdio: 'ignore',
  });
  try {
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
  } catch (error) {
    await stopProcess(driver);
    await stopProcess(xvfb.process);
    throw error;
  }
  return {
    newTab: () => webkitTab(port),
    async close() {
      await stopProcess(driver);
      await stopProcess(xvfb.process);
    },
  };
}
