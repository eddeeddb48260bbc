// The bills a customer can pay: issued, within the three-year archive, with part of their own amount
// still open, on the metering points linked to the account.
import type { OpenBillsResponse } from '@portal/contract';
import { allocatePayment, formatRsd, isPastDue, parseRsd, type Para } from '@portal/domain';
import type { Prisma, PrismaClient } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { awaitingConfirmation, pendingConfirmationOf } from '../../lib/pending-confirmation.js';
import { linkedMeteringPointsOf, linksOf } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import type { PaymentsDeps } from './payments.deps.js';
import { para } from '../../lib/para.js';

export interface PayableBill {
  id: string;
  number: string;
  meteringPointId: string;
  regionId: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  total: Para;
  open: Para;
}

const billSelect = {
  id: true,
  number: true,
  meteringPointId: true,
  regionId: true,
  periodStart: true,
  periodEnd: true,
  dueDate: true,
  monthTotal: true,
  amountPaid: true,
} as const;

function payable(row: Prisma.BillGetPayload<{ select: typeof billSelect }>): PayableBill {
  const total = para(row.monthTotal);
  return {
    id: row.id,
    number: row.number,
    meteringPointId: row.meteringPointId,
    regionId: row.regionId,
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    dueDate: isoDate(row.dueDate),
    total,
    open: Math.max(0, total - para(row.amountPaid)),
  };
}

// Cards and IPS pay in dinars: a bill in KM (ERS) or euros (EPCG) is paid to its own supplier, never here.
const openBillWhere = (actor: Actor) =>
  ({
    status: 'ISSUED',
    currency: 'RSD',
    meteringPoint: linkedMeteringPointsOf(actor),
  }) satisfies Prisma.BillWhereInput;

/** A metering point whose debt the portal can take: none of its bills is in another currency. */
export const billedInDinars = {
  bills: { none: { currency: { not: 'RSD' } } },
} satisfies Prisma.MeteringPointWhereInput;

/** The chosen bills, each linked to the user and with something open; else PAYMENT_NOT_POSSIBLE. */
export async function chosenBills(
  prisma: Pick<PrismaClient, 'bill'>,
  actor: Actor,
  billIds: readonly string[],
): Promise<PayableBill[]> {
  const unique = [...new Set(billIds)];
  const rows = await prisma.bill.findMany({
    where: { id: { in: unique }, ...openBillWhere(actor) },
    select: billSelect,
  });
  const bills = rows.map(payable);
  if (bills.length !== unique.length || bills.some((bill) => bill.open <= 0))
    throw new AppError('PAYMENT_NOT_POSSIBLE');
  return bills;
}

/** The amount a payment request asks for; undefined: all that is open on its bills. */
export const requestedAmount = (body: { amount?: string | undefined }): Para | undefined =>
  body.amount === undefined ? undefined : parseRsd(body.amount);

/**
 * What `amount` (all that is open when left out) pays of the chosen bills, oldest due date first.
 * Paying more than is open is refused: an overpayment by card would only become a credit to refund.
 */
export function allocateOver(bills: readonly PayableBill[], amount: Para | undefined) {
  const open = bills.reduce((sum, bill) => sum + bill.open, 0);
  const paying = amount ?? open;
  if (paying <= 0 || paying > open) throw new AppError('PAYMENT_NOT_POSSIBLE');
  const { allocations } = allocatePayment(
    paying,
    bills.map((bill) => ({ billId: bill.id, dueDate: bill.dueDate, open: bill.open })),
  );
  const byId = new Map(bills.map((bill) => [bill.id, bill]));
  return {
    amount: paying,
    allocations: allocations.map((allocation) => {
      const bill = byId.get(allocation.billId)!;
      return { bill, amount: allocation.amount };
    }),
  };
}

export type Allocated = ReturnType<typeof allocateOver>;

export function allocationView(allocated: Allocated['allocations']) {
  return allocated.map(({ bill, amount }) => ({
    billId: bill.id,
    billNumber: bill.number,
    meteringPointId: bill.meteringPointId,
    amount: formatRsd(amount),
  }));
}

/** `GET /api/payments/open-bills`. */
export async function listOpenBills(deps: PaymentsDeps, actor: Actor): Promise<OpenBillsResponse> {
  const today = belgradeDateOf(deps.now());
  const points = await deps.prisma.meteringPoint.findMany({
    where: { AND: [linkedMeteringPointsOf(actor), billedInDinars] },
    select: {
      id: true,
      edNumber: true,
      street: true,
      postalCode: true,
      city: true,
      region: { select: { id: true, name: true, nameLatin: true } },
      dunningNotices: { where: { status: 'OPEN' }, select: { id: true }, take: 1 },
      billingAccount: { select: { number: true } },
      userLinks: { where: linksOf(actor), select: { nickname: true } },
      bills: {
        where: { status: 'ISSUED', amountPaid: { lt: deps.prisma.bill.fields.monthTotal } },
        select: billSelect,
        orderBy: { dueDate: 'asc' },
      },
      ledgerEntries: { orderBy: [{ entryDate: 'desc' }, { id: 'desc' }], take: 1, select: { balance: true } },
      payments: awaitingConfirmation,
    },
    orderBy: [{ city: 'asc' }, { street: 'asc' }, { edNumber: 'asc' }],
  });
  return {
    meteringPoints: points
      .map((point) => ({
        id: point.id,
        nickname: point.userLinks[0]?.nickname ?? null,
        address: { street: point.street, postalCode: point.postalCode, city: point.city },
        billingNumber: point.billingAccount.number,
        edNumber: point.edNumber,
        region: point.region,
        openNotice: point.dunningNotices.length > 0,
        balance: point.ledgerEntries[0]?.balance.toFixed(2) ?? '0.00',
        pendingConfirmation: pendingConfirmationOf(point.payments),
        bills: point.bills
          .map(payable)
          .filter((bill) => bill.open > 0)
          .map((bill) => ({
            id: bill.id,
            number: bill.number,
            periodStart: bill.periodStart,
            periodEnd: bill.periodEnd,
            dueDate: bill.dueDate,
            total: formatRsd(bill.total),
            open: formatRsd(bill.open),
            overdue: isPastDue(bill.dueDate, today),
          })),
      }))
      // a point with no open bill can still owe interest or a correction, payable as its whole debt
      .filter((point) => point.bills.length > 0 || parseRsd(point.balance) > 0),
    cardFee: {
      percent: deps.gateway?.feeRule.percent ?? '0',
      minimum: formatRsd(deps.gateway?.feeRule.minimum ?? 0),
    },
  };
}
