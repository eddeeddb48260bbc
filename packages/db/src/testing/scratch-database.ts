// Throwaway databases for tests: a fresh database on the PostgreSQL server when one is reachable (or
// required, with CI=true), otherwise an in-memory PGlite served on a loopback port.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../embedded.js';

export const defaultServerUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  databaseUrl: string;
  mode: 'server' | 'pglite';
  drop(): Promise<void>;
}

export async function isServerReachable(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createScratchDatabase(
  mode: 'server' | 'pglite',
  serverUrl = defaultServerUrl,
): Promise<ScratchDatabase> {
  if (mode === 'pglite') {
    const embedded = await startEmbeddedPostgres();
    return { databaseUrl: embedded.databaseUrl, mode, drop: () => embedded.stop() };
  }
  const name = `portal_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withAdmin(serverUrl, async (admin) => {
    await admin.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    mode,
    drop: () =>
      withAdmin(serverUrl, async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Which kind of database the tests use: TEST_DATABASE_MODE forces one; with CI=true the server is
 * required; otherwise the server when reachable, else PGlite.
 */
export async function chooseTestDatabaseMode(serverUrl = defaultServerUrl): Promise<'server' | 'pglite'> {
  const forced = process.env.TEST_DATABASE_MODE;
  if (forced === 'server' || forced === 'pglite') return forced;
  if (await isServerReachable(serverUrl)) return 'server';
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true requires the PostgreSQL server at ${serverUrl} (set TEST_DATABASE_SERVER_URL), but it is not reachable.`,
    );
  }
  return 'pglite';
}
