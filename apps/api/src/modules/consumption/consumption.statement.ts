// The consumption's one statement: the caller's links (no row: not the caller's) and every issued bill
// of a range, through the (metering_point_id, period_start) index, with what each tariff cost from the
// bill's line items. It answers in the JSON's own types (dates as YYYY-MM-DD text, amounts as decimal
// text), and is prepared: planning it over the line items' partitions costs more than running it. Both
// the API and the bare server of bench/vs-bare run it.
import type { Statement } from '../../lib/statement.js';

/**
 * The links of `userId` (all of them, or the metering points `only`) with their issued bills that
 * overlap `since`..`to`. The comparisons go by billing month, so a period with Feb 29 meets the same
 * month of the years before; only the bound needs a real date.
 */
export function consumptionStatement(
  userId: string,
  since: string,
  to: string,
  only: readonly string[] | null,
): Statement {
  const params: unknown[] = [userId, since, to];
  // the ids as one text, split in SQL: the same parameter on pg and on Prisma's raw path (statementRows
  // of a client without a pool of its own)
  if (only !== null) params.push(only.join(','));
  return {
    sql: `
    SELECT l.metering_point_id::text AS "meteringPointId", l.nickname, m.ed_number AS "edNumber",
           m.street, m.city, m.category::text AS category, b.id::text AS "billId",
           b.period_start::text AS "periodStart", b.period_end::text AS "periodEnd", b.days,
           r.kind::text AS "readingKind",
           coalesce(b.kwh_vt, 0) AS vt, coalesce(b.kwh_nt, 0) AS nt, coalesce(b.kwh_single, 0) AS single,
           coalesce(b.kwh_green, 0) AS green, coalesce(b.kwh_blue, 0) AS blue, coalesce(b.kwh_red, 0) AS red,
           b.month_total::text AS amount,
           a.vt::text AS "amountVt", a.nt::text AS "amountNt", a.single::text AS "amountSingle",
           a.reactive_vt::text AS "amountReactiveVt", a.reactive_nt::text AS "amountReactiveNt",
           a.power::text AS "amountPower",
           f.period_start::text AS "firstStart", f.period_end::text AS "firstEnd",
           z.period_start::text AS "lastStart", z.period_end::text AS "lastEnd"
      FROM user_metering_point l
      JOIN metering_point m ON m.id = l.metering_point_id
      LEFT JOIN LATERAL (SELECT period_start, period_end FROM bill
                          WHERE metering_point_id = l.metering_point_id AND status = 'ISSUED'
                          ORDER BY period_start LIMIT 1) f ON true
      LEFT JOIN LATERAL (SELECT period_start, period_end FROM bill
                          WHERE metering_point_id = l.metering_point_id AND status = 'ISSUED'
                          ORDER BY period_end DESC LIMIT 1) z ON true
      LEFT JOIN bill b ON b.metering_point_id = l.metering_point_id AND b.status = 'ISSUED'
                      AND b.period_start <= $3::date AND b.period_end >= $2::date
      LEFT JOIN meter_reading r ON r.id = b.current_reading_id
      -- the bill's line items per register (subtotals left out): what each tariff cost; a small
      -- business's billing power has a kind but no register
      LEFT JOIN LATERAL (
        SELECT coalesce(sum(i.amount) FILTER (WHERE i.register = 'VT'), 0) AS vt,
               coalesce(sum(i.amount) FILTER (WHERE i.register = 'NT'), 0) AS nt,
               coalesce(sum(i.amount) FILTER (WHERE i.register = 'SINGLE'), 0) AS single,
               coalesce(sum(i.amount) FILTER (WHERE i.register = 'REACTIVE_VT'), 0) AS reactive_vt,
               coalesce(sum(i.amount) FILTER (WHERE i.register = 'REACTIVE_NT'), 0) AS reactive_nt,
               coalesce(sum(i.amount) FILTER (
                 WHERE i.register = 'POWER' OR i.kind IN ('billing_power', 'excess_power')), 0) AS power
          FROM bill_line_item i
         WHERE i.bill_id = b.id AND i.period_start = b.period_start AND NOT i.is_subtotal) a ON true
     WHERE l.user_id = $1::uuid${only === null ? '' : ` AND l.metering_point_id = ANY(string_to_array($4::text, ',')::uuid[])`}
     ORDER BY m.ed_number, l.metering_point_id, b.period_start`,
    params,
    prepareAs: 'consumption',
  };
}
