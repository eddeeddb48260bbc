// The yardstick for the import: the same final rows loaded by plain COPY into a second migrated
// database (same keys, indexes and foreign keys), in one transaction. The rows are taken from the
// database the import wrote (COPY ... TO a file per table), so both databases hold exactly the same
// rows and ids; only the load into the second one is timed.
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { importedTables } from '../../src/modules/regional-import/imported-tables.js';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function countRows(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of importedTables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      counts[table] = Number(rows[0]!.n);
    }
    return counts;
  });
}

/** Writes every imported table of `url` to `<folder>/<table>.copy` (COPY text format). */
export async function dumpTables(url: string, folder: string): Promise<void> {
  await withClient(url, async (client) => {
    for (const table of importedTables)
      await pipeline(
        // a query, not the table: COPY TO refuses a partitioned table (bill_line_item)
        client.query(copyTo(`COPY (SELECT * FROM "${table}") TO STDOUT`)),
        createWriteStream(join(folder, `${table}.copy`)),
      );
  });
}

/** Loads the dumped tables into `url` by COPY in one transaction; answers the seconds it took. */
export async function loadTables(url: string, folder: string): Promise<number> {
  return withClient(url, async (client) => {
    const started = performance.now();
    await client.query('BEGIN');
    for (const table of importedTables) {
      // the lines' quarters, as the import creates them before it writes lines
      if (table === 'bill_line_item')
        await client.query(
          'SELECT bill_line_item_add_partitions(min(period_start), max(period_start)) FROM bill',
        );
      await pipeline(
        createReadStream(join(folder, `${table}.copy`)),
        client.query(copyFrom(`COPY "${table}" FROM STDIN`)),
      );
    }
    await client.query('COMMIT');
    return (performance.now() - started) / 1000;
  });
}
