// The payments of all channels and the financial card (ledger) of a customer's metering points, for the
// three years the portal keeps. Scoped to the caller's links: someone else's metering point is a 404.
import type { Ledger, PaymentHistory, PaymentHistoryQuery, Payment as PaymentView } from '@portal/contract';
import { archiveStart, awaitsConfirmation, formatRsd } from '@portal/domain';
import type { Prisma } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import type { PaymentsDeps } from './payments.deps.js';
import { para } from '../../lib/para.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function dateRange(today: string, query: { from?: string | undefined; to?: string | undefined }) {
  const start = archiveStart(today);
  const from = query.from && query.from > start ? query.from : start;
  return { gte: day(from), ...(query.to ? { lte: day(query.to) } : {}) };
}

async function assertLinked(deps: PaymentsDeps, userId: string, meteringPointId: string) {
  const linked = await deps.prisma.userMeteringPoint.findFirst({
    where: { userId, meteringPointId },
    select: { userId: true },
  });
  if (!linked) throw new AppError('NOT_FOUND');
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
  userId: string,
  meteringPointId: string | null,
  query: PaymentHistoryQuery & { page: number; pageSize: number },
): Promise<PaymentHistory> {
  if (meteringPointId) await assertLinked(deps, userId, meteringPointId);
  const where: Prisma.PaymentWhereInput = {
    ...(meteringPointId ? { meteringPointId } : { meteringPoint: { userLinks: { some: { userId } } } }),
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
  userId: string,
  meteringPointId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<Ledger> {
  await assertLinked(deps, userId, meteringPointId);
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
