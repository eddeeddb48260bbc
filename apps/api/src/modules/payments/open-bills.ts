// The bills a customer can pay: issued, within the three-year archive, with part of their own amount
// still open, on the metering points linked to the account.
import type { OpenBillsResponse } from '@portal/contract';
import {
  allocateWithDebts,
  debtBeyondBills,
  debtNeedsItsBills,
  formatRsd,
  isPastDue,
  parseRsd,
  type Para,
} from '@portal/domain';
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
  if (unique.length === 0) return [];
  const rows = await prisma.bill.findMany({
    where: { id: { in: unique }, ...openBillWhere(actor) },
    select: billSelect,
  });
  const bills = rows.map(payable);
  if (bills.length !== unique.length || bills.some((bill) => bill.open <= 0))
    throw new AppError('PAYMENT_NOT_POSSIBLE');
  return bills;
}

/** A metering point's interest and other debt beyond its open bills, as a payment can take it. */
export interface PayableDebt {
  meteringPointId: string;
  regionId: string;
  owed: Para;
}

const lastBalance = {
  orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
  take: 1,
  select: { balance: true },
} satisfies Prisma.MeteringPoint$ledgerEntriesArgs;

/** What each metering point owes beyond its open bills now, in para: ledger balance less open bills. */
export async function owedBeyondBills(
  db: Pick<PrismaClient, 'meteringPoint'>,
  meteringPointIds: readonly string[],
) {
  const points = await db.meteringPoint.findMany({
    where: { id: { in: [...meteringPointIds] } },
    select: {
      id: true,
      regionId: true,
      billingAccount: { select: { number: true } },
      ledgerEntries: lastBalance,
      bills: { where: { status: 'ISSUED' }, select: { id: true, monthTotal: true, amountPaid: true } },
    },
  });
  return points.map((point) => {
    const openBills = point.bills
      .map((bill) => ({ id: bill.id, open: para(bill.monthTotal) - para(bill.amountPaid) }))
      .filter((bill) => bill.open > 0);
    const balance = point.ledgerEntries[0] ? para(point.ledgerEntries[0].balance) : 0;
    return {
      meteringPointId: point.id,
      regionId: point.regionId,
      billingNumber: point.billingAccount.number,
      openBillIds: openBills.map((bill) => bill.id),
      owed: debtBeyondBills(
        balance,
        openBills.map((bill) => bill.open),
      ),
    };
  });
}

/**
 * The metering points whose debt beyond bills is chosen, recomputed now: each billed in dinars, owing
 * something beyond its open bills, and chosen with all of them; else PAYMENT_NOT_POSSIBLE. The route
 * checked the points are the actor's.
 */
export async function chosenDebts(
  db: Pick<PrismaClient, 'meteringPoint'>,
  pointIds: readonly string[] | undefined,
  bills: readonly PayableBill[],
): Promise<PayableDebt[]> {
  const unique = [...new Set(pointIds ?? [])];
  if (unique.length === 0) return [];
  const inDinars = await db.meteringPoint.count({ where: { id: { in: unique }, ...billedInDinars } });
  const debts = await owedBeyondBills(db, unique);
  const chosen = new Set(bills.map((bill) => bill.id));
  if (
    inDinars !== unique.length ||
    debts.length !== unique.length ||
    debts.some((debt) => debt.owed <= 0 || !debtNeedsItsBills(debt.openBillIds, chosen))
  )
    throw new AppError('PAYMENT_NOT_POSSIBLE');
  // in the order of the request, as the page lists them
  return unique.map((id) => {
    const { meteringPointId, regionId, owed } = debts.find((debt) => debt.meteringPointId === id)!;
    return { meteringPointId, regionId, owed };
  });
}

/** The amount a payment request asks for; undefined: all that is open on its bills. */
export const requestedAmount = (body: { amount?: string | undefined }): Para | undefined =>
  body.amount === undefined ? undefined : parseRsd(body.amount);

/**
 * What `amount` (all that is owed when left out) pays of the chosen bills, oldest due date first, then
 * of the chosen debts beyond bills. Paying more than is owed is refused: an overpayment by card would
 * only become a credit to refund (PAYMENT_MORE_THAN_OWED when a debt beyond bills was recomputed).
 */
export function allocateOver(
  bills: readonly PayableBill[],
  amount: Para | undefined,
  debts: readonly PayableDebt[] = [],
) {
  const owed =
    bills.reduce((sum, bill) => sum + bill.open, 0) + debts.reduce((sum, debt) => sum + debt.owed, 0);
  const paying = amount ?? owed;
  if (paying > owed && debts.length > 0) throw new AppError('PAYMENT_MORE_THAN_OWED');
  if (paying <= 0 || paying > owed) throw new AppError('PAYMENT_NOT_POSSIBLE');
  const allocated = allocateWithDebts(
    paying,
    bills.map((bill) => ({ billId: bill.id, dueDate: bill.dueDate, open: bill.open })),
    debts,
  );
  const byId = new Map(bills.map((bill) => [bill.id, bill]));
  const debtOf = new Map(debts.map((debt) => [debt.meteringPointId, debt]));
  return {
    amount: paying,
    allocations: allocated.allocations.map((allocation) => {
      const bill = byId.get(allocation.billId)!;
      return { bill, amount: allocation.amount };
    }),
    debts: allocated.debts.map(({ meteringPointId, amount: paid }) => ({
      debt: debtOf.get(meteringPointId)!,
      amount: paid,
    })),
  };
}

export type Allocated = ReturnType<typeof allocateOver>;

export function debtAllocationView(debts: Allocated['debts']) {
  return debts.map(({ debt, amount }) => ({
    meteringPointId: debt.meteringPointId,
    amount: formatRsd(amount),
  }));
}

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
      ledgerEntries: lastBalance,
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
      // a point with no open bill can still owe interest or a correction, payable by card (the debt
      // beyond bills) or as its whole debt by IPS
      .filter((point) => point.bills.length > 0 || parseRsd(point.balance) > 0),
    cardFee: {
      percent: deps.gateway?.feeRule.percent ?? '0',
      minimum: formatRsd(deps.gateway?.feeRule.minimum ?? 0),
    },
  };
}
