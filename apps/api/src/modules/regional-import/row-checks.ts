// The checks that need more than one record (REGIONAL-EXPORTS.md part 3, "Row by row inside"), as SQL
// over the staging table and what the portal already holds. Each marks the rows it refuses with a
// reason, so the views of takeable rows (staging.ts) shrink as the checks run, parents before children:
// a child whose parent was refused a moment ago is then an orphan too.
import type pg from 'pg';

/** A later record with the same key replaces an earlier one of the same export (or a retried orphan). */
const supersede = `
  UPDATE import_stage s SET superseded = true
   WHERE s.reason IS NULL AND s.key IS NOT NULL
     AND EXISTS (SELECT 1 FROM import_stage t
                  WHERE t.type = s.type AND t.key = s.key AND t.seq > s.seq AND t.reason IS NULL)`;

/** A bill line comes with its bill: lines are taken (and checked) only together with it. */
const linesWithoutBill = `
  UPDATE import_stage s SET reason = 'bill line without its bill in the same export'
   WHERE s.type = 'billLine' AND s.reason IS NULL AND NOT s.superseded
     AND NOT EXISTS (SELECT 1 FROM stage_bill b WHERE b.key = s.parent)`;

/**
 * A bill's lines that are not subtotals add up exactly to its period charge plus TV fee; a bill with an
 * invalid line cannot be checked and is refused with it.
 */
const billsNotAddingUp = `
  WITH line_sums AS (
    SELECT "billNumber" AS bill, sum(amount) FILTER (WHERE NOT subtotal) AS lines
      FROM stage_bill_line GROUP BY "billNumber"),
  bad_lines AS (
    SELECT DISTINCT parent AS bill FROM import_stage WHERE type = 'billLine' AND NOT valid),
  sums AS (
    SELECT b.seq, b."periodCharge" + b."tvFee" AS expected, coalesce(ls.lines, 0) AS lines,
           bl.bill IS NOT NULL AS bad_line
      FROM stage_bill b
      LEFT JOIN line_sums ls ON ls.bill = b.key
      LEFT JOIN bad_lines bl ON bl.bill = b.key)
  UPDATE import_stage s
     SET reason = CASE WHEN sums.bad_line THEN 'a line of the bill is invalid'
                       ELSE format('lines add up to %s, not period_charge + tv_fee = %s', sums.lines, sums.expected) END
    FROM sums
   WHERE s.seq = sums.seq AND (sums.bad_line OR sums.lines <> sums.expected)`;

interface ParentCheck {
  /** the view of the child records */
  child: string;
  /** SQL true when the parent is known, over the child's columns (alias c) and $1 = region */
  known: string;
  reason: string;
}

// In the export: one hashed set of its keys. In the database: the unique index, one probe per record.
const pointKnown = (column: string) => `(
  c.${column} IN (SELECT key FROM stage_metering_point)
  OR EXISTS (SELECT 1 FROM metering_point m WHERE m.region_id = $1 AND m.ed_number = c.${column}))`;
const customerKnown = `(
  c."customerId" IN (SELECT key FROM stage_customer)
  OR EXISTS (SELECT 1 FROM customer k WHERE k.region_id = $1 AND k.source_id = c."customerId"))`;
const unknownPoint = 'unknown metering point (awaits its metering point record)';

/** Parents before children, so that a refused parent makes its children orphans in the same pass. */
const parentChecks: ParentCheck[] = [
  {
    child: 'stage_account',
    known: customerKnown,
    reason: 'unknown customer (awaits its customer record)',
  },
  {
    child: 'stage_metering_point',
    known: `(c."accountNumber" IN (SELECT key FROM stage_account)
             OR EXISTS (SELECT 1 FROM billing_account a WHERE a.region_id = $1 AND a.number = c."accountNumber"))`,
    reason: 'unknown account (awaits its account record)',
  },
  {
    child: 'stage_contract',
    known: `${pointKnown('"edNumber"')} AND ${customerKnown}`,
    reason: 'unknown metering point or customer (awaits its parent record)',
  },
  { child: 'stage_meter', known: pointKnown('"edNumber"'), reason: unknownPoint },
  {
    child: 'stage_reading',
    known: `${pointKnown('"edNumber"')} AND
            (c.serial IN (SELECT key FROM stage_meter)
             OR EXISTS (SELECT 1 FROM meter m WHERE m.serial_number = c.serial))`,
    reason: 'unknown metering point or meter (awaits its parent record)',
  },
  {
    child: 'stage_bill',
    known: `${pointKnown('"edNumber"')} AND (c.replaces IS NULL
             OR c.replaces IN (SELECT key FROM stage_bill)
             OR EXISTS (SELECT 1 FROM bill b WHERE b.region_id = $1 AND b.source_id = c.replaces))`,
    reason: 'unknown metering point or replaced bill (awaits its parent record)',
  },
  {
    child: 'stage_payment',
    known: `${pointKnown('"edNumber"')} AND (c.reverses IS NULL
             OR c.reverses IN (SELECT key FROM stage_payment)
             OR EXISTS (SELECT 1 FROM payment p WHERE p.region_id = $1 AND p.source_id = c.reverses))`,
    reason: 'unknown metering point or reversed payment (awaits its parent record)',
  },
  { child: 'stage_ledger_entry', known: pointKnown('"edNumber"'), reason: unknownPoint },
  { child: 'stage_notice', known: pointKnown('"edNumber"'), reason: unknownPoint },
];

/** An EIC belongs to one metering point: another point's EIC would break the unique key. */
const eicTaken = `
  UPDATE import_stage s SET reason = 'EIC belongs to another metering point'
    FROM stage_metering_point c
   WHERE s.seq = c.seq
     AND EXISTS (SELECT 1 FROM metering_point m
                  WHERE m.eic = c.eic AND NOT (m.region_id = $1 AND m.ed_number = c."edNumber"))`;

/** Nor can two metering points of one export share an EIC: the later one is refused. */
const eicTwice = `
  UPDATE import_stage s SET reason = 'EIC given to another metering point of the same export'
    FROM stage_metering_point c
   WHERE s.seq = c.seq AND EXISTS (SELECT 1 FROM stage_metering_point o WHERE o.eic = c.eic AND o.seq < c.seq)`;

/** The lines of a refused bill are refused with it, for the same reason (and wait with it). */
const linesOfRefusedBills = `
  UPDATE import_stage l SET reason = b.reason, orphan = b.orphan
    FROM import_stage b
   WHERE l.type = 'billLine' AND l.reason IS NULL AND NOT l.superseded
     AND b.type = 'bill' AND b.key = l.parent AND b.reason IS NOT NULL AND NOT b.superseded`;

export async function checkRows(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(supersede);
  await client.query(linesWithoutBill);
  await client.query(billsNotAddingUp);
  await client.query(eicTaken, [regionId]);
  await client.query(eicTwice);
  for (const check of parentChecks) {
    // a self-contained, repeatable pass: no parent known in the database nor among takeable records
    await client.query(
      `UPDATE import_stage s SET reason = $2, orphan = true
         FROM ${check.child} c
        WHERE s.seq = c.seq AND NOT ${check.known}`,
      [regionId, check.reason],
    );
  }
  await client.query(linesOfRefusedBills);
}
