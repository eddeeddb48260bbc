import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '@portal/domain';
import { applyExport } from './apply-export.js';
import { createImportDatabase, fingerprint, type ImportDatabase } from '../../testing/import-database.js';
import {
  account,
  bill,
  customer,
  household as houseOf,
  ledgerEntry,
  meteringPoint,
  notice,
  payment,
  streamOf,
  testExport,
  type TestExport,
} from '../../testing/regional-exports.js';

const now = new Date('2026-12-06T08:00:00Z');
const clock = fixedClock(now);
let db: ImportDatabase;

const apply = (exp: TestExport, trailerCheck?: () => string | null) =>
  applyExport(db, { ...exp, records: streamOf(exp.records), clock, useCopy: db.useCopy, trailerCheck });

const ed = '1000000001';
const acc = '2000000001';
const household = (n = 1, edNumber = ed, accountNumber = acc) => houseOf(n, edNumber, accountNumber);

const balanceOf = async (edNumber = ed) =>
  (
    await db.one<{ balance: string | null }>(
      `SELECT (SELECT l.balance::text FROM ledger_entry l WHERE l.metering_point_id = m.id
                ORDER BY l.entry_date DESC, l.id DESC LIMIT 1) AS balance
         FROM metering_point m WHERE m.ed_number = $1`,
      [edNumber],
    )
  ).balance;
const billRow = (number: string) =>
  db.one<{ status: string; amount_paid: string; paid_on: string | null; imported_at: Date }>(
    `SELECT status, amount_paid::text, to_char(paid_on, 'YYYY-MM-DD') AS paid_on, imported_at
       FROM bill WHERE source_id = $1`,
    [number],
  );
const count = async (sql: string, params: unknown[] = []) => (await db.one<{ n: number }>(sql, params)).n;

beforeEach(async () => {
  db = await createImportDatabase();
});
afterEach(async () => {
  await db.drop();
});

describe('applying a regional export', () => {
  it('applies a FULL export, then a DELTA: records, card, settlement, announcements', async () => {
    const full = testExport('BG', 1, 'FULL', [
      household(),
      bill('B-1', ed, acc),
      payment('P-1', ed, acc, '2026-11-10', '3349.00'),
      ledgerEntry('K-1', ed, '2026-11-30', 'INTEREST', '12.00', '0.00'),
      notice('O-1', ed, '2026-12-01'),
    ]);
    expect(await apply(full)).toMatchObject({ status: 'applied', records: 13, quarantined: 0 });
    expect(await billRow('B-1')).toMatchObject({
      status: 'ISSUED',
      amount_paid: '3349.00',
      paid_on: '2026-11-10',
    });
    expect((await billRow('B-1')).imported_at).toEqual(now);
    expect(await balanceOf()).toBe('12.00');
    expect(await count(`SELECT count(*)::int AS n FROM bill_line_item`)).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM dunning_notice WHERE status = 'OPEN'`)).toBe(1);

    const delta = testExport('BG', 2, 'DELTA', [
      meteringPoint(ed, acc, { status: 'D' }),
      bill('B-2', ed, acc, { issueDate: '2026-12-05', dueDate: '2026-12-20' }),
      payment('P-2', ed, acc, '2026-12-06', '1000.00'),
      ledgerEntry('K-2', ed, '2026-12-06', 'COMPENSATION', '0.00', '100.00'),
    ]);
    expect(await apply(delta)).toMatchObject({ status: 'applied', records: 7, quarantined: 0 });
    expect(await billRow('B-2')).toMatchObject({ status: 'ISSUED', amount_paid: '1000.00', paid_on: null });
    expect(await balanceOf()).toBe('2261.00');
    expect(await db.one(`SELECT status FROM metering_point WHERE ed_number = $1`, [ed])).toEqual({
      status: 'DISCONNECTED',
    });
    expect(
      await db.all(
        `SELECT sequence, status, records_total, records_applied FROM import_run ORDER BY sequence`,
      ),
    ).toEqual([
      { sequence: 1, status: 'APPLIED', records_total: 13, records_applied: 13 },
      { sequence: 2, status: 'APPLIED', records_total: 7, records_applied: 7 },
    ]);
  });

  it('changes nothing when the same export comes again, and refuses other content under its sequence', async () => {
    const full = testExport('NS', 1, 'FULL', [household(), bill('B-1', ed, acc)]);
    await apply(full);
    const before = await fingerprint(db);
    const runs = await count(`SELECT count(*)::int AS n FROM import_run`);
    expect(await apply(full)).toMatchObject({ status: 'already_applied' });
    expect(await fingerprint(db)).toEqual(before);
    expect(await count(`SELECT count(*)::int AS n FROM import_run`)).toBe(runs);

    const other = testExport('NS', 1, 'FULL', [household(), bill('B-9', ed, acc)]);
    expect(await apply(other)).toMatchObject({ status: 'refused' });
    expect(await fingerprint(db)).toEqual(before);
  });

  it('applies an export once when two workers take it at the same time', async () => {
    const full = testExport('KG', 1, 'FULL', [household(), bill('B-1', ed, acc)]);
    const results = await Promise.all([apply(full), apply(full)]);
    expect(results.map((r) => r.status).sort()).toEqual(['already_applied', 'applied']);
    expect(await count(`SELECT count(*)::int AS n FROM bill`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM ledger_entry`)).toBe(1);
  });

  it('lets an export wait while a sequence before it is missing, and refuses a late FULL', async () => {
    await apply(testExport('NI', 1, 'FULL', [household()]));
    const before = await fingerprint(db);
    const ahead = await apply(testExport('NI', 3, 'DELTA', [bill('B-1', ed, acc)]));
    expect(ahead).toMatchObject({ status: 'waiting' });
    expect(ahead.reason).toMatch(/sequence 2/);
    expect(await fingerprint(db)).toEqual(before);
    expect(await apply(testExport('NI', 2, 'FULL', [household()]))).toMatchObject({ status: 'refused' });
    expect(await db.all(`SELECT status FROM import_run ORDER BY started_at, status`)).toHaveLength(3);
  });

  it('quarantines a record with its raw text and reason and applies the rest', async () => {
    const exp = testExport('KG', 1, 'FULL', [
      household(),
      customer('C2', 2, { jmbg: '0101980710001' }),
      bill('B-1', ed, acc),
      bill('B-2', ed, acc, { lineAmount: '2999.99' }),
      meteringPoint('1000000002', acc, { eic: '41T100000000100A' }),
    ]);
    expect(await apply(exp)).toMatchObject({ status: 'applied', records: 16, quarantined: 6 });
    const rows = await db.all<{ record_type: string; source_key: string; reason: string; raw: string }>(
      `SELECT record_type, source_key, reason, raw FROM import_rejected_row ORDER BY position`,
    );
    expect(rows[0]).toMatchObject({ record_type: 'customer', source_key: 'C2' });
    expect(rows[0]!.reason).toMatch(/jmbg/);
    expect(rows[0]!.raw).toContain('0101980710001');
    expect(rows.slice(1).map((r) => r.source_key)).toEqual(['B-2', 'B-2|1', 'B-2|2', 'B-2|3', '1000000002']);
    expect(rows[1]!.reason).toMatch(/lines add up to 3348.99/);
    expect(rows[5]!.reason).toBe('EIC given to another metering point of the same export');
    expect(await count(`SELECT count(*)::int AS n FROM bill`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM customer`)).toBe(1);
  });

  it('keeps orphans until a later export brings their parent, then applies them', async () => {
    const first = await apply(
      testExport('KV', 1, 'FULL', [
        customer('C1', 1),
        account(acc, 'C1'),
        bill('B-1', ed, acc),
        payment('P-1', ed, acc, '2026-11-10', '3349.00'),
      ]),
    );
    expect(first).toMatchObject({ status: 'applied', records: 7, quarantined: 5 });
    expect(await count(`SELECT count(*)::int AS n FROM import_rejected_row WHERE awaits_parent`)).toBe(5);

    const second = await apply(testExport('KV', 2, 'DELTA', [meteringPoint(ed, acc)]));
    expect(second).toMatchObject({ status: 'applied', records: 1, quarantined: 0, orphansResolved: 5 });
    expect(await billRow('B-1')).toMatchObject({ status: 'ISSUED', amount_paid: '3349.00' });
    expect(await count(`SELECT count(*)::int AS n FROM bill_line_item`)).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM import_rejected_row WHERE resolved_at IS NULL`)).toBe(
      0,
    );
    expect(await balanceOf()).toBe('0.00');
  });

  it('cancels a bill that a correction replaces, and stores a storno bill cancelled', async () => {
    await apply(testExport('BG', 1, 'FULL', [household(), bill('B-1', ed, acc)]));
    expect(await balanceOf()).toBe('3349.00');
    await apply(
      testExport('BG', 2, 'DELTA', [
        bill('B-1K', ed, acc, { replaces: 'B-1', charge: '2000.00' }),
        bill('B-S', ed, acc, { status: 'S' }),
      ]),
    );
    expect((await billRow('B-1')).status).toBe('CANCELLED');
    expect((await billRow('B-1K')).status).toBe('ISSUED');
    expect((await billRow('B-S')).status).toBe('CANCELLED');
    expect(await balanceOf()).toBe('2349.00');
    expect(await count(`SELECT count(*)::int AS n FROM ledger_entry WHERE document_type = 'BILL'`)).toBe(1);
  });

  it('cancels a payment that a reversal names, and re-opens the bill it paid', async () => {
    await apply(
      testExport('NS', 1, 'FULL', [
        household(),
        bill('B-1', ed, acc),
        payment('P-1', ed, acc, '2026-11-10', '3349.00'),
      ]),
    );
    expect(await billRow('B-1')).toMatchObject({ amount_paid: '3349.00', paid_on: '2026-11-10' });
    await apply(
      testExport('NS', 2, 'DELTA', [payment('P-1S', ed, acc, '2026-11-12', '-3349.00', { reverses: 'P-1' })]),
    );
    expect(await billRow('B-1')).toMatchObject({ amount_paid: '0.00', paid_on: null });
    expect(await balanceOf()).toBe('3349.00');
    expect(await count(`SELECT count(*)::int AS n FROM ledger_entry WHERE document_type = 'PAYMENT'`)).toBe(
      0,
    );
  });

  it('stages without COPY as well (the embedded database), with the same outcome', async () => {
    const exp = testExport('KV', 1, 'FULL', [
      household(),
      bill('B-1', ed, acc),
      customer('C2', 2, { jmbg: '1' }),
    ]);
    const result = await applyExport(db, { ...exp, records: streamOf(exp.records), clock, useCopy: false });
    expect(result).toMatchObject({ status: 'applied', records: 11, quarantined: 1 });
    expect(await billRow('B-1')).toMatchObject({ status: 'ISSUED', amount_paid: '0.00' });
  });

  it('refuses the whole export when the trailer disagrees', async () => {
    const before = await fingerprint(db);
    const result = await apply(
      testExport('BG', 1, 'FULL', [household()]),
      () => 'count of customer: 2, found 1',
    );
    expect(result).toMatchObject({ status: 'refused', reason: 'count of customer: 2, found 1' });
    expect(await fingerprint(db)).toEqual(before);
    expect(await db.one(`SELECT status, applied_sequence FROM import_run`)).toEqual({
      status: 'REFUSED',
      applied_sequence: null,
    });
  });
});
