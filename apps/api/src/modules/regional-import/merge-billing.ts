// Upserts of bills with their lines, linked to their readings (link-readings.ts), and the storno: a bill
// with `replaces` cancels the bill it corrects; a bill sent with status S is stored cancelled. $1 is the
// region, $2 the app clock's now.
import type pg from 'pg';
import { layoutCurrencies } from '@portal/domain';
import { currentReading, previousReading, type BillDays } from './link-readings.js';

// The exports carry no currency: a bill's layout says which supplier issued it, and so its currency.
const currencyOfLayout = `(CASE b.layout ${Object.entries(layoutCurrencies)
  .map(([layout, currency]) => `WHEN '${layout}' THEN '${currency}'`)
  .join(' ')} END)::bill_currency`;

const staged: BillDays = {
  meteringPointId: 'm.id',
  periodStart: 'b."periodStart"',
  periodEnd: 'b."periodEnd"',
  readingDate: 'b."readingDate"',
};

// imported_at is set when the portal first receives a bill (the new-bill e-mails key on it) and kept
// when a later export restates the bill; amount_paid and paid_on are the settlement's (ledger.ts).
const bills = `
  INSERT INTO bill (id, region_id, source_id, metering_point_id, number, layout, currency, status, period_start,
                    period_end, days, not_read, reading_date, issue_date, due_date, kwh_vt, kwh_nt, kwh_single,
                    kwh_green, kwh_blue, kwh_red, period_charge, tv_fee, month_total, previous_debt,
                    payments_in_period, interest, total_to_pay, on_time_discount_offer, imported_at,
                    kwh_taken_vt, kwh_taken_nt, kwh_taken_single, kwh_delivered_vt, kwh_delivered_nt,
                    kwh_delivered_single, kwh_surplus_in_vt, kwh_surplus_in_nt, kwh_surplus_in_single,
                    previous_reading_id, current_reading_id)
  SELECT gen_random_uuid(), $1, b."billNumber", m.id, b."billNumber", b.layout::bill_layout, ${currencyOfLayout},
         (CASE b.status WHEN 'S' THEN 'CANCELLED' ELSE 'ISSUED' END)::bill_status,
         b."periodStart", b."periodEnd", b.days::smallint, b."notRead", b."readingDate", b."issueDate",
         b."dueDate", b."kwhVt", b."kwhNt", b."kwhSingle", b."kwhGreen", b."kwhBlue", b."kwhRed",
         b."periodCharge", b."tvFee", b."monthTotal", b."previousDebt", b."paymentsInPeriod", b.interest,
         b."totalToPay", b."discountOffer", $2::timestamptz,
         b."kwhTakenVt", b."kwhTakenNt", b."kwhTakenSingle", b."kwhDeliveredVt", b."kwhDeliveredNt",
         b."kwhDeliveredSingle", b."kwhSurplusInVt", b."kwhSurplusInNt", b."kwhSurplusInSingle",
         ${previousReading(staged)}, ${currentReading(staged)}
    FROM stage_bill b JOIN metering_point m ON m.region_id = $1 AND m.ed_number = b."edNumber"
  ON CONFLICT (region_id, source_id) DO UPDATE SET
    metering_point_id = EXCLUDED.metering_point_id, number = EXCLUDED.number, layout = EXCLUDED.layout,
    currency = EXCLUDED.currency,
    status = EXCLUDED.status, period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end,
    days = EXCLUDED.days, not_read = EXCLUDED.not_read, reading_date = EXCLUDED.reading_date,
    issue_date = EXCLUDED.issue_date, due_date = EXCLUDED.due_date, kwh_vt = EXCLUDED.kwh_vt,
    kwh_nt = EXCLUDED.kwh_nt, kwh_single = EXCLUDED.kwh_single, kwh_green = EXCLUDED.kwh_green,
    kwh_blue = EXCLUDED.kwh_blue, kwh_red = EXCLUDED.kwh_red, period_charge = EXCLUDED.period_charge,
    tv_fee = EXCLUDED.tv_fee, month_total = EXCLUDED.month_total, previous_debt = EXCLUDED.previous_debt,
    payments_in_period = EXCLUDED.payments_in_period, interest = EXCLUDED.interest,
    total_to_pay = EXCLUDED.total_to_pay, on_time_discount_offer = EXCLUDED.on_time_discount_offer,
    kwh_taken_vt = EXCLUDED.kwh_taken_vt, kwh_taken_nt = EXCLUDED.kwh_taken_nt,
    kwh_taken_single = EXCLUDED.kwh_taken_single, kwh_delivered_vt = EXCLUDED.kwh_delivered_vt,
    kwh_delivered_nt = EXCLUDED.kwh_delivered_nt, kwh_delivered_single = EXCLUDED.kwh_delivered_single,
    kwh_surplus_in_vt = EXCLUDED.kwh_surplus_in_vt, kwh_surplus_in_nt = EXCLUDED.kwh_surplus_in_nt,
    kwh_surplus_in_single = EXCLUDED.kwh_surplus_in_single, previous_reading_id = EXCLUDED.previous_reading_id,
    current_reading_id = EXCLUDED.current_reading_id`;

const replacements = `
  UPDATE bill b SET replaces_bill_id = old.id
    FROM stage_bill s JOIN bill old ON old.region_id = $1 AND old.source_id = s.replaces
   WHERE b.region_id = $1 AND b.source_id = s."billNumber" AND b.replaces_bill_id IS DISTINCT FROM old.id`;

/** Cancels the bills a correction replaces, including one this export restates as issued. */
const storno = `
  UPDATE bill b SET status = 'CANCELLED'
   WHERE b.status <> 'CANCELLED'
     AND EXISTS (SELECT 1 FROM bill r WHERE r.replaces_bill_id = b.id)
     AND (b.id IN (SELECT r.replaces_bill_id FROM stage_bill s
                     JOIN bill r ON r.region_id = $1 AND r.source_id = s."billNumber")
          OR (b.region_id = $1 AND b.source_id IN (SELECT "billNumber" FROM stage_bill)))`;

// A bill's lines are the export's: the stored ones are replaced as a whole. Lines carry their bill's
// period, the table's partition key (the foreign key holds it equal); matching on it too lets the
// planner read only the partitions of the export's periods.
const linesRemoved = `
  DELETE FROM bill_line_item i USING stage_bill s, bill b
   WHERE b.region_id = $1 AND b.source_id = s."billNumber" AND i.bill_id = b.id
     AND i.period_start = b.period_start`;
// A new quarter gets its partition before its first lines arrive (a no-op once it exists); lines
// without one would still be kept, in the default partition, but that one is meant to stay empty.
const partitionsAdded = `
  SELECT bill_line_item_add_partitions(min(b.period_start), max(b.period_start))
    FROM stage_bill s JOIN bill b ON b.region_id = $1 AND b.source_id = s."billNumber"`;
const linesAdded = `
  INSERT INTO bill_line_item (bill_id, period_start, position, code, kind, description, zone, register,
                              quantity, unit, unit_price, amount, is_subtotal)
  SELECT b.id, b.period_start, l.position::smallint, l.code, l.kind, l.description, l.zone::consumption_zone,
         l.register::tariff_register, l.quantity, l.unit, l."unitPrice", l.amount, l.subtotal
    FROM stage_bill_line l JOIN bill b ON b.region_id = $1 AND b.source_id = l."billNumber"`;

export async function mergeBills(client: pg.ClientBase, regionId: string, now: Date): Promise<void> {
  await client.query(bills, [regionId, now]);
  await client.query(replacements, [regionId]);
  await client.query(storno, [regionId]);
}

export async function mergeBillLines(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(linesRemoved, [regionId]);
  await client.query(partitionsAdded, [regionId]);
  await client.query(linesAdded, [regionId]);
}
