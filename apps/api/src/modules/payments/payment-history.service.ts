// The payments of all channels and the financial card (ledger) of a customer's metering points, for the
// three years the portal keeps. The routes of one metering point check access first (modules/access);
// the whole account's payments are scoped by the actor's links.
import type { Ledger, PaymentHistory, PaymentHistoryQuery, Payment as PaymentView } from '@portal/contract';
import { archiveStart, awaitsConfirmation, formatRsd } from '@portal/domain';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { linksOwner } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import type { PaymentsDeps } from './payments.deps.js';
import { para } from '../../lib/para.js';
import { readResult, type Statement } from '../../lib/statement.js';
import { AppError } from '../../lib/app-error.js';
import { ruleSql } from '../metering-points/list-query.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type RangeQuery = { from?: string | undefined; to?: string | undefined };

/** The dates asked for, within the three years the portal keeps. */
export function historyRange(today: string, query: RangeQuery): { from: string; to: string | null } {
  const start = archiveStart(today);
  return { from: query.from && query.from > start ? query.from : start, to: query.to ?? null };
}

function dateRange(today: string, query: RangeQuery) {
  const { from, to } = historyRange(today, query);
  return { gte: day(from), ...(to ? { lte: day(to) } : {}) };
}

/**
 * The page of payments and how many match, in one statement answering one json `result` in the JSON's
 * own types: of one metering point of the user's links (null when it is not theirs) or of all of them
 * (`meteringPointId` null).
 */
export function paymentHistoryStatement(
  userId: string,
  meteringPointId: string | null,
  range: { from: string; to: string | null },
  page: { page: number; pageSize: number },
): Statement {
  const where = `p.metering_point_id IN (SELECT l.metering_point_id FROM user_metering_point l
                   WHERE l.user_id = $1::uuid AND ($2::uuid IS NULL OR l.metering_point_id = $2::uuid))
                 AND p.paid_on >= $3::date AND ($4::date IS NULL OR p.paid_on <= $4::date)`;
  return {
    sql: `SELECT CASE WHEN $2::uuid IS NULL OR EXISTS (SELECT 1 FROM user_metering_point l
                         WHERE l.user_id = $1::uuid AND l.metering_point_id = $2::uuid) THEN
            json_build_object(
              'items', (SELECT coalesce(json_agg(x ORDER BY x.n), '[]') FROM (
                 SELECT p.id, p.metering_point_id AS "meteringPointId", p.paid_on::text AS "paidOn",
                        p.amount::text AS amount, lower(p.channel::text) AS channel, p.reference,
                        ${ruleSql.awaitsConfirmation('p')} AS "pendingConfirmation",
                        p.payment_order_id AS "orderId",
                        row_number() OVER (ORDER BY p.paid_on DESC, p.booked_at DESC, p.id DESC) AS n
                   FROM payment p WHERE ${where}
                  ORDER BY p.paid_on DESC, p.booked_at DESC, p.id DESC OFFSET $5 LIMIT $6) x),
              'total', (SELECT count(*) FROM payment p WHERE ${where}))
          END AS result`,
    params: [userId, meteringPointId, range.from, range.to, (page.page - 1) * page.pageSize, page.pageSize],
  };
}

type PageRow = PaymentView & { n?: number };

/** The answer from the statement's result; NOT_FOUND for a metering point that is not the user's. */
export function paymentPageOf(
  result: { items: PageRow[]; total: number } | null,
  page: { page: number; pageSize: number },
): PaymentHistory {
  if (!result) throw new AppError('NOT_FOUND');
  const items = result.items.map(({ n: _n, ...payment }) => payment);
  return { items, total: result.total, page: page.page, pageSize: page.pageSize };
}

/** `GET /api/metering-points/:id/payments` (one) and `GET /api/payments` (all linked, meteringPointId null). */
export async function paymentHistory(
  deps: PaymentsDeps,
  actor: Actor,
  meteringPointId: string | null,
  query: PaymentHistoryQuery & { page: number; pageSize: number },
): Promise<PaymentHistory> {
  const range = historyRange(belgradeDateOf(deps.now()), query);
  const statement = paymentHistoryStatement(linksOwner(actor), meteringPointId, range, query);
  const result = await readResult<{ items: PageRow[]; total: number }>(deps.statementRows, statement);
  return paymentPageOf(result, query);
}

/** `GET /api/metering-points/:id/ledger`: oldest first, with the balance before the first entry. */
export async function ledger(
  deps: PaymentsDeps,
  meteringPointId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<Ledger> {
  const range = dateRange(belgradeDateOf(deps.now()), query);
  const [before, rows] = await Promise.all([
    deps.prisma.ledgerEntry.findFirst({
      where: { meteringPointId, entryDate: { lt: range.gte } },
      orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
      select: { balance: true },
    }),
    deps.prisma.ledgerEntry.findMany({
      where: { meteringPointId, entryDate: range },
      orderBy: [{ entryDate: 'asc' }, { id: 'asc' }],
      include: { payment: { select: { sourceId: true, paymentOrderId: true } } },
    }),
  ]);
  const opening = before ? para(before.balance) : 0;
  let debit = 0;
  let credit = 0;
  const entries = rows.map((row) => {
    debit += para(row.debit);
    credit += para(row.credit);
    return {
      date: isoDate(row.entryDate),
      documentType: row.documentType.toLowerCase() as Ledger['entries'][number]['documentType'],
      documentNumber: row.documentNumber,
      description: row.description,
      debit: row.debit.toFixed(2),
      credit: row.credit.toFixed(2),
      balance: row.balance.toFixed(2),
      billId: row.billId,
      paymentId: row.paymentId,
      pendingConfirmation: row.payment !== null && awaitsConfirmation(row.payment),
    };
  });
  return {
    openingBalance: formatRsd(opening),
    entries,
    closingBalance: entries.at(-1)?.balance ?? formatRsd(opening),
    totalDebit: formatRsd(debit),
    totalCredit: formatRsd(credit),
  };
}
