import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '@portal/domain';
import { applyExport } from './apply-export.js';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import { largeExport, streamOf } from '../../testing/regional-exports.js';

let db: ImportDatabase;
beforeEach(async () => {
  db = await createImportDatabase();
});
afterEach(async () => {
  await db.drop();
});

it('leaves the planner statistics of the tables a large export filled counting their rows', async () => {
  const exp = largeExport('NS', 1200);
  const phases: string[] = [];
  const result = await applyExport(db, {
    ...exp,
    records: streamOf(exp.records),
    clock: fixedClock('2026-12-06T08:00:00Z'),
    useCopy: db.useCopy,
    onPhase: (phase) => phases.push(phase),
  });
  expect(result.status).toBe('applied');
  expect(phases).toContain('balances');
  const believed = await db.all<{ table: string; reltuples: number }>(
    `SELECT relname AS table, reltuples FROM pg_class
      WHERE relname IN ('customer', 'metering_point', 'bill', 'payment', 'ledger_entry') ORDER BY relname`,
  );
  // a table never analysed says -1; these were analysed inside the import, before the phases reading them
  expect(believed).toEqual([
    { table: 'bill', reltuples: 1200 },
    { table: 'customer', reltuples: 1200 },
    { table: 'ledger_entry', reltuples: 2400 },
    { table: 'metering_point', reltuples: 1200 },
    { table: 'payment', reltuples: 1200 },
  ]);
});
