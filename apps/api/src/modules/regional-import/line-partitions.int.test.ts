// The bill line items are partitioned by quarters of their bill's period (the partitioning migration):
// every line lands in its quarter, none is lost for want of a partition, and the import's replacing of
// a bill's lines and the cascade from a bill still work across partitions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '@portal/domain';
import { applyExport } from './apply-export.js';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import { bill, household, streamOf, testExport, type TestExport } from '../../testing/regional-exports.js';

const clock = fixedClock(new Date('2026-12-06T08:00:00Z'));
let db: ImportDatabase;

const apply = (exp: TestExport) =>
  applyExport(db, { ...exp, records: streamOf(exp.records), clock, useCopy: db.useCopy });

const ed = '1000000001';
const acc = '2000000001';

/** partition, line count and amounts of one bill's lines */
const linesOf = (number: string) =>
  db.all<{ partition: string; position: number; amount: string }>(
    `SELECT i.tableoid::regclass::text AS partition, i.position, i.amount::text AS amount
       FROM bill_line_item i JOIN bill b ON b.id = i.bill_id AND b.period_start = i.period_start
      WHERE b.source_id = $1 ORDER BY i.position`,
    [number],
  );
const lineCount = async () =>
  (await db.one<{ n: number }>('SELECT count(*)::int AS n FROM bill_line_item')).n;

/** A copy of bill B-1 under another number and period, written by hand with its lines (no import). */
async function copiedBill(number: string, periodStart: string): Promise<string> {
  await db.client.query(`CREATE TEMP TABLE copied AS SELECT * FROM bill WHERE source_id = 'B-1'`);
  await db.client.query(
    `UPDATE copied SET id = gen_random_uuid(), source_id = $1::text, number = $1::text, period_start = $2::date`,
    [number, periodStart],
  );
  const { id } = await db.one<{ id: string }>(`INSERT INTO bill SELECT * FROM copied RETURNING id`);
  await db.client.query('DROP TABLE copied');
  await db.client.query(
    `INSERT INTO bill_line_item (bill_id, period_start, position, code, kind, description, amount)
     SELECT $1, $2::date, position, code, kind, description, amount
       FROM bill_line_item WHERE bill_id = (SELECT id FROM bill WHERE source_id = 'B-1')`,
    [id, periodStart],
  );
  return id;
}

beforeEach(async () => {
  db = await createImportDatabase();
  await apply(testExport('BG', 1, 'FULL', [...household(1, ed, acc), ...bill('B-1', ed, acc)]));
});
afterEach(async () => {
  await db.drop();
});

describe('bill line items partitioned by the quarter of their bill', () => {
  it('puts the lines of a bill in the partition of its period', async () => {
    const lines = await linesOf('B-1');
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.partition))).toEqual(new Set(['bill_line_item_2026q4']));
  });

  it('creates the quarter of an imported bill whose period no partition covers yet', async () => {
    const later = { periodStart: '2031-02-01', periodEnd: '2031-02-28', days: '28' };
    await apply(testExport('BG', 2, 'DELTA', bill('B-2', ed, acc, later)));
    const lines = await linesOf('B-2');
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.partition))).toEqual(new Set(['bill_line_item_2031q1']));
  });

  it('keeps lines no partition covers in the default one, until their quarter is created', async () => {
    await copiedBill('X-1', '2035-05-01');
    expect(new Set((await linesOf('X-1')).map((l) => l.partition))).toEqual(
      new Set(['bill_line_item_default']),
    );
    expect(await lineCount()).toBe(6);

    const { added } = await db.one<{ added: number }>(
      `SELECT bill_line_item_add_partitions('2035-04-01', '2035-06-30') AS added`,
    );
    expect(added).toBe(1);
    expect(new Set((await linesOf('X-1')).map((l) => l.partition))).toEqual(
      new Set(['bill_line_item_2035q2']),
    );
    expect(await lineCount()).toBe(6);
    // a second call finds the quarter there
    expect(
      (
        await db.one<{ added: number }>(
          `SELECT bill_line_item_add_partitions('2035-04-01', '2035-06-30') AS added`,
        )
      ).added,
    ).toBe(0);
  });

  it("refuses a line whose period is not its bill's", async () => {
    await expect(
      db.client.query(
        `INSERT INTO bill_line_item (bill_id, period_start, position, code, kind, description, amount)
         SELECT id, '2026-07-01', 9, '9', 'energy', 'energy', 1 FROM bill WHERE source_id = 'B-1'`,
      ),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it("deletes a bill's lines with the bill", async () => {
    const id = await copiedBill('X-2', '2026-11-01');
    expect(await lineCount()).toBe(6);
    await db.client.query('DELETE FROM bill WHERE id = $1', [id]);
    expect(await lineCount()).toBe(3);
    expect(await linesOf('B-1')).toHaveLength(3);
  });

  it("replaces a re-imported bill's lines, also when its period moves to another quarter", async () => {
    await apply(testExport('BG', 2, 'DELTA', bill('B-1', ed, acc, { charge: '2000.00' })));
    expect((await linesOf('B-1')).map((l) => l.amount)).toEqual(['2000.00', '2000.00', '349.00']);

    const september = { periodStart: '2026-09-01', periodEnd: '2026-09-30', days: '30', charge: '1500.00' };
    await apply(testExport('BG', 3, 'DELTA', bill('B-1', ed, acc, september)));
    const lines = await linesOf('B-1');
    expect(lines.map((l) => l.amount)).toEqual(['1500.00', '1500.00', '349.00']);
    expect(new Set(lines.map((l) => l.partition))).toEqual(new Set(['bill_line_item_2026q3']));
    expect(await lineCount()).toBe(3);
  });
});
