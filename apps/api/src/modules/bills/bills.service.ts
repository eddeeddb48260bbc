// The bills of a metering point and one bill with everything printed on it, each one statement
// (bills.queries.ts) scoped by the actor's links: a bill of someone else answers exactly like one that
// does not exist. The PDFs' callers check access first and pass no holder.
import type { BillDetail, BillHistoryPoint, BillListQuery, BillListResponse } from '@portal/contract';
import { archiveStart, billingMonths } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { readResult } from '../../lib/statement.js';
import type { BillsDeps } from './bills.deps.js';
import {
  billDetailOf,
  billDetailStatement,
  billListOf,
  billListStatement,
  type DetailRow,
  type SummaryRow,
} from './bills.queries.js';

/**
 * A metering point's bills of the last three years. `holder`: the user whose links the metering point
 * must be among (NOT_FOUND otherwise), or null when the caller checked access already.
 */
export async function listBills(
  deps: BillsDeps,
  holder: string | null,
  meteringPointId: string,
  query: BillListQuery,
): Promise<BillListResponse> {
  const today = belgradeDateOf(deps.now());
  const statement = billListStatement(holder, meteringPointId, archiveStart(today));
  const rows = await readResult<SummaryRow[]>(deps.statementRows, statement);
  if (!rows) throw new AppError('NOT_FOUND');
  return billListOf(rows, today, query);
}

/** One bill with everything printed on it; `holder` as for listBills. */
export async function getBill(deps: BillsDeps, holder: string | null, billId: string): Promise<BillDetail> {
  const row = await readResult<DetailRow>(deps.statementRows, billDetailStatement(holder, billId));
  if (!row) throw new AppError('NOT_FOUND');
  return billDetailOf(row, belgradeDateOf(deps.now()));
}

/** kWh of the bill's period and the 12 before it, oldest first: the PDF's mini-chart. */
export async function billHistory(deps: BillsDeps, bill: BillDetail): Promise<BillHistoryPoint[]> {
  const rows = await deps.prisma.bill.findMany({
    where: {
      meteringPointId: bill.meteringPoint.id,
      status: 'ISSUED',
      periodStart: { lte: new Date(bill.periodStart) },
    },
    orderBy: { periodStart: 'desc' },
    take: 13,
    select: { periodStart: true, periodEnd: true, kwhVt: true, kwhNt: true, kwhSingle: true },
  });
  const periods = rows.reverse().map((row) => ({
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    kwh: row.kwhVt + row.kwhNt + row.kwhSingle,
  }));
  const months = billingMonths(periods);
  return periods.map((p, i) => ({ month: months[i]!, kwh: p.kwh }));
}
