// A metering point's consumption per billing period, read from its bills in one query (with the check
// that the metering point is the caller's), and the comparisons and exports built from it.
import type { ConsumptionQuery, ConsumptionResponse } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import {
  compareWithPreviousYears,
  consumptionCsv,
  consumptionEspiXml,
  epsHouseholdTariffs,
  formatRsd,
  parseRsd,
  tariffOn,
  toConsumptionPeriod,
  type ConsumptionPeriod,
  type ReadingKindName,
} from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';

export interface ConsumptionDeps {
  prisma: Pick<PrismaClient, '$queryRaw'>;
  now: () => Date;
}

interface Row {
  edNumber: string;
  category: string;
  billId: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  days: number | null;
  readingKind: string | null;
  vt: number;
  nt: number;
  single: number;
  green: number;
  blue: number;
  red: number;
  amount: string | null;
}

function shiftYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

interface Loaded {
  edNumber: string;
  household: boolean;
  from: string;
  to: string;
  /** within from..to */
  periods: ConsumptionPeriod[];
  /** from two years before `from`, for the comparisons */
  history: ConsumptionPeriod[];
}

async function load(deps: ConsumptionDeps, userId: string, meteringPointId: string, query: ConsumptionQuery) {
  const today = belgradeDateOf(deps.now());
  const to = query.to ?? today;
  const from = query.from ?? shiftYears(to, -3);
  if (from > to)
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'from', code: 'invalid_value' }] });
  // One statement: the link (no row: not the caller's) and every bill of the range and the two years
  // before it, through the (metering_point_id, period_start) index.
  const rows = await deps.prisma.$queryRaw<Row[]>`
    SELECT m.ed_number AS "edNumber", m.category::text AS category, b.id AS "billId",
           b.period_start AS "periodStart", b.period_end AS "periodEnd", b.days, r.kind::text AS "readingKind",
           coalesce(b.kwh_vt, 0) AS vt, coalesce(b.kwh_nt, 0) AS nt, coalesce(b.kwh_single, 0) AS single,
           coalesce(b.kwh_green, 0) AS green, coalesce(b.kwh_blue, 0) AS blue, coalesce(b.kwh_red, 0) AS red,
           b.month_total::text AS amount
      FROM user_metering_point l
      JOIN metering_point m ON m.id = l.metering_point_id
      LEFT JOIN bill b ON b.metering_point_id = l.metering_point_id AND b.status = 'ISSUED'
                      AND b.period_start <= ${to}::date AND b.period_end >= ${shiftYears(from, -2)}::date
      LEFT JOIN meter_reading r ON r.id = b.current_reading_id
     WHERE l.user_id = ${userId}::uuid AND l.metering_point_id = ${meteringPointId}::uuid
     ORDER BY b.period_start`;
  const first = rows[0];
  if (!first) throw new AppError('NOT_FOUND');
  const history = rows
    .filter((row) => row.billId !== null)
    .map((row) =>
      toConsumptionPeriod({
        billId: row.billId!,
        periodStart: isoDate(row.periodStart!),
        periodEnd: isoDate(row.periodEnd!),
        days: row.days!,
        readingKind: (row.readingKind ?? 'READ').toLowerCase() as ReadingKindName,
        kwh: { vt: row.vt, nt: row.nt, single: row.single, green: row.green, blue: row.blue, red: row.red },
        amount: parseRsd(row.amount!),
      }),
    );
  const periods = history.filter((p) => p.periodEnd >= from && p.periodStart <= to);
  return { edNumber: first.edNumber, household: first.category === 'HOUSEHOLD', from, to, periods, history };
}

export async function getConsumption(
  deps: ConsumptionDeps,
  userId: string,
  meteringPointId: string,
  query: ConsumptionQuery,
): Promise<ConsumptionResponse> {
  const loaded: Loaded = await load(deps, userId, meteringPointId, query);
  const months = new Set(loaded.periods.map((p) => p.month));
  return {
    meteringPointId,
    from: loaded.from,
    to: loaded.to,
    periods: loaded.periods.map((p) => {
      const tariff = loaded.household ? tariffOn(p.periodEnd, epsHouseholdTariffs) : undefined;
      return {
        billId: p.billId,
        month: p.month,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        days: p.days,
        readingKind: p.readingKind,
        kwh: p.kwh,
        total: p.total,
        averagePerDay: p.averagePerDay,
        amount: formatRsd(p.amount),
        zoneLimitsPer30Days: tariff ? { ...tariff.zoneLimits } : null,
      };
    }),
    comparisons: compareWithPreviousYears(loaded.history).filter((c) => months.has(c.month)),
  };
}

export async function exportConsumption(
  deps: ConsumptionDeps,
  userId: string,
  meteringPointId: string,
  query: ConsumptionQuery & { format: 'csv' | 'espi' },
): Promise<{ filename: string; contentType: string; body: string }> {
  const loaded = await load(deps, userId, meteringPointId, query);
  const name = `potrosnja-${loaded.edNumber}-${loaded.from}-${loaded.to}`;
  if (query.format === 'csv') {
    return {
      filename: `${name}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: consumptionCsv(loaded.edNumber, loaded.periods),
    };
  }
  const body = consumptionEspiXml(
    {
      feedId: meteringPointId,
      usagePointId: meteringPointId,
      title: `ED ${loaded.edNumber}`,
      updated: deps.now().toISOString(),
    },
    loaded.periods,
  );
  return { filename: `${name}.xml`, contentType: 'application/atom+xml; charset=utf-8', body };
}
