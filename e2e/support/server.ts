/** Runs the real `npm start` server in a child process on a free port with its own data folder. */
import { existsSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its data folder. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become healthy within 60 s:\n${log()}`);
}

/** `port` lets a caller point something at the server (a proxy) while it starts. */
export async function startServer(
  env: Record<string, string> = {},
  port?: number,
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rivion-e2e-'));
  port ??= await freePort();
  const url = `http://localhost:${port}`;
  let child: ChildProcess | undefined;
  let output = '';

  const server: RunningServer = {
    url,
    dataDir,
    async start() {
      output = '';
      child = spawn(process.execPath, ['--import', 'tsx', 'edge-api/src/node/main.ts'], {
        env: {
          ...process.env,
          PORT: String(port),
          RIVION_DATA_DIR: dataDir,
          APP_ORIGIN: url,
          DATABASE_URL: '',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        await waitForHealth(url, child, () => output);
      } catch (error) {
        // A server that never became healthy would otherwise keep the caller's process alive.
        child.kill('SIGKILL');
        throw error;
      }
    },
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
    async dispose() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** Stops a suite early with the command to run when the built app lacks files it needs. */
export function requireBuilt(files: readonly string[]): void {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(
      `dist/ lacks ${missing.join(', ')}: run \`npm run models\` then \`vite build\``,
    );
  }
}
