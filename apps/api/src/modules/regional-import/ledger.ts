// The financial card follows the records: a bill is a debit on its issue date, a payment a credit on
// the day it was paid, an export's own ledger entries their debit and credit. Cancelled bills and
// reversed payments (and the reversals themselves) leave the card. Then, for every metering point
// touched, the running balance is recomputed from the earliest date that changed, and the bills' paid
// amounts follow the payments, oldest due date first. $1 is the region.
import type pg from 'pg';

const billEntry = 'Рачун за електричну енергију';
const paymentEntry = 'Уплата';

/** The payments booked from the export's records (not the portal's bookings they confirm). */
const bookedPayments = `
  CREATE TEMP TABLE booked_payment ON COMMIT DROP AS
  SELECT p.id FROM stage_payment s
    JOIN payment p ON p.region_id = $1 AND p.source_id = s."paymentId"
   WHERE s.seq NOT IN (SELECT seq FROM portal_confirmed)`;

/** The card entries this export can change, with their dates; run before and after the changes. */
const touched = `
  WITH bills AS (
    SELECT b.id, b.metering_point_id, b.issue_date FROM bill b
     WHERE b.region_id = $1 AND b.source_id IN (SELECT key FROM stage_bill UNION SELECT replaces FROM stage_bill)),
  payments AS (
    SELECT p.id, p.metering_point_id, p.paid_on FROM payment p
     WHERE p.region_id = $1 AND p.source_id IN (SELECT key FROM stage_payment UNION SELECT reverses FROM stage_payment))
  INSERT INTO affected_point (metering_point_id, since)
  SELECT l.metering_point_id, l.entry_date FROM ledger_entry l WHERE l.bill_id IN (SELECT id FROM bills)
  UNION ALL
  SELECT l.metering_point_id, l.entry_date FROM ledger_entry l WHERE l.payment_id IN (SELECT id FROM payments)
  UNION ALL
  SELECT l.metering_point_id, l.entry_date FROM ledger_entry l
   WHERE l.region_id = $1 AND l.source_id IN (SELECT key FROM stage_ledger_entry)
  UNION ALL
  SELECT metering_point_id, paid_on FROM payments
  UNION ALL
  SELECT metering_point_id, issue_date FROM bills`;

// The bills by an IN over one UNION, not an OR of two: the OR made the planner scan every ledger entry
// of every region, seconds per export once a few regions were in.
const billEntriesRemoved = `
  DELETE FROM ledger_entry l
   WHERE l.document_type = 'BILL' AND l.bill_id IN (
         SELECT b.id FROM bill b
          WHERE b.region_id = $1
            AND b.source_id IN (SELECT "billNumber" FROM stage_bill UNION SELECT replaces FROM stage_bill))`;
const billEntriesAdded = `
  INSERT INTO ledger_entry (metering_point_id, entry_date, document_type, document_number, description, debit,
                            credit, balance, bill_id)
  SELECT b.metering_point_id, b.issue_date, 'BILL', b.number, '${billEntry}', b.month_total, 0, 0, b.id
    FROM stage_bill s JOIN bill b ON b.region_id = $1 AND b.source_id = s."billNumber"
   WHERE b.status = 'ISSUED'`;

const paymentEntriesRemoved = `
  DELETE FROM ledger_entry l
   WHERE l.document_type = 'PAYMENT'
     AND (l.payment_id IN (SELECT id FROM booked_payment) OR l.payment_id IN (SELECT id FROM reversed_payment))`;
const paymentEntriesAdded = `
  INSERT INTO ledger_entry (metering_point_id, entry_date, document_type, document_number, description, debit,
                            credit, balance, payment_id)
  SELECT p.metering_point_id, p.paid_on, 'PAYMENT', p.source_id, '${paymentEntry}', 0, p.amount, 0, p.id
    FROM payment p
   WHERE p.id IN (SELECT id FROM booked_payment) AND p.reverses_payment_id IS NULL
     AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_payment_id = p.id)`;

const exportedEntries = `
  INSERT INTO ledger_entry (metering_point_id, entry_date, document_type, document_number, description, debit,
                            credit, balance, region_id, source_id)
  SELECT m.id, e."entryDate", e."entryType"::ledger_document_type, e."documentNumber", e.description, e.debit,
         e.credit, 0, $1, e."entryId"
    FROM stage_ledger_entry e JOIN metering_point m ON m.region_id = $1 AND m.ed_number = e."edNumber"
  ON CONFLICT (region_id, source_id) DO UPDATE SET
    metering_point_id = EXCLUDED.metering_point_id, entry_date = EXCLUDED.entry_date,
    document_type = EXCLUDED.document_type, document_number = EXCLUDED.document_number,
    description = EXCLUDED.description, debit = EXCLUDED.debit, credit = EXCLUDED.credit`;

/** Each touched metering point once, with its earliest changed date. */
const affected = `
  CREATE TEMP TABLE affected ON COMMIT DROP AS
  SELECT metering_point_id, min(since) AS since FROM affected_point GROUP BY metering_point_id`;

/** The running balance in ledger order (entry date, id), rewritten from each point's earliest change. */
const runningBalance = `
  UPDATE ledger_entry l SET balance = r.balance
    FROM (SELECT e.id, e.entry_date, a.since,
                 sum(e.debit - e.credit) OVER (PARTITION BY e.metering_point_id ORDER BY e.entry_date, e.id) AS balance
            FROM affected a JOIN ledger_entry e ON e.metering_point_id = a.metering_point_id) r
   WHERE l.id = r.id AND r.entry_date >= r.since AND l.balance <> r.balance`;

/**
 * Payments settle the oldest debt first (settleOldestFirst in @portal/domain, which a test holds this to):
 * a bill is paid as far as the point's payments reach past the bills due before it; it was paid in full
 * on the day the running sum of payments first covered it. Reversed payments and reversals do not count.
 */
export const settlementSql = `
  WITH credits AS (
    SELECT p.metering_point_id AS point, p.paid_on,
           sum(p.amount) OVER (PARTITION BY p.metering_point_id ORDER BY p.paid_on, p.id) AS paid_until
      FROM affected a JOIN payment p ON p.metering_point_id = a.metering_point_id
     WHERE p.amount > 0 AND p.reverses_payment_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_payment_id = p.id)),
  totals AS (SELECT point, max(paid_until) AS paid FROM credits GROUP BY point),
  owed AS (
    SELECT b.id, b.metering_point_id AS point, b.month_total,
           sum(b.month_total) OVER (PARTITION BY b.metering_point_id ORDER BY b.due_date, b.issue_date, b.id) AS owed_until
      FROM affected a JOIN bill b ON b.metering_point_id = a.metering_point_id
     WHERE b.status = 'ISSUED' AND b.month_total > 0),
  covered AS (
    SELECT o.id, min(c.paid_on) AS paid_on
      FROM owed o JOIN credits c ON c.point = o.point AND c.paid_until >= o.owed_until
     GROUP BY o.id),
  settled AS (
    SELECT o.id,
           greatest(0, least(o.month_total, coalesce(t.paid, 0) - (o.owed_until - o.month_total))) AS amount_paid,
           v.paid_on
      FROM owed o LEFT JOIN totals t ON t.point = o.point LEFT JOIN covered v ON v.id = o.id
    UNION ALL
    SELECT b.id, 0, NULL FROM affected a JOIN bill b ON b.metering_point_id = a.metering_point_id
     WHERE b.status = 'CANCELLED')
  UPDATE bill b SET amount_paid = s.amount_paid, paid_on = s.paid_on
    FROM settled s
   WHERE b.id = s.id AND (b.amount_paid <> s.amount_paid OR b.paid_on IS DISTINCT FROM s.paid_on)`;

async function createAffectedPoints(client: pg.ClientBase): Promise<void> {
  await client.query(
    'CREATE TEMP TABLE affected_point (metering_point_id uuid NOT NULL, since date NOT NULL) ON COMMIT DROP',
  );
}

/** Books the card entries of the export's bills, payments and ledger records, noting what they touch. */
export async function bookLedger(client: pg.ClientBase, regionId: string): Promise<void> {
  await createAffectedPoints(client);
  await client.query(touched, [regionId]);
  await client.query(billEntriesRemoved, [regionId]);
  await client.query(billEntriesAdded, [regionId]);
  await client.query(bookedPayments, [regionId]);
  await client.query('ANALYZE booked_payment');
  await client.query(paymentEntriesRemoved);
  await client.query(paymentEntriesAdded);
  await client.query(exportedEntries, [regionId]);
}

/** Running balances and the bills' settlement, for every metering point the export touched. */
export async function rebalance(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(touched, [regionId]);
  await client.query(affected);
  await client.query('ALTER TABLE affected ADD PRIMARY KEY (metering_point_id)');
  await client.query('ANALYZE affected');
  await client.query(runningBalance);
  await client.query(settlementSql);
}
