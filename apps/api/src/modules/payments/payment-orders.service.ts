// Payment orders made in the portal: a quote, a card order handed to the gateway's payment page, the
// order's state for the return page, and an IPS QR code for chosen bills or a metering point's debt.
import type {
  IpsPayment,
  IpsPaymentBody,
  Locale,
  PaymentOrder,
  PaymentQuote,
  PaymentRequestBody,
} from '@portal/contract';
import {
  billPayment,
  buildIpsQrPayload,
  cardOrderDescription,
  debtReference,
  formatRsd,
  ipsOrderReference,
  type Para,
} from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import { printedAccount } from '../../documents/views.js';
import {
  allocateOver,
  allocationView,
  billedInDinars,
  chosenBills,
  chosenDebts,
  debtAllocationView,
  requestedAmount,
} from './open-bills.js';
import { placeOrder, refuseIfOpenOrders } from './open-orders.js';
import type { PaymentsDeps } from './payments.deps.js';
import { reconcileOrder } from './reconciliation.js';
import { para } from '../../lib/para.js';
import type { Actor } from '../access/actor.js';

/** `POST /api/payments/quote`. */
export async function quotePayment(
  deps: PaymentsDeps,
  actor: Actor,
  body: PaymentRequestBody,
): Promise<PaymentQuote> {
  const bills = await chosenBills(deps.prisma, actor, body.billIds);
  const debts = await chosenDebts(deps.prisma, body.debtBeyondBills, bills);
  const allocated = allocateOver(bills, requestedAmount(body), debts);
  const fee = deps.gateway?.fee(allocated.amount) ?? 0;
  return {
    amount: formatRsd(allocated.amount),
    fee: formatRsd(fee),
    charged: formatRsd(allocated.amount + fee),
    allocations: allocationView(allocated.allocations),
    debtBeyondBills: debtAllocationView(allocated.debts),
  };
}

/**
 * `POST /api/payments/card`: the order is saved first, then created on the gateway; the browser goes
 * to the gateway's page. A gateway that does not answer leaves an order nobody can pay (it expires).
 */
export async function startCardPayment(
  deps: PaymentsDeps,
  actor: Actor,
  body: PaymentRequestBody,
  locale: Locale,
): Promise<{ orderId: string; paymentPageUrl: string }> {
  const gateway = deps.gateway;
  if (!gateway) throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE');
  const { order, allocated, fee } = await placeOrder(deps, actor, {
    method: 'CARD',
    body,
    locale,
    fee: (amount) => gateway.fee(amount),
  });
  const base = deps.publicUrl();
  try {
    const created = await gateway.createOrder({
      merchantOrderId: order.id,
      amount: formatRsd(allocated.amount + fee),
      currency: 'RSD',
      description: cardOrderDescription(
        locale === 'en' ? 'en' : 'sr',
        allocated.allocations.map(({ bill }) => bill.number),
        allocated.debts.length > 0,
      ),
      returnUrl: `${base}/payments/orders/${order.id}`,
      notifyUrl: `${base}/api/payments/gateway/notifications`,
      locale: locale === 'en' ? 'en' : 'sr',
    });
    await deps.prisma.paymentOrder.update({
      where: { id: order.id },
      data: { gatewayOrderId: created.orderId, paymentPageUrl: created.paymentPageUrl },
    });
    return { orderId: order.id, paymentPageUrl: created.paymentPageUrl };
  } catch (error) {
    await deps.prisma.paymentOrder.update({ where: { id: order.id }, data: { status: 'EXPIRED' } });
    throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', { cause: error });
  }
}

const orderStatusView = {
  CREATED: 'processing',
  PENDING: 'processing',
  APPROVED: 'paid',
  DECLINED: 'declined',
  EXPIRED: 'expired',
  CANCELLED: 'cancelled',
} as const;

/**
 * `GET /api/payments/orders/:id`: what we know, never what the return URL claims. An order the
 * customer came back from that is still open is checked with the gateway at once, so a lost
 * notification does not leave the page spinning until the reconciliation job runs. The route checks
 * access first.
 */
export async function getPaymentOrder(deps: PaymentsDeps, orderId: string): Promise<PaymentOrder> {
  const load = () =>
    deps.prisma.paymentOrder.findUnique({
      where: { id: orderId },
      include: {
        items: { include: { bill: { select: { number: true } } }, orderBy: { bill: { dueDate: 'asc' } } },
        debtItems: { orderBy: { meteringPointId: 'asc' } },
        // a payment of no bill that is not a debt item's is a surplus (order-booking.ts)
        payments: { where: { billId: null, debtItem: { is: null } }, select: { amount: true } },
      },
    });
  let order = await load();
  if (!order) throw new AppError('NOT_FOUND');
  const ageMs = deps.now().getTime() - order.createdAt.getTime();
  const recentlyChecked = order.checkedAt && deps.now().getTime() - order.checkedAt.getTime() < 10_000;
  if (
    order.method === 'CARD' &&
    ['CREATED', 'PENDING'].includes(order.status) &&
    ageMs > 5_000 &&
    !recentlyChecked
  ) {
    await reconcileOrder(deps, order).catch((error: unknown) =>
      deps.log.warn({ err: error, orderId }, 'could not ask the gateway for an order'),
    );
    order = (await load())!;
  }
  return {
    id: order.id,
    number: order.number,
    status: orderStatusView[order.status],
    amount: order.amount.toFixed(2),
    fee: order.fee.toFixed(2),
    charged: formatRsd(para(order.amount) + para(order.fee)),
    createdAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    card:
      order.cardBrand && order.maskedPan
        ? { brand: order.cardBrand as 'dina' | 'visa' | 'mastercard', maskedPan: order.maskedPan }
        : null,
    approvalCode: order.approvalCode,
    allocations: order.items.map((item) => ({
      billId: item.billId,
      billNumber: item.bill.number,
      meteringPointId: item.meteringPointId,
      amount: item.amount.toFixed(2),
    })),
    debtBeyondBills: order.debtItems.map((item) => ({
      meteringPointId: item.meteringPointId,
      amount: item.amount.toFixed(2),
    })),
    surplusCredit: order.payments.length
      ? formatRsd(order.payments.reduce((sum, payment) => sum + para(payment.amount), 0))
      : null,
  };
}

/**
 * `POST /api/payments/ips`: one bill's own reference; several bills an IPS order whose reference the
 * billing system matches back to them; or a metering point's whole debt by its billing number. One
 * QR code pays one payee, so the bills must be of one region. The route checks access to the metering
 * point; chosen bills must be the actor's like every payment's.
 */
export async function ipsPayment(
  deps: PaymentsDeps,
  actor: Actor,
  body: IpsPaymentBody,
  locale: Locale,
): Promise<IpsPayment> {
  let amount: Para;
  let reference: string;
  let regionId: string;
  let allocations: IpsPayment['allocations'] = [];
  if ('meteringPointId' in body) {
    const point = await deps.prisma.meteringPoint.findFirst({
      where: { id: body.meteringPointId, ...billedInDinars },
      select: {
        regionId: true,
        billingAccount: { select: { number: true } },
        ledgerEntries: {
          orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
          take: 1,
          select: { balance: true },
        },
      },
    });
    // the route checked the link: a point not found here is billed in KM or euros
    if (!point) throw new AppError('PAYMENT_NOT_POSSIBLE');
    await refuseIfOpenOrders(deps.prisma, actor, { meteringPointId: body.meteringPointId });
    amount = point.ledgerEntries[0] ? para(point.ledgerEntries[0].balance) : 0;
    if (amount <= 0) throw new AppError('PAYMENT_NOT_POSSIBLE');
    reference = debtReference(point.billingAccount.number);
    regionId = point.regionId;
  } else {
    // the IPS order's reference is matched back to bills; a debt beyond bills is paid by the whole
    // debt's QR code (the billing number as the reference) or by card
    if (body.debtBeyondBills?.length) throw new AppError('PAYMENT_NOT_POSSIBLE');
    const { order, allocated, bills } = await placeOrder(deps, actor, {
      method: 'IPS',
      body,
      locale,
      fee: () => 0,
      check: (chosen) => {
        if (new Set(chosen.map((bill) => bill.regionId)).size !== 1)
          throw new AppError('PAYMENT_NOT_POSSIBLE');
      },
    });
    amount = allocated.amount;
    reference = ipsOrderReference(order.number);
    regionId = bills[0]!.regionId;
    allocations = allocationView(allocated.allocations);
  }
  const region = await deps.prisma.region.findUniqueOrThrow({ where: { id: regionId } });
  return {
    payload: buildIpsQrPayload({
      payeeAccount: region.payeeAccount,
      payeeName: region.payeeName,
      payeeAddress: region.branchAddress,
      amount,
      paymentCode: billPayment.paymentCode,
      purpose: billPayment.purpose,
      reference: `97${reference}`,
    }),
    amount: formatRsd(amount),
    payeeName: region.payeeName,
    payeeAccount: printedAccount(region.payeeAccount),
    paymentCode: billPayment.paymentCode,
    purpose: billPayment.purpose,
    model: '97',
    reference,
    allocations,
  };
}
