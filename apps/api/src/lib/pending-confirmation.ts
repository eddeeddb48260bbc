// The domain's pending-confirmation rule (awaitsConfirmation, packages/domain/src/balance.ts) as the
// Prisma queries read it: the filter, and the sum of what it finds as the API writes amounts.
import type { Prisma } from '@portal/db';
import { formatRsd, pendingConfirmation } from '@portal/domain';
import { para } from './para.js';

/** A metering point's payments that await confirmation, for an `include` or `select`. */
export const awaitingConfirmation = {
  where: { paymentOrderId: { not: null }, sourceId: null },
  select: { amount: true, paymentOrderId: true, sourceId: true },
} as const satisfies Prisma.MeteringPoint$paymentsArgs;

type Read = Prisma.PaymentGetPayload<{ select: (typeof awaitingConfirmation)['select'] }>;

/** What the payments read with `awaitingConfirmation` add up to, e.g. "0.00". */
export const pendingConfirmationOf = (payments: readonly Read[]): string =>
  formatRsd(pendingConfirmation(payments.map((payment) => ({ ...payment, amount: para(payment.amount) }))));
