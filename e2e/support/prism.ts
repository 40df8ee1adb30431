/**
 * Stoplight Prism's validating proxy in front of a running server, on loopback. Without `--errors`
 * Prism forwards every request, even one the document calls invalid, and lists what disagrees with
 * the document in an `sl-violations` header; with it, Prism would answer invalid requests itself
 * and the server's own 400, 401 and 415 would never be checked.
 */
import { spawn } from 'node:child_process';
import { freePort } from './server';

export interface Violation {
  /** `['request', ...]` or `['response', ...]`, then the path inside it. */
  location: string[];
  severity: 'Error' | 'Warning' | 'Information' | 'Hint';
  code?: string | number;
  message: string;
}

export interface RunningPrism {
  url: string;
  stop(): Promise<void>;
}

export async function startPrism(documentPath: string, upstream: string): Promise<RunningPrism> {
  const port = await freePort();
  const child = spawn(
    'node_modules/.bin/prism',
    ['proxy', documentPath, upstream, '--host', '127.0.0.1', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('Prism is listening')) return resolve();
      if (child.exitCode !== null) return reject(new Error(`prism exited early:\n${output}`));
      setTimeout(check, 100);
    };
    check();
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The violations Prism found in one exchange; a header it had to cut short is itself a failure. */
export function violationsOf(response: Response): Violation[] {
  const header = response.headers.get('sl-violations');
  if (!header) return [];
  if (header.startsWith('Too many violations!')) throw new Error(header.slice(0, 2000));
  return JSON.parse(header) as Violation[];
}
