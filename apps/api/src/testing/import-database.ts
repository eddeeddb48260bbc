// A scratch database of its own for the regional import's tests, with a pg client to look at it and a
// fingerprint of the billing tables (ids left out: they are random) to compare two databases.
import { migrate } from '@portal/db';
import { createScratchDatabase } from '@portal/db/testing';
import pg from 'pg';
import { importedTables } from '../modules/regional-import/imported-tables.js';
import { inject } from 'vitest';

export interface ImportDatabase {
  databaseUrl: string;
  useCopy: boolean;
  client: pg.Client;
  one<T>(sql: string, params?: unknown[]): Promise<T>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export async function createImportDatabase(): Promise<ImportDatabase> {
  const database = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
  const client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
  const all = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];
  return {
    databaseUrl: database.databaseUrl,
    useCopy: database.mode === 'server',
    client,
    all,
    one: async <T>(sql: string, params: unknown[] = []) => (await all<T>(sql, params))[0]!,
    drop: async () => {
      await client.end();
      await database.drop();
    },
  };
}

const fingerprinted = [...importedTables, 'import_rejected_row'];
// surrogate keys and the references made of them differ from one database to another
const surrogates = [
  'id',
  'customer_id',
  'billing_account_id',
  'metering_point_id',
  'meter_id',
  'bill_id',
  'previous_reading_id',
  'current_reading_id',
  'payment_id',
  'replaces_bill_id',
  'reverses_payment_id',
  'import_run_id',
  'resolved_by_run_id',
];

/** Per table: its row count and an md5 of its rows without surrogate keys. */
export async function fingerprint(db: ImportDatabase): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const without = surrogates.map((column) => ` - '${column}'`).join('');
  for (const table of fingerprinted) {
    const row = await db.one<{ count: number; hash: string | null }>(
      `SELECT count(*)::int AS count, md5(string_agg(r, '|' ORDER BY r)) AS hash
         FROM (SELECT (to_jsonb(t)${without})::text AS r FROM ${table} t) x`,
    );
    result[table] = `${row.count}:${row.hash ?? ''}`;
  }
  return result;
}
