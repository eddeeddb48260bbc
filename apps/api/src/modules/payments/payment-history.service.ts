// The payments of all channels and the financial card (ledger) of a customer's metering points, for the
// three years the portal keeps. The routes of one metering point check access first (modules/access);
// the whole account's payments are scoped by the actor's links.
import type { Ledger, PaymentHistory, PaymentHistoryQuery, Payment as PaymentView } from '@portal/contract';
import { archiveStart, awaitsConfirmation, formatRsd } from '@portal/domain';
import type { Prisma } from '@portal/db';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { linkedMeteringPointsOf } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import type { PaymentsDeps } from './payments.deps.js';
import { para } from '../../lib/para.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function dateRange(today: string, query: { from?: string | undefined; to?: string | undefined }) {
  const start = archiveStart(today);
  const from = query.from && query.from > start ? query.from : start;
  return { gte: day(from), ...(query.to ? { lte: day(query.to) } : {}) };
}

const paymentSelect = {
  id: true,
  meteringPointId: true,
  paidOn: true,
  amount: true,
  channel: true,
  reference: true,
  sourceId: true,
  paymentOrderId: true,
} as const;

function paymentView(row: Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>): PaymentView {
  return {
    id: row.id,
    meteringPointId: row.meteringPointId,
    paidOn: isoDate(row.paidOn),
    amount: row.amount.toFixed(2),
    channel: row.channel.toLowerCase() as PaymentView['channel'],
    reference: row.reference,
    pendingConfirmation: awaitsConfirmation(row),
    orderId: row.paymentOrderId,
  };
}

/** `GET /api/metering-points/:id/payments` (one) and `GET /api/payments` (all linked, meteringPointId null). */
export async function paymentHistory(
  deps: PaymentsDeps,
  actor: Actor,
  meteringPointId: string | null,
  query: PaymentHistoryQuery & { page: number; pageSize: number },
): Promise<PaymentHistory> {
  const where: Prisma.PaymentWhereInput = {
    ...(meteringPointId ? { meteringPointId } : { meteringPoint: linkedMeteringPointsOf(actor) }),
    paidOn: dateRange(belgradeDateOf(deps.now()), query),
  };
  const [total, rows] = await Promise.all([
    deps.prisma.payment.count({ where }),
    deps.prisma.payment.findMany({
      where,
      select: paymentSelect,
      orderBy: [{ paidOn: 'desc' }, { bookedAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);
  return { items: rows.map(paymentView), total, page: query.page, pageSize: query.pageSize };
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
