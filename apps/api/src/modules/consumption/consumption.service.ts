// A metering point's consumption per billing period, read from its bills in one query scoped by the
// actor's links (the routes check access first, modules/access), and the comparisons and exports
// built from it.
import type {
  AccountConsumptionResponse,
  ConsumptionCompareResponse,
  ConsumptionPointView,
  ConsumptionQuery,
  BilledMonthsView,
  ConsumptionResponse,
} from '@portal/contract';
import type { StatementRows } from '@portal/db';
import {
  addYears,
  archiveWindow,
  againstLastYearByPoint,
  compareWithPreviousYears,
  consumptionCsv,
  consumptionEspiXml,
  epsHouseholdTariffs,
  formatRsd,
  sideBySide,
  sumByMonth,
  tariffOn,
  type ConsumptionPeriod,
} from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import { belgradeDateOf } from '../../lib/belgrade-date.js';
import { runStatement } from '../../lib/statement.js';
import { linksOwner } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import {
  billedMonthsOf,
  billedMonthsOfAll,
  tariffAmountsView,
  toPeriod,
  type Row,
} from './consumption.rows.js';
import { consumptionStatement } from './consumption.statement.js';

export interface ConsumptionDeps {
  /** the one statement's rows (app.statementRows) */
  statementRows: StatementRows;
  now: () => Date;
}

/** One linked metering point with its bills of the range and of the two years before it. */
interface LoadedPoint {
  point: ConsumptionPointView;
  household: boolean;
  /** within from..to */
  periods: ConsumptionPeriod[];
  /** from two years before `from`, for the comparisons */
  history: ConsumptionPeriod[];
  billedMonths: BilledMonthsView;
}

interface Loaded {
  from: string;
  to: string;
  /** in the order of `only`, else by ED number */
  points: LoadedPoint[];
}

/**
 * The caller's linked metering points (all of them, or `only` these) with their bills, in one
 * statement. A metering point of `only` that is not the caller's: NOT_FOUND, as for an unknown id.
 */
async function load(
  deps: ConsumptionDeps,
  actor: Actor,
  query: ConsumptionQuery,
  only: readonly string[] | null,
): Promise<Loaded> {
  const today = belgradeDateOf(deps.now());
  const to = query.to ?? today;
  const from = query.from ?? addYears(to, -archiveWindow.years);
  if (from > to)
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'from', code: 'invalid_value' }] });
  const statement = consumptionStatement(linksOwner(actor), addYears(from, -2), to, only);
  const rows = await runStatement<Row>(deps.statementRows, statement);
  const byId = new Map<string, LoadedPoint>();
  for (const row of rows) {
    let loaded = byId.get(row.meteringPointId);
    if (!loaded) {
      loaded = {
        point: {
          id: row.meteringPointId,
          edNumber: row.edNumber,
          nickname: row.nickname,
          address: `${row.street}, ${row.city}`,
        },
        household: row.category === 'HOUSEHOLD',
        periods: [],
        history: [],
        billedMonths: billedMonthsOf(row),
      };
      byId.set(row.meteringPointId, loaded);
    }
    if (row.billId === null) continue;
    const period = toPeriod(row);
    loaded.history.push(period);
    if (period.periodEnd >= from && period.periodStart <= to) loaded.periods.push(period);
  }
  if (only === null) return { from, to, points: [...byId.values()] };
  const points = only.map((id) => byId.get(id));
  if (points.some((point) => point === undefined)) throw new AppError('NOT_FOUND');
  return { from, to, points: points as LoadedPoint[] };
}

/** One metering point of the caller's, or NOT_FOUND. */
async function loadOne(
  deps: ConsumptionDeps,
  actor: Actor,
  meteringPointId: string,
  query: ConsumptionQuery,
) {
  const loaded = await load(deps, actor, query, [meteringPointId.toLowerCase()]);
  return { ...loaded, ...loaded.points[0]! };
}

export async function getConsumption(
  deps: ConsumptionDeps,
  actor: Actor,
  meteringPointId: string,
  query: ConsumptionQuery,
): Promise<ConsumptionResponse> {
  const loaded = await loadOne(deps, actor, meteringPointId, query);
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
        tariffAmounts: tariffAmountsView(p.tariffAmounts),
        zoneLimitsPer30Days: tariff ? { ...tariff.zoneLimits } : null,
      };
    }),
    // The savings discount was a household's, per metering point.
    comparisons: compareWithPreviousYears(loaded.history)
      .filter((c) => months.has(c.month))
      .map((c) => (loaded.household ? c : { ...c, savingsDiscountPercent: null })),
    billedMonths: loaded.billedMonths,
  };
}

export async function exportConsumption(
  deps: ConsumptionDeps,
  actor: Actor,
  meteringPointId: string,
  query: ConsumptionQuery & { format: 'csv' | 'espi' },
): Promise<{ filename: string; contentType: string; body: string }> {
  const loaded = await loadOne(deps, actor, meteringPointId, query);
  const edNumber = loaded.point.edNumber;
  const name = `potrosnja-${edNumber}-${loaded.from}-${loaded.to}`;
  if (query.format === 'csv') {
    return {
      filename: `${name}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: consumptionCsv(edNumber, loaded.periods),
    };
  }
  const body = consumptionEspiXml(
    {
      feedId: meteringPointId,
      usagePointId: meteringPointId,
      title: `ED ${edNumber}`,
      updated: deps.now().toISOString(),
    },
    loaded.periods,
  );
  return { filename: `${name}.xml`, contentType: 'application/atom+xml; charset=utf-8', body };
}

/** Every linked metering point of the caller summed per billing month, with the comparisons. */
export async function getAccountConsumption(
  deps: ConsumptionDeps,
  actor: Actor,
  query: ConsumptionQuery,
): Promise<AccountConsumptionResponse> {
  const loaded = await load(deps, actor, query, null);
  const months = sumByMonth(loaded.points.flatMap((p) => p.periods));
  const inRange = new Set(months.map((m) => m.month));
  return {
    from: loaded.from,
    to: loaded.to,
    meteringPoints: loaded.points.map((p) => p.point),
    months: months.map(({ periods, amount, tariffAmounts, ...month }) => ({
      ...month,
      amount: formatRsd(amount),
      tariffAmounts: tariffAmountsView(tariffAmounts),
      meteringPoints: periods,
    })),
    billedMonths: billedMonthsOfAll(loaded.points.map((p) => p.billedMonths)),
    // The savings discount applied to each household metering point on its own, never to a sum.
    comparisons: compareWithPreviousYears(loaded.points.flatMap((p) => p.history))
      .filter((c) => inRange.has(c.month))
      .map((c) => ({ ...c, savingsDiscountPercent: null })),
    againstLastYear:
      [...inRange]
        .sort()
        .reverse()
        .map((month) =>
          againstLastYearByPoint(
            loaded.points.map((p) => p.history),
            month,
          ),
        )
        .find((comparison) => comparison.points > 0) ?? null,
  };
}

/** The chosen metering points of the caller side by side per billing month. */
export async function compareConsumption(
  deps: ConsumptionDeps,
  actor: Actor,
  query: ConsumptionQuery & { ids: readonly string[] },
): Promise<ConsumptionCompareResponse> {
  const loaded = await load(deps, actor, query, query.ids);
  const side = sideBySide(loaded.points.map((p) => ({ id: p.point.id, periods: p.periods })));
  return {
    from: loaded.from,
    to: loaded.to,
    months: side.months,
    meteringPoints: loaded.points.map((p, i) => ({
      ...p.point,
      totals: side.points[i]!.totals,
      amounts: side.points[i]!.amounts.map((amount) => (amount === null ? null : formatRsd(amount))),
    })),
  };
}
