// The planner's statistics of the tables an import fills. A FULL export of a new region multiplies a
// table's rows inside one transaction, before autovacuum could notice: planned on the old statistics
// (an empty or small table), the next statements joined the new bills row by row against every bill
// of the region (40 million comparisons for a 333-bill delta right after a 10,000-customer FULL). So
// the import analyses a table itself once this transaction has written a good part of it; ANALYZE
// counts the rows the own transaction wrote.
import type pg from 'pg';
import { importedTables } from './imported-tables.js';

/** Rows written in this transaction, past which a table is analysed: at least this many... */
const minimumRows = 1000;
/** ...and at least this share of what the statistics believed the table held. */
const minimumShare = 0.2;

/**
 * Answers a function to call between the import's phases: it analyses the tables written since the
 * last call past the thresholds, and names them.
 */
export function statisticsRefresher(client: pg.ClientBase): () => Promise<string[]> {
  // this transaction's writes per table when it was last analysed
  const analysedAt = new Map<string, number>();
  return async () => {
    const counts = await client.query<{ table: string; written: string; believed: number }>(
      // a partitioned table's (bill_line_item's) writes are counted on its partitions: add them up
      `SELECT coalesce(p.relname, x.relname) AS table, sum(x.n_tup_ins + x.n_tup_upd) AS written,
              sum(greatest(c.reltuples, 0))::float8 AS believed
         FROM pg_stat_xact_user_tables x JOIN pg_class c ON c.oid = x.relid
         LEFT JOIN pg_inherits i ON i.inhrelid = x.relid LEFT JOIN pg_class p ON p.oid = i.inhparent
        WHERE coalesce(p.relname, x.relname) = ANY($1::text[]) AND c.relkind <> 'p'
        GROUP BY 1`,
      [importedTables],
    );
    const grown = counts.rows.filter((row) => {
      const since = Number(row.written) - (analysedAt.get(row.table) ?? 0);
      return since >= Math.max(minimumRows, minimumShare * row.believed);
    });
    if (grown.length === 0) return [];
    await client.query(`ANALYZE ${grown.map((row) => `"${row.table}"`).join(', ')}`);
    for (const row of grown) analysedAt.set(row.table, Number(row.written));
    return grown.map((row) => row.table);
  };
}
