// Links the bills to their meter readings (bill.previous_reading_id / current_reading_id): the export
// contract carries no reading ids, so a bill is linked by its dates, as the billing systems read the
// meter: the current reading is the metering point's reading on the bill's reading date (its period's
// end when the export leaves the reading date out), the previous one the reading that closed the
// previous billing period, the day before this period starts. A reading may come before its bill, with
// it or in a later export, so this runs after every export's readings and bills are merged, on the bills
// the export touched: its own bills and the bills of the metering points whose readings it brought.
// $1 is the region.
import type pg from 'pg';

// On a meter change a point has two readings on one day: the meter taken off closes the period that
// ends that day (the meter installed earlier), the meter put on opens the next one (installed later).
const readingOn = (day: string, meterOrder: 'ASC' | 'DESC') => `
  SELECT DISTINCT ON (d.id) d.id, r.id AS reading_id
    FROM touched_day d
    JOIN meter_reading r ON r.metering_point_id = d.metering_point_id AND r.read_on = d.${day}
    LEFT JOIN meter_installation i ON i.metering_point_id = r.metering_point_id AND i.meter_id = r.meter_id
                                  AND i.installed_on <= r.read_on
   ORDER BY d.id, i.installed_on ${meterOrder} NULLS LAST, r.id`;

const links = `
  WITH touched AS (
    SELECT b.id FROM stage_bill s JOIN bill b ON b.region_id = $1 AND b.source_id = s."billNumber"
    UNION
    SELECT b.id
      FROM stage_reading s
      JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"
      JOIN bill b ON b.metering_point_id = m.id
     WHERE s."readOn" IN (b.period_start - 1, coalesce(b.reading_date, b.period_end))
  ), touched_day AS (
    SELECT b.id, b.metering_point_id, b.period_start - 1 AS previous_on,
           coalesce(b.reading_date, b.period_end) AS current_on
      FROM bill b JOIN touched t ON t.id = b.id
  ), previous AS (${readingOn('previous_on', 'DESC')}
  ), current AS (${readingOn('current_on', 'ASC')}
  )
  UPDATE bill b SET previous_reading_id = p.reading_id, current_reading_id = c.reading_id
    FROM touched_day d LEFT JOIN previous p ON p.id = d.id LEFT JOIN current c ON c.id = d.id
   WHERE b.id = d.id
     AND (b.previous_reading_id IS DISTINCT FROM p.reading_id OR b.current_reading_id IS DISTINCT FROM c.reading_id)`;

export async function linkReadings(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(links, [regionId]);
}
