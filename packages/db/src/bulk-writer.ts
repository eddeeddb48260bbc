// Bulk loading (the demo generator, the regional import's staging): COPY on a PostgreSQL server; on the embedded PGlite (whose socket
// server does not speak the COPY sub-protocol) one INSERT ... SELECT FROM unnest($1, $2, ...) per
// batch, which sends one array parameter per column whatever the number of rows.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null | undefined;

export interface TableSpec {
  table: string;
  /** column name and its PostgreSQL type, for the unnest casts */
  columns: readonly (readonly [string, string])[];
}

export type Rows = Cell[][];

const needsEscape = /[\\\t\n\r]/;

export function copyText(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (!needsEscape.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export async function writeRows(
  client: pg.ClientBase,
  spec: TableSpec,
  rows: Rows,
  useCopy: boolean,
): Promise<void> {
  if (rows.length === 0) return;
  const columnList = spec.columns.map(([name]) => `"${name}"`).join(', ');
  if (useCopy) {
    // Rows go out in chunks of about 64 KB: one socket write per row cost more than the COPY itself.
    const lines = function* () {
      let chunk = '';
      for (const row of rows) {
        chunk += row.map(copyText).join('\t') + '\n';
        if (chunk.length >= 65_536) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    };
    await pipeline(
      Readable.from(lines()),
      client.query(copyFrom(`COPY "${spec.table}" (${columnList}) FROM STDIN`)),
    );
    return;
  }
  // Keep each statement's parameters to a sane size on the embedded database.
  const batch = 5000;
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const params = spec.columns.map((_, i) => slice.map((row) => row[i] ?? null));
    const casts = spec.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await client.query(`INSERT INTO "${spec.table}" (${columnList}) SELECT * FROM unnest(${casts})`, params);
  }
}
