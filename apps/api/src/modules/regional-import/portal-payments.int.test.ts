// Payments made through the portal come back in the region's export: the record confirms what the
// portal booked (not a second booking), or books an IPS transfer the portal could not see.
import { createPrismaClient, type PrismaClient } from '@portal/db';
import { fixedClock, ipsOrderReference } from '@portal/domain';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import {
  account,
  bill,
  customer,
  meteringPoint,
  payment,
  streamOf,
  testExport,
  type TestExport,
} from '../../testing/regional-exports.js';
import { bookOrder } from '../payments/order-booking.js';
import { applyExport } from './apply-export.js';

const clock = fixedClock('2026-12-06T08:00:00Z');
const ed = '1000000001';
const acc = '2000000001';
let db: ImportDatabase;
let prisma: PrismaClient;

const apply = (exp: TestExport) =>
  applyExport(db, { ...exp, records: streamOf(exp.records), clock, useCopy: db.useCopy });

/** A portal order for bills, as the payments module makes it. */
async function placeOrder(number: string, method: 'CARD' | 'IPS', ...billNumbers: string[]): Promise<string> {
  const user = await db.one<{ id: string }>(
    `INSERT INTO app_user (id, person_type, username, username_normalized, email, email_normalized, password_hash,
                           terms_version, terms_accepted_at, privacy_version, privacy_accepted_at, updated_at)
     VALUES (gen_random_uuid(), 'NATURAL', $1, $1, $1 || '@example.test', $1 || '@example.test', 'x',
             '1', now(), '1', now(), now())
     ON CONFLICT (username_normalized) DO UPDATE SET username = EXCLUDED.username
     RETURNING id`,
    ['kupac'],
  );
  const order = await db.one<{ id: string }>(
    `INSERT INTO payment_order (id, number, user_id, method, status, amount, locale)
     SELECT gen_random_uuid(), $1, $2, $3::payment_order_method,
            (CASE $3 WHEN 'CARD' THEN 'APPROVED' ELSE 'CREATED' END)::payment_order_status, sum(b.month_total),
            'sr-Cyrl'
       FROM bill b WHERE b.source_id = ANY($4)
     RETURNING id`,
    [number, user.id, method, billNumbers],
  );
  await db.client.query(
    `INSERT INTO payment_order_item (order_id, bill_id, metering_point_id, amount)
     SELECT $1, b.id, b.metering_point_id, b.month_total FROM bill b WHERE b.source_id = ANY($2)`,
    [order.id, billNumbers],
  );
  return order.id;
}

const pending = async () =>
  (
    await db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM payment WHERE payment_order_id IS NOT NULL AND source_id IS NULL`,
    )
  ).n;

beforeEach(async () => {
  db = await createImportDatabase();
  prisma = createPrismaClient(db.databaseUrl, { poolSize: 2 });
  await apply(
    testExport('BG', 1, 'FULL', [
      customer('C1'),
      account(acc, 'C1'),
      meteringPoint(ed, acc),
      bill('B-1', ed, acc),
      bill('B-2', ed, acc, { issueDate: '2026-12-01', dueDate: '2026-12-16' }),
    ]),
  );
});
afterEach(async () => {
  await prisma.$disconnect();
  await db.drop();
});

it('confirms a card payment the portal booked, without booking it twice', async () => {
  const orderId = await placeOrder('700001', 'CARD', 'B-1');
  await prisma.$transaction((tx) => bookOrder(tx, orderId, '2026-12-02'));
  expect(await pending()).toBe(1);

  const result = await apply(
    testExport('BG', 2, 'DELTA', [
      payment('PP-1', ed, acc, '2026-12-02', '3349.00', { channel: 'PORTAL_CARD', portalOrder: '700001' }),
    ]),
  );
  expect(result).toMatchObject({ status: 'applied', records: 1, quarantined: 0 });
  expect(await pending()).toBe(0);
  expect(await db.all(`SELECT source_id, amount::text FROM payment`)).toEqual([
    { source_id: 'PP-1', amount: '3349.00' },
  ]);
  expect(await db.one(`SELECT count(*)::int AS n FROM ledger_entry WHERE document_type = 'PAYMENT'`)).toEqual(
    { n: 1 },
  );
  expect(await db.one(`SELECT amount_paid::text FROM bill WHERE source_id = 'B-1'`)).toEqual({
    amount_paid: '3349.00',
  });
  const [last] = await db.all<{ balance: string }>(
    `SELECT balance::text FROM ledger_entry ORDER BY entry_date DESC, id DESC LIMIT 1`,
  );
  expect(last!.balance).toBe('3349.00'); // B-2 is still open
});

it('books an IPS transfer of a portal order by its reference, and closes the order', async () => {
  const orderId = await placeOrder('700002', 'IPS', 'B-1');
  const reference = `97${ipsOrderReference('700002')}`;
  await apply(
    testExport('BG', 2, 'DELTA', [
      payment('IPS-1', ed, acc, '2026-12-03', '3349.00', { channel: 'IPS', reference }),
    ]),
  );
  expect(await db.all(`SELECT source_id, payment_order_id FROM payment`)).toEqual([
    { source_id: 'IPS-1', payment_order_id: orderId },
  ]);
  expect(await db.one(`SELECT status FROM payment_order WHERE id = $1`, [orderId])).toEqual({
    status: 'APPROVED',
  });
  expect(await db.one(`SELECT amount_paid::text FROM bill WHERE source_id = 'B-1'`)).toEqual({
    amount_paid: '3349.00',
  });
});

it('cancels every payment of a portal order paid for two bills when the export reverses it', async () => {
  const orderId = await placeOrder('700003', 'CARD', 'B-1', 'B-2');
  await prisma.$transaction((tx) => bookOrder(tx, orderId, '2026-12-02'));
  await apply(
    testExport('BG', 2, 'DELTA', [
      payment('PP-3', ed, acc, '2026-12-02', '6698.00', { channel: 'PORTAL_CARD', portalOrder: '700003' }),
    ]),
  );
  expect(await db.all(`SELECT source_id, amount::text FROM payment ORDER BY source_id`)).toEqual([
    { source_id: 'PP-3', amount: '3349.00' },
    { source_id: 'PP-3#2', amount: '3349.00' },
  ]);
  expect(await db.all(`SELECT amount_paid::text FROM bill ORDER BY source_id`)).toEqual([
    { amount_paid: '3349.00' },
    { amount_paid: '3349.00' },
  ]);

  await apply(
    testExport('BG', 3, 'DELTA', [
      payment('PP-3S', ed, acc, '2026-12-04', '-6698.00', { channel: 'PORTAL_CARD', reverses: 'PP-3' }),
    ]),
  );
  // each part has its own reversal, and together they are the record's amount
  expect(
    await db.all(
      `SELECT r.source_id, r.amount::text, t.source_id AS cancels
         FROM payment r JOIN payment t ON t.id = r.reverses_payment_id ORDER BY r.source_id`,
    ),
  ).toEqual([
    { source_id: 'PP-3S', amount: '-3349.00', cancels: 'PP-3' },
    { source_id: 'PP-3S#2', amount: '-3349.00', cancels: 'PP-3#2' },
  ]);
  expect(await db.one(`SELECT count(*)::int AS n FROM ledger_entry WHERE document_type = 'PAYMENT'`)).toEqual(
    { n: 0 },
  );
  expect(await db.all(`SELECT amount_paid::text, paid_on FROM bill ORDER BY source_id`)).toEqual([
    { amount_paid: '0.00', paid_on: null },
    { amount_paid: '0.00', paid_on: null },
  ]);
  const [last] = await db.all<{ balance: string }>(
    `SELECT balance::text FROM ledger_entry ORDER BY entry_date DESC, id DESC LIMIT 1`,
  );
  expect(last!.balance).toBe('6698.00');
});

it('keeps the booking and flags the order when the export confirms it with another amount', async () => {
  const orderId = await placeOrder('700004', 'CARD', 'B-1');
  await prisma.$transaction((tx) => bookOrder(tx, orderId, '2026-12-02'));
  await apply(
    testExport('BG', 2, 'DELTA', [
      payment('PP-4', ed, acc, '2026-12-02', '3000.00', { channel: 'PORTAL_CARD', portalOrder: '700004' }),
    ]),
  );
  expect(await pending()).toBe(0);
  expect(await db.all(`SELECT source_id, amount::text FROM payment`)).toEqual([
    { source_id: 'PP-4', amount: '3349.00' },
  ]);
  expect(await db.one(`SELECT review_reason FROM payment_order WHERE id = $1`, [orderId])).toEqual({
    review_reason: 'export_amount_differs',
  });
});
