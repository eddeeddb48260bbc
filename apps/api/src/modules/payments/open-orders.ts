// A portal order for chosen bills (and debts beyond bills) is saved one start at a time per metering
// point: the points of the chosen bills and debts are locked (in id order, as booking an approval locks
// them) in the transaction that inserts the order, and only then are the bills' open amounts and the
// debts read again and the unfinished card orders looked up. So two starts for the same bill (a double click, two tabs, parallel requests)
// cannot both pass, and a bill is never offered for more than an open order leaves of it.
import type { Locale, OpenPaymentOrder, PaymentRequestBody } from '@portal/contract';
import { formatRsd, openOrderStatuses, type Para } from '@portal/domain';
import type { Prisma } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { para } from '../../lib/para.js';
import { linksOwner } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import {
  allocateOver,
  chosenBills,
  chosenDebts,
  requestedAmount,
  type Allocated,
  type PayableBill,
} from './open-bills.js';
import type { PaymentsDeps } from './payments.deps.js';

/** Locks metering points in id order, so that transactions locking several cannot deadlock. */
export async function lockMeteringPoints(tx: Prisma.TransactionClient, pointIds: string[]): Promise<void> {
  if (pointIds.length === 0) return;
  await tx.$queryRaw`SELECT id FROM metering_point WHERE id = ANY(${pointIds}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** Locks the actor's metering points of the bills and the debts chosen (a point not theirs is skipped). */
async function lockChosenPoints(
  tx: Prisma.TransactionClient,
  actor: Actor,
  billIds: string[],
  debtPointIds: string[],
) {
  await tx.$queryRaw`
    SELECT mp.id FROM metering_point mp
    WHERE (mp.id IN (SELECT b.metering_point_id FROM bill b WHERE b.id = ANY(${billIds}::uuid[]))
        OR mp.id = ANY(${debtPointIds}::uuid[]))
      AND EXISTS (SELECT 1 FROM user_metering_point l WHERE l.metering_point_id = mp.id AND l.user_id = ${linksOwner(actor)}::uuid)
    ORDER BY mp.id FOR UPDATE`;
}

/**
 * Refuses with PAYMENT_ORDER_OPEN when an unfinished card order (of anyone linked to the points)
 * covers one of the bills or one of the debts beyond bills; the problem names the caller's own such
 * orders, to resume or cancel. For a metering point's whole debt, any order with an item of the point.
 */
export async function refuseIfOpenOrders(
  db: Pick<Prisma.TransactionClient, 'paymentOrder'>,
  actor: Actor,
  where: { billIds: string[]; debtPointIds?: string[] } | { meteringPointId: string },
): Promise<void> {
  const items =
    'billIds' in where ? { billId: { in: where.billIds } } : { meteringPointId: where.meteringPointId };
  const debtItems =
    'billIds' in where
      ? { meteringPointId: { in: where.debtPointIds ?? [] } }
      : { meteringPointId: where.meteringPointId };
  const open = await db.paymentOrder.findMany({
    where: {
      method: 'CARD',
      status: { in: [...openOrderStatuses] },
      OR: [{ items: { some: items } }, { debtItems: { some: debtItems } }],
    },
    include: { items: { where: items, select: { billId: true } } },
    orderBy: { createdAt: 'asc' },
  });
  if (open.length === 0) return;
  const openOrders: OpenPaymentOrder[] = open
    .filter((order) => order.userId === actor.userId)
    .map((order) => ({
      id: order.id,
      number: order.number,
      amount: order.amount.toFixed(2),
      charged: formatRsd(para(order.amount) + para(order.fee)),
      createdAt: order.createdAt.toISOString(),
      billIds: order.items.map((item) => item.billId),
      paymentPageUrl: order.paymentPageUrl,
    }));
  throw new AppError('PAYMENT_ORDER_OPEN', { extensions: { openOrders } });
}

async function nextOrderNumber(tx: Prisma.TransactionClient): Promise<string> {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('payment_order_number_seq') AS n`;
  return String(row!.n);
}

export interface PlaceOrder {
  method: 'CARD' | 'IPS';
  body: PaymentRequestBody;
  locale: Locale;
  /** what the gateway charges on top of an amount */
  fee: (amount: Para) => Para;
  /** a further rule on the chosen bills, checked under the lock (throws to refuse) */
  check?: (bills: PayableBill[]) => void;
}

/**
 * Saves an order for chosen bills and debts beyond bills (see the top of this file); answers it with
 * what it covers. The debts beyond bills are recomputed here, under the lock.
 */
export async function placeOrder(deps: PaymentsDeps, actor: Actor, request: PlaceOrder) {
  const billIds = [...new Set(request.body.billIds)];
  const debtPointIds = [...new Set(request.body.debtBeyondBills ?? [])];
  return deps.prisma.$transaction(async (tx) => {
    await lockChosenPoints(tx, actor, billIds, debtPointIds);
    const bills = await chosenBills(tx, actor, billIds);
    const debts = await chosenDebts(tx, debtPointIds, bills);
    request.check?.(bills);
    await refuseIfOpenOrders(tx, actor, { billIds, debtPointIds });
    const allocated: Allocated = allocateOver(bills, requestedAmount(request.body), debts);
    const fee = request.fee(allocated.amount);
    const order = await tx.paymentOrder.create({
      data: {
        number: await nextOrderNumber(tx),
        userId: actor.userId,
        method: request.method,
        amount: formatRsd(allocated.amount),
        fee: formatRsd(fee),
        locale: request.locale,
        createdAt: deps.now(),
        items: {
          create: allocated.allocations.map(({ bill, amount }) => ({
            billId: bill.id,
            meteringPointId: bill.meteringPointId,
            amount: formatRsd(amount),
          })),
        },
        debtItems: {
          create: allocated.debts.map(({ debt, amount }) => ({
            meteringPointId: debt.meteringPointId,
            amount: formatRsd(amount),
          })),
        },
      },
    });
    return { order, allocated, fee, bills };
  });
}
