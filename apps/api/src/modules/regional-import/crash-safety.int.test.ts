// Whole or nothing: an import killed in the middle (while staging, or while merging) leaves the
// database as it was, and the next run gives the same database as one clean run.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fixedClock } from '@portal/domain';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createImportDatabase, fingerprint, type ImportDatabase } from '../../testing/import-database.js';
import { largeExport, streamOf } from '../../testing/regional-exports.js';
import { applyExport } from './apply-export.js';

const households = 600; // 6,600 records: more than one COPY batch
const child = fileURLToPath(new URL('../../testing/apply-export-child.ts', import.meta.url));
let db: ImportDatabase;

function startChild(pauseAt: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', child], {
    env: {
      ...process.env,
      DATABASE_URL: db.databaseUrl,
      USE_COPY: String(db.useCopy),
      HOUSEHOLDS: String(households),
      PAUSE_AT: String(pauseAt),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const said = (process: ChildProcess, word: string) =>
  new Promise<void>((resolve, reject) => {
    process.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(word)) resolve();
    });
    process.on('exit', (code) => reject(new Error(`the import ended (${code}) before it said ${word}`)));
  });

/** The other sessions on the test database: the killed import's, until the server has rolled it back. */
const otherSessions = () =>
  db.all<{ pid: number; wait_event: string | null }>(
    `SELECT pid, wait_event FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeEach(async () => {
  db = await createImportDatabase();
});
afterEach(async () => {
  await db.drop();
});

it('leaves the database as it was when killed, and a rerun gives the database of one clean run', async () => {
  const exp = largeExport('KG', households);
  const clock = fixedClock('2026-12-06T08:00:00Z');
  const clean = await createImportDatabase();
  await applyExport(clean, { ...exp, records: streamOf(exp.records), clock, useCopy: clean.useCopy });
  const expected = await fingerprint(clean);
  await clean.drop();
  const before = await fingerprint(db);

  // killed while its records stream in (one COPY batch written)
  const staging = startChild(6000);
  await said(staging, 'paused');
  staging.kill('SIGKILL');
  await until(async () => (await otherSessions()).length === 0, 'the killed session to end');
  expect(await fingerprint(db)).toEqual(before);

  // killed while merging: the card's first insert sleeps, so the parties, bills and payments are written
  await db.client.query(`
    CREATE FUNCTION crash_test_sleep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_sleep(120); RETURN NULL; END $$;
    CREATE TRIGGER crash_test_sleep AFTER INSERT ON ledger_entry
      FOR EACH STATEMENT EXECUTE FUNCTION crash_test_sleep();`);
  const merging = startChild(0);
  await until(async () => (await otherSessions()).some((s) => s.wait_event === 'PgSleep'), 'the merge');
  merging.kill('SIGKILL');
  // a server that lost its client mid-statement ends the session like this (or a crash would)
  await db.client.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  await until(async () => (await otherSessions()).length === 0, 'the killed session to end');
  await db.client.query('DROP TRIGGER crash_test_sleep ON ledger_entry; DROP FUNCTION crash_test_sleep()');
  expect(await fingerprint(db)).toEqual(before);
  expect(await db.all('SELECT id FROM import_run')).toEqual([]);

  const rerun = await applyExport(db, { ...exp, records: streamOf(exp.records), clock, useCopy: db.useCopy });
  expect(rerun).toMatchObject({ status: 'applied', records: households * 11, quarantined: 0 });
  expect(await fingerprint(db)).toEqual(expected);
}, 180_000);
