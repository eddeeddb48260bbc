// Builds the whole demo dataset in one transaction: tariffs, the demo accounts, then
// `customers` random customers, each with `months` months of history.
import pg from 'pg';
import { archiveWindow, belgradeDateOf } from '@portal/domain';
import { buildDataset } from './dataset.js';
import { addDemoSelfReading } from './demo-self-reading.js';
import { addDemoUsers } from './demo-users.js';
import { Sink } from './sink.js';

export interface GenerateOptions {
  databaseUrl: string;
  /** random customers besides the demo accounts */
  customers: number;
  seed?: number;
  /**
   * the instant the data is loaded, from the app's clock: users are registered and contracts linked
   * then, and every bill counts as received then (default: now)
   */
  now?: Date;
  /** the day the data is generated "as of": bills up to the month before it (default: now's date in Belgrade) */
  asOf?: string;
  months?: number;
  demoPassword: string;
  /** COPY is fastest on a PostgreSQL server; the embedded PGlite needs INSERTs */
  useCopy: boolean;
  log?: (message: string) => void;
}

export interface GenerateSummary {
  rows: Record<string, number>;
  /** seconds spent writing each table */
  writeSeconds: Record<string, number>;
  seconds: number;
}

/**
 * True when the database has neither billing data nor users: only then do we load demo data. The
 * regions do not count: the migrations put them in every database as reference data.
 */
export async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ used: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM customer) OR EXISTS (SELECT 1 FROM app_user) AS used',
    );
    return !rows[0]!.used;
  } finally {
    await client.end();
  }
}

export async function generateDemoData(options: GenerateOptions): Promise<GenerateSummary> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const loadedAt = options.now ?? new Date();
  const asOf = options.asOf ?? belgradeDateOf(loadedAt);
  const months = options.months ?? archiveWindow.months;
  const sink = new Sink(loadedAt.toISOString());
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (options.useCopy) await skipForeignKeyChecks(client);
    const demo = await buildDataset(
      sink,
      { customers: options.customers, seed: options.seed, asOf, months },
      async (i) => {
        if (sink.pending() <= 200_000) return;
        await sink.flush(client, options.useCopy);
        log(`  ${i + 1} of ${options.customers} customers written`);
      },
    );
    await addDemoUsers(sink, demo.links, options.demoPassword, loadedAt.toISOString());
    await sink.flush(client, options.useCopy);
    await addDemoSelfReading(client, asOf, loadedAt.toISOString());
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await analyze(options.databaseUrl);
  return {
    rows: Object.fromEntries(sink.totals),
    writeSeconds: Object.fromEntries([...sink.writeMs].map(([table, ms]) => [table, Math.round(ms) / 1000])),
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * Foreign-key triggers cost most of a bulk load's time; the generator writes parents before children,
 * and its integration test checks the references. Needs a superuser; otherwise the checks stay on.
 */
async function skipForeignKeyChecks(client: pg.Client): Promise<void> {
  await client.query('SAVEPOINT replica');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query('RELEASE SAVEPOINT replica');
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT replica');
  }
}

async function analyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('ANALYZE').finally(() => client.end());
}
