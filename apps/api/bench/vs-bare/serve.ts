// One server of the comparison in a process of its own (vs-bare.bench.ts forks two): `portal` (the
// real app, logged in as the user of argv[3]) or `bare` (bare-server.ts). Reports its address over IPC
// and runs until the parent disconnects.
import { clockFrom } from '@portal/domain';
import { startBenchServer } from '../http-bench.js';
import { testConfig } from '../../src/testing/test-app.js';
import { startBareServer } from './bare-server.js';

export interface Served {
  url: string;
  /** the portal's: the access token of its login, which the bare server verifies too */
  authorization?: string;
}

const [kind, username] = process.argv.slice(2);
async function start(): Promise<Served & { close: () => Promise<void> }> {
  // as in production: compiled answers are not checked by zod as well (lib/serializer.ts)
  if (kind === 'portal') return startBenchServer(username!, { nodeEnv: 'production' });
  return startBareServer({
    databaseUrl: process.env.DATABASE_URL!,
    secret: testConfig().jwtSecret!,
    now: () => clockFrom(undefined).now(),
  });
}

const { close, ...served } = await start();
process.send!({ url: served.url, authorization: served.authorization } satisfies Served);
process.on('disconnect', () => void close().then(() => process.exit(0)));
