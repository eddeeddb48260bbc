// The import settles bills and writes the card's running balance in SQL (ledger.ts); the rules are
// settleOldestFirst and runningBalances in @portal/domain. Both must give the same answers.
import { fixedClock, parseRsd, runningBalances, settleOldestFirst } from '@portal/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import { bill, household, numbersOf, payment, streamOf, testExport } from '../../testing/regional-exports.js';
import { applyExport } from './apply-export.js';

let db: ImportDatabase;
beforeAll(async () => {
  db = await createImportDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const day = (month: number, dayOfMonth: number) =>
  `2026-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

it('settles bills in SQL as the domain rule does', async () => {
  const records = [];
  // a few metering points with bills and payments of uneven amounts and days, some on the same day
  for (let n = 1; n <= 4; n++) {
    const { ed, account } = numbersOf(n);
    records.push(household(n, ed, account));
    for (let month = 3; month <= 10; month++) {
      const charge = (1000 + ((n * 733 + month * 191) % 4000)).toFixed(2);
      records.push(
        bill(`B-${n}-${month}`, ed, account, { charge, issueDate: day(month, 5), dueDate: day(month, 20) }),
      );
      const amount = (((n * 977 + month * 613) % 5000) + 0.5).toFixed(2);
      records.push(payment(`P-${n}-${month}`, ed, account, day(month, 10 + ((n + month) % 3)), amount));
    }
  }
  const exp = testExport('BG', 1, 'FULL', records);
  await applyExport(db, {
    ...exp,
    records: streamOf(exp.records),
    clock: fixedClock('2026-12-06T08:00:00Z'),
    useCopy: db.useCopy,
  });

  const bills = await db.all<{
    id: string;
    point: string;
    due: string;
    issued: string;
    total: string;
    paid: string;
    paid_on: string | null;
  }>(
    `SELECT id, metering_point_id AS point, to_char(due_date, 'YYYY-MM-DD') AS due,
            to_char(issue_date, 'YYYY-MM-DD') AS issued, month_total::text AS total, amount_paid::text AS paid,
            to_char(paid_on, 'YYYY-MM-DD') AS paid_on
       FROM bill`,
  );
  const payments = await db.all<{ id: string; point: string; paid_on: string; amount: string }>(
    `SELECT id, metering_point_id AS point, to_char(paid_on, 'YYYY-MM-DD') AS paid_on, amount::text FROM payment`,
  );
  const para = parseRsd;
  let partly = 0;
  for (const point of new Set(bills.map((b) => b.point))) {
    const expected = settleOldestFirst(
      bills
        .filter((b) => b.point === point)
        .map((b) => ({ id: b.id, dueDate: b.due, issueDate: b.issued, total: para(b.total) })),
      payments
        .filter((p) => p.point === point)
        .map((p) => ({ id: p.id, paidOn: p.paid_on, amount: para(p.amount) })),
    );
    for (const b of bills.filter((row) => row.point === point)) {
      expect({ amountPaid: para(b.paid), paidOn: b.paid_on }, b.id).toEqual(expected.get(b.id));
      if (para(b.paid) > 0 && b.paid_on === null) partly++;
    }
  }
  expect(partly).toBeGreaterThan(0); // the data has partly paid bills, not only the easy cases
});

it('writes the running balance as the domain rule does, also after a later export changes the past', async () => {
  const { ed, account } = numbersOf(2);
  // a bill dated before the card's last entries: the balances after it must move
  const exp = testExport('BG', 2, 'DELTA', [
    bill('B-late', ed, account, { charge: '777.00', issueDate: day(4, 1), dueDate: day(4, 15) }),
  ]);
  await applyExport(db, {
    ...exp,
    records: streamOf(exp.records),
    clock: fixedClock('2026-12-07T08:00:00Z'),
    useCopy: db.useCopy,
  });
  const points = await db.all<{ point: string }>(
    `SELECT DISTINCT metering_point_id AS point FROM ledger_entry`,
  );
  expect(points.length).toBe(4);
  for (const { point } of points) {
    const entries = await db.all<{ debit: string; credit: string; balance: string }>(
      `SELECT debit::text, credit::text, balance::text FROM ledger_entry WHERE metering_point_id = $1
        ORDER BY entry_date, id`,
      [point],
    );
    const expected = runningBalances(
      entries.map((e) => ({ debit: parseRsd(e.debit), credit: parseRsd(e.credit) })),
    );
    expect(entries.map((e) => parseRsd(e.balance))).toEqual(expected);
  }
});
