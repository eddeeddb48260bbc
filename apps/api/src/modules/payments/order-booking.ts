// Booking an approved card order: money taken must always be booked. What the bills still owe when
// the approval arrives is credited to them; when they were settled meanwhile (another order, a bank
// transfer the billing system reported), the rest is credited to the metering point's account as a
// surplus (a payment without a bill, so the money is visible), the order is flagged for support, and
// the customer is told it stays as credit or can be refunded. A bill's paid amount never exceeds its total.
// The interest and other debt beyond bills an order pays is booked the same way, after the bills, on
// what is owed beyond them when the approval arrives (the debt's reference, the billing number alone);
// paid meanwhile, the rest is the same surplus.
import {
  billPaymentReference,
  bookOnDebt,
  debtReference,
  formatRsd,
  nextBalance,
  type Para,
} from '@portal/domain';
import type { Prisma } from '@portal/db';
import { isoDate } from '../../lib/belgrade-date.js';
import { para } from '../../lib/para.js';
import { settleBills } from './bill-settlement.js';
import { enqueuePaymentMail } from './payments.mail.js';
import { settleCoveredNotices } from '../notices/notices.service.js';
import { lockMeteringPoints } from './open-orders.js';
import { owedBeyondBills } from './open-bills.js';
import type { PaymentsDeps } from './payments.deps.js';

const brandNames: Record<string, string> = { dina: 'DinaCard', visa: 'Visa', mastercard: 'Mastercard' };

/** "Visa 4111 ******** 1111", as the confirmation mail and the receipt name the card. */
export function cardLabel(brand: string, maskedPan: string | null): string {
  return `${brandNames[brand] ?? brand} ${maskedPan ?? ''}`.trim();
}

interface Credit {
  meteringPointId: string;
  regionId: string;
  amount: Para;
  reference: string;
  billId: string | null;
  description: string;
}

/** A payment and its ledger credit, on the balance the last entry left; answers the payment's id. */
async function credit(
  tx: Prisma.TransactionClient,
  orderId: string,
  orderNumber: string,
  entryDate: Date,
  c: Credit,
): Promise<string> {
  const last = await tx.ledgerEntry.findFirst({
    where: { meteringPointId: c.meteringPointId },
    orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
    select: { balance: true },
  });
  const payment = await tx.payment.create({
    data: {
      regionId: c.regionId,
      meteringPointId: c.meteringPointId,
      paidOn: entryDate,
      amount: formatRsd(c.amount),
      channel: 'PORTAL_CARD',
      reference: c.reference,
      paymentOrderId: orderId,
      billId: c.billId,
    },
  });
  await tx.ledgerEntry.create({
    data: {
      meteringPointId: c.meteringPointId,
      entryDate,
      documentType: 'PAYMENT',
      documentNumber: orderNumber,
      description: c.description,
      credit: formatRsd(c.amount),
      balance: formatRsd(nextBalance(last ? para(last.balance) : 0, { debit: 0, credit: c.amount })),
      billId: c.billId,
      paymentId: payment.id,
    },
  });
  return payment.id;
}

type Surplus = Omit<Credit, 'description' | 'billId'>;
type Surpluses = Map<string, Surplus>;

/** Adds to a point's surplus; the first item's reference names it. */
function addSurplus(surpluses: Surpluses, surplus: Surplus) {
  const sum = surpluses.get(surplus.meteringPointId);
  if (sum) sum.amount += surplus.amount;
  else
    surpluses.set(surplus.meteringPointId, {
      meteringPointId: surplus.meteringPointId,
      regionId: surplus.regionId,
      amount: surplus.amount,
      reference: surplus.reference,
    });
}

/**
 * Books an approved order (see the top of this file) and answers the surplus, in para. The metering
 * points are locked first (in id order, as starting an order does), so the bills' paid amounts read
 * next are the ones no other booking is changing.
 */
export async function bookOrder(tx: Prisma.TransactionClient, orderId: string, today: string): Promise<Para> {
  // one after the other: a transaction has one connection, and pg refuses overlapping queries on it
  const points = await tx.paymentOrderItem.findMany({
    where: { orderId },
    select: { meteringPointId: true },
    distinct: ['meteringPointId'],
  });
  const debtItems = await tx.paymentOrderDebtItem.findMany({
    where: { orderId },
    orderBy: { meteringPointId: 'asc' },
  });
  const pointIds = [...new Set([...points, ...debtItems].map((point) => point.meteringPointId))].sort();
  await lockMeteringPoints(tx, pointIds);
  // what is owed beyond bills before this order's credits change the balance and the bills
  const owedNow = new Map(
    (
      await owedBeyondBills(
        tx,
        debtItems.map((item) => item.meteringPointId),
      )
    ).map((debt) => [debt.meteringPointId, debt]),
  );
  const items = await tx.paymentOrderItem.findMany({
    where: { orderId },
    include: {
      order: { select: { number: true } },
      bill: {
        select: { periodStart: true, periodEnd: true, monthTotal: true, amountPaid: true, regionId: true },
      },
      meteringPoint: { select: { billingAccount: { select: { number: true } } } },
    },
    orderBy: [{ meteringPointId: 'asc' }, { bill: { dueDate: 'asc' } }],
  });
  const entryDate = new Date(`${today}T00:00:00Z`);
  const surplusByPoint: Surpluses = new Map();
  for (const item of items) {
    const reference = billPaymentReference(
      item.meteringPoint.billingAccount.number,
      isoDate(item.bill.periodStart),
      isoDate(item.bill.periodEnd),
    );
    const total = para(item.bill.monthTotal);
    const paidBefore = para(item.bill.amountPaid);
    const onBill = Math.min(para(item.amount), Math.max(0, total - paidBefore));
    const surplus = para(item.amount) - onBill;
    if (surplus > 0)
      addSurplus(surplusByPoint, {
        meteringPointId: item.meteringPointId,
        regionId: item.bill.regionId,
        amount: surplus,
        reference,
      });
    if (onBill === 0) continue;
    await credit(tx, orderId, item.order.number, entryDate, {
      meteringPointId: item.meteringPointId,
      regionId: item.bill.regionId,
      amount: onBill,
      reference,
      billId: item.billId,
      description: 'Плаћање картицом преко портала',
    });
  }
  const { number } = await tx.paymentOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: { number: true },
  });
  for (const item of debtItems) {
    const debt = owedNow.get(item.meteringPointId)!;
    const { booked, surplus } = bookOnDebt(para(item.amount), debt.owed);
    const reference = debtReference(debt.billingNumber);
    if (surplus > 0) addSurplus(surplusByPoint, { ...debt, amount: surplus, reference });
    if (booked === 0) continue;
    const paymentId = await credit(tx, orderId, number, entryDate, {
      meteringPointId: item.meteringPointId,
      regionId: debt.regionId,
      amount: booked,
      reference,
      billId: null,
      description: 'Плаћање картицом преко портала, камата и остали дуг',
    });
    await tx.paymentOrderDebtItem.update({
      where: { orderId_meteringPointId: { orderId, meteringPointId: item.meteringPointId } },
      data: { paymentId },
    });
  }
  for (const surplus of surplusByPoint.values()) {
    await credit(tx, orderId, number, entryDate, {
      ...surplus,
      billId: null,
      description: 'Плаћање картицом преко портала, преплата у корист купца',
    });
  }
  await settleBills(tx, pointIds);
  for (const pointId of pointIds) await settleCoveredNotices(tx, pointId, today);
  return [...surplusByPoint.values()].reduce((sum, surplus) => sum + surplus.amount, 0);
}

/** The confirmation mail, or with a surplus the mail that explains where it went. */
export async function queueConfirmation(
  tx: Prisma.TransactionClient,
  deps: PaymentsDeps,
  orderId: string,
): Promise<void> {
  const order = await tx.paymentOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      user: { select: { username: true, email: true } },
      payments: {
        include: {
          bill: { select: { number: true } },
          debtItem: { select: { orderId: true } },
          meteringPoint: {
            select: { street: true, city: true, userLinks: { select: { userId: true, nickname: true } } },
          },
        },
        orderBy: { id: 'asc' },
      },
    },
  });
  const nickname = (point: (typeof order.payments)[number]['meteringPoint']) =>
    point.userLinks.find((link) => link.userId === order.userId)?.nickname ??
    `${point.street}, ${point.city}`;
  const common = {
    username: order.user.username,
    orderNumber: order.number,
    card: order.cardBrand && order.maskedPan ? cardLabel(order.cardBrand, order.maskedPan) : '—',
    approvalCode: order.approvalCode ?? '—',
    amount: para(order.amount),
    fee: para(order.fee),
    items: order.payments.flatMap((payment) =>
      payment.bill || payment.debtItem
        ? [
            {
              billNumber: payment.bill?.number ?? null,
              meteringPoint: nickname(payment.meteringPoint),
              amount: para(payment.amount),
            },
          ]
        : [],
    ),
    orderUrl: `${deps.publicUrl()}/payments/orders/${order.id}`,
  };
  const credits = order.payments
    .filter((payment) => !payment.bill && !payment.debtItem)
    .map((payment) => ({ meteringPoint: nickname(payment.meteringPoint), amount: para(payment.amount) }));
  const locale = order.locale as 'sr-Cyrl';
  if (credits.length === 0)
    await enqueuePaymentMail(tx, {
      to: order.user.email,
      template: 'paymentConfirmation',
      locale,
      params: common,
    });
  else
    await enqueuePaymentMail(tx, {
      to: order.user.email,
      template: 'paymentSurplus',
      locale,
      params: { ...common, credits },
    });
}
