// Links the bills to their meter readings (bill.previous_reading_id / current_reading_id): the export
// contract carries no reading ids, so a bill is linked by its dates, as the billing systems read the
// meter: the current reading is the metering point's reading on the bill's reading date (its period's
// end when the export leaves the reading date out), the previous one the reading that closed the
// previous billing period, the day before this period starts. Bills are linked as they are merged
// (merge-billing.ts: the export's readings are merged before its bills); a reading that arrives after
// its bill, in a later export, links it here. $1 is the region.
import type pg from 'pg';

/** The columns of a bill, or of a staged bill, that its readings are found by. */
export interface BillDays {
  meteringPointId: string;
  periodStart: string;
  periodEnd: string;
  readingDate: string;
}

// On a meter change a point has two readings on one day: the meter taken off closes the period that
// ends that day (the meter installed earlier), the meter put on opens the next one (installed later).
const readingOn = (bill: BillDays, day: string, meterOrder: 'ASC' | 'DESC') => `
  (SELECT r.id FROM meter_reading r
     LEFT JOIN meter_installation i ON i.metering_point_id = r.metering_point_id AND i.meter_id = r.meter_id
                                   AND i.installed_on <= r.read_on
    WHERE r.metering_point_id = ${bill.meteringPointId} AND r.read_on = ${day}
    ORDER BY i.installed_on ${meterOrder} NULLS LAST, r.id LIMIT 1)`;

/** SQL: the id of the reading that opens the bill's period. */
export const previousReading = (bill: BillDays): string => readingOn(bill, `${bill.periodStart} - 1`, 'DESC');

/** SQL: the id of the reading that closes the bill's period. */
export const currentReading = (bill: BillDays): string =>
  readingOn(bill, `coalesce(${bill.readingDate}, ${bill.periodEnd})`, 'ASC');

const stored: BillDays = {
  meteringPointId: 'b.metering_point_id',
  periodStart: 'b.period_start',
  periodEnd: 'b.period_end',
  readingDate: 'b.reading_date',
};

// The bills of the points whose readings this export brought, on those readings' days; the export's own
// bills were linked as they were merged.
const links = `
  UPDATE bill t SET previous_reading_id = x.previous, current_reading_id = x.current
    FROM (SELECT b.id, ${previousReading(stored)} AS previous, ${currentReading(stored)} AS current
            FROM bill b
           WHERE b.id IN (SELECT b.id
                            FROM stage_reading s
                            JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"
                            JOIN bill b ON b.metering_point_id = m.id
                           WHERE s."readOn" IN (b.period_start - 1, coalesce(b.reading_date, b.period_end))
                             AND NOT EXISTS (SELECT 1 FROM stage_bill n WHERE n."billNumber" = b.source_id))) x
   WHERE t.id = x.id
     AND (t.previous_reading_id IS DISTINCT FROM x.previous OR t.current_reading_id IS DISTINCT FROM x.current)`;

export async function linkReadings(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(links, [regionId]);
}
