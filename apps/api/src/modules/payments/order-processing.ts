// How the outcome of a card payment reaches our books, from a signed notification or from asking the
// gateway. Exactly once: the change of the order's status to APPROVED is a conditional update, so of
// any number of concurrent or repeated deliveries only one finds the order not yet approved and writes
// the payments, ledger credits and mail; the rest change nothing. A final status is never undone, but
// an approval after a decline or expiry is still booked: the money was taken.
import type { GatewayOrder, GatewayOrderStatus } from '@portal/gateway-protocol';
import { billPaymentReference, formatRsd } from '@portal/domain';
import type { Prisma } from '@portal/db';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { enqueueMail } from '../mail/mail.service.js';
import { settleCoveredNotices } from '../notices/notices.service.js';
import { GatewayOrderUnknownError } from './payment-gateway.js';
import { paymentRules, type PaymentsDeps } from './payments.deps.js';
import { para } from '../../lib/para.js';

/** What the gateway says about an order, from a notification or a status query. */
export type GatewayState = Pick<
  GatewayOrder,
  'orderId' | 'status' | 'amount' | 'currency' | 'card' | 'approvalCode'
>;

export type ApplyOutcome = 'applied' | 'updated' | 'unchanged' | 'unknown_order' | 'amount_mismatch';

type OrderStatus = 'CREATED' | 'PENDING' | 'APPROVED' | 'DECLINED' | 'EXPIRED' | 'CANCELLED';

/** Which statuses an incoming status may replace. */
const replaces: Record<GatewayOrderStatus, OrderStatus[]> = {
  created: [],
  pending: ['CREATED'],
  declined: ['CREATED', 'PENDING'],
  cancelled: ['CREATED', 'PENDING'],
  expired: ['CREATED', 'PENDING'],
  approved: ['CREATED', 'PENDING', 'DECLINED', 'EXPIRED', 'CANCELLED'],
};

const orderStatusOf = {
  pending: 'PENDING',
  declined: 'DECLINED',
  cancelled: 'CANCELLED',
  expired: 'EXPIRED',
} as const satisfies Partial<Record<GatewayOrderStatus, OrderStatus>>;

const brandNames: Record<string, string> = { dina: 'DinaCard', visa: 'Visa', mastercard: 'Mastercard' };

/** "Visa 4111 ******** 1111", as the confirmation mail and the receipt name the card. */
export function cardLabel(brand: string, maskedPan: string | null): string {
  return `${brandNames[brand] ?? brand} ${maskedPan ?? ''}`.trim();
}

type Applied = { outcome: ApplyOutcome; orderId: string | null };

/**
 * The same news about an order being applied right now in this process: later copies wait for it and
 * change nothing, instead of each holding a connection while it waits for the order's row lock. (Other
 * processes are kept out by the conditional update alone.)
 */
const inFlight = new Map<string, Promise<Applied>>();

export function applyGatewayState(deps: PaymentsDeps, state: GatewayState): Promise<Applied> {
  const key = `${state.orderId} ${state.status} ${state.amount} ${state.currency}`;
  const running = inFlight.get(key);
  if (running) {
    return running.then((first) => ({
      ...first,
      outcome: first.outcome === 'applied' || first.outcome === 'updated' ? 'unchanged' : first.outcome,
    }));
  }
  const applying = applyOnce(deps, state).finally(() => inFlight.delete(key));
  inFlight.set(key, applying);
  return applying;
}

async function applyOnce(deps: PaymentsDeps, state: GatewayState): Promise<Applied> {
  const order = await deps.prisma.paymentOrder.findUnique({ where: { gatewayOrderId: state.orderId } });
  if (!order) return { outcome: 'unknown_order', orderId: null };
  const charged = formatRsd(para(order.amount) + para(order.fee));
  if (state.amount !== charged || state.currency !== 'RSD') {
    deps.log.warn(
      { orderId: order.id, expected: charged, notified: state.amount, currency: state.currency },
      'gateway amount differs from the order; not applied',
    );
    return { outcome: 'amount_mismatch', orderId: order.id };
  }
  const from = replaces[state.status];
  if (!from.includes(order.status)) return { outcome: 'unchanged', orderId: order.id };
  if (state.status !== 'approved') {
    if (state.status === 'created') return { outcome: 'unchanged', orderId: order.id };
    const { count } = await deps.prisma.paymentOrder.updateMany({
      where: { id: order.id, status: { in: from } },
      data: { status: orderStatusOf[state.status] },
    });
    return { outcome: count ? 'updated' : 'unchanged', orderId: order.id };
  }
  const applied = await deps.prisma.$transaction(async (tx) => {
    const now = deps.now();
    const { count } = await tx.paymentOrder.updateMany({
      where: { id: order.id, status: { not: 'APPROVED' } },
      data: {
        status: 'APPROVED',
        paidAt: now,
        cardBrand: state.card?.brand ?? null,
        maskedPan: state.card?.maskedPan ?? null,
        approvalCode: state.approvalCode,
      },
    });
    if (count === 0) return false;
    await bookOrder(tx, order.id, belgradeDateOf(now));
    await queueConfirmation(tx, deps, order.id);
    return true;
  });
  if (applied) deps.notifyMail();
  return { outcome: applied ? 'applied' : 'unchanged', orderId: order.id };
}

/**
 * One payment and one ledger credit per bill paid; the bill's paid amount grows. Metering points are
 * locked in a fixed order, so that two orders paying the same ones cannot deadlock and each reads
 * the balance the other left.
 */
async function bookOrder(tx: Prisma.TransactionClient, orderId: string, today: string): Promise<void> {
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
  const pointIds = [...new Set(items.map((item) => item.meteringPointId))];
  await tx.$queryRaw`SELECT id FROM metering_point WHERE id = ANY(${pointIds}::uuid[]) ORDER BY id FOR UPDATE`;
  const entryDate = new Date(`${today}T00:00:00Z`);
  for (const item of items) {
    const last = await tx.ledgerEntry.findFirst({
      where: { meteringPointId: item.meteringPointId },
      orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
      select: { balance: true },
    });
    const amount = para(item.amount);
    const payment = await tx.payment.create({
      data: {
        regionId: item.bill.regionId,
        meteringPointId: item.meteringPointId,
        paidOn: entryDate,
        amount: item.amount,
        channel: 'PORTAL_CARD',
        reference: billPaymentReference(
          item.meteringPoint.billingAccount.number,
          isoDate(item.bill.periodStart),
          isoDate(item.bill.periodEnd),
        ),
        paymentOrderId: orderId,
        billId: item.billId,
      },
    });
    await tx.ledgerEntry.create({
      data: {
        meteringPointId: item.meteringPointId,
        entryDate,
        documentType: 'PAYMENT',
        documentNumber: item.order.number,
        description: 'Плаћање картицом преко портала',
        credit: item.amount,
        balance: formatRsd((last ? para(last.balance) : 0) - amount),
        billId: item.billId,
        paymentId: payment.id,
      },
    });
    const paid = para(item.bill.amountPaid) + amount;
    await tx.bill.update({
      where: { id: item.billId },
      data: {
        amountPaid: { increment: item.amount },
        ...(paid >= para(item.bill.monthTotal) ? { paidOn: entryDate } : {}),
      },
    });
  }
  for (const pointId of pointIds) await settleCoveredNotices(tx, pointId, today);
}

async function queueConfirmation(tx: Prisma.TransactionClient, deps: PaymentsDeps, orderId: string) {
  const order = await tx.paymentOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      user: { select: { username: true, email: true } },
      items: {
        include: {
          bill: { select: { number: true } },
          meteringPoint: {
            select: { street: true, city: true, userLinks: { select: { userId: true, nickname: true } } },
          },
        },
      },
    },
  });
  const nickname = (item: (typeof order.items)[number]) =>
    item.meteringPoint.userLinks.find((link) => link.userId === order.userId)?.nickname ??
    `${item.meteringPoint.street}, ${item.meteringPoint.city}`;
  await enqueueMail(tx, {
    to: order.user.email,
    template: 'paymentConfirmation',
    locale: order.locale as 'sr-Cyrl',
    params: {
      username: order.user.username,
      orderNumber: order.number,
      card: order.cardBrand && order.maskedPan ? cardLabel(order.cardBrand, order.maskedPan) : '—',
      approvalCode: order.approvalCode ?? '—',
      amount: para(order.amount),
      fee: para(order.fee),
      items: order.items.map((item) => ({
        billNumber: item.bill.number,
        meteringPoint: nickname(item),
        amount: para(item.amount),
      })),
      orderUrl: `${deps.publicUrl()}/payments/orders/${order.id}`,
    },
  });
}

/**
 * Asks the gateway for one order and applies what it says; gives up an order never completed. An
 * order the gateway does not know (never created there, or lost when a sandbox restarted) cannot be
 * paid, so it expires after the same window instead of being asked about forever.
 */
export async function reconcileOrder(
  deps: PaymentsDeps,
  order: { id: string; gatewayOrderId: string | null; createdAt: Date },
): Promise<ApplyOutcome> {
  const expired = deps.now().getTime() - order.createdAt.getTime() > paymentRules.expireAfterMinutes * 60_000;
  const giveUpIfExpired = async (): Promise<ApplyOutcome> => {
    if (!expired) return 'unchanged';
    const { count } = await deps.prisma.paymentOrder.updateMany({
      where: { id: order.id, status: { in: ['CREATED', 'PENDING'] } },
      data: { status: 'EXPIRED' },
    });
    return count ? 'updated' : 'unchanged';
  };
  if (!order.gatewayOrderId || !deps.gateway) return giveUpIfExpired();
  let state: GatewayOrder | null;
  try {
    state = await deps.gateway.getOrder(order.gatewayOrderId);
  } catch (error) {
    if (!(error instanceof GatewayOrderUnknownError)) throw error;
    deps.log.warn({ orderId: order.id }, 'the gateway does not know this order');
    state = null;
  }
  await deps.prisma.paymentOrder.update({ where: { id: order.id }, data: { checkedAt: deps.now() } });
  if (!state) return giveUpIfExpired();
  const status = state.status === 'created' && expired ? 'expired' : state.status;
  const { outcome } = await applyGatewayState(deps, { ...state, status });
  return outcome;
}

/** The job: card orders still open 15 minutes after they were made are checked with the gateway. */
export async function reconcileDueOrders(deps: PaymentsDeps): Promise<Record<ApplyOutcome, number>> {
  const before = new Date(deps.now().getTime() - paymentRules.reconcileAfterMinutes * 60_000);
  const due = await deps.prisma.paymentOrder.findMany({
    where: { method: 'CARD', status: { in: ['CREATED', 'PENDING'] }, createdAt: { lt: before } },
    select: { id: true, gatewayOrderId: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  const counts: Record<ApplyOutcome, number> = {
    applied: 0,
    updated: 0,
    unchanged: 0,
    unknown_order: 0,
    amount_mismatch: 0,
  };
  for (const order of due) {
    try {
      counts[await reconcileOrder(deps, order)]++;
    } catch (error) {
      deps.log.warn({ err: error, orderId: order.id }, 'reconciliation of an order failed; next run retries');
    }
  }
  return counts;
}
