// Starts the built portal (apps/api/dist/local.js) as a child process on a fresh embedded database
// in a temporary folder, the way `npm start` runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';

const root = resolve(import.meta.dirname, '../..');

export interface RunningApp {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
    server.on('error', rej);
  });
}

export interface StartOptions {
  env?: Record<string, string>;
  /** reuse a data folder (a second start); a new temporary one otherwise */
  dataDir?: string;
  /** keep the data folder when stopping */
  keepData?: boolean;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'portal-e2e-')));
  const port = await freePort();
  const gatewayPort = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', join(root, 'apps/api/dist/local.js')],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        GATEWAY_SANDBOX_PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        DEMO_CUSTOMERS: '5',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // The tests use the address the portal prints, as a user would: it must be the origin the portal
  // sends the browser back to from the card gateway.
  let url: string | undefined;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${output}`);
    url ??= /is running at (\S+)/.exec(output)?.[1];
    const ready =
      url !== undefined &&
      (await fetch(`${url}/ready`).then(
        (r) => r.ok,
        () => false,
      ));
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not get ready in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: url!,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built portal and a browser for the tests of one file: started before them, stopped after them.
 * Read `portal.app` and `portal.browser` inside tests and hooks (they are set once the file starts).
 */
export function withPortal(): { app: RunningApp; browser: Browser } {
  const portal = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    portal.app = await startApp();
    portal.browser = await launchBrowser();
  });
  afterAll(async () => {
    await portal.browser?.close();
    await portal.app?.stop();
  });
  return portal;
}
