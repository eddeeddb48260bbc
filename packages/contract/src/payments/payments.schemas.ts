// Payments: paying chosen bills by card (through the gateway's hosted page) or by IPS QR, the payment
// history of all channels, the financial card (ledger) of a metering point, and receipts.
import { z } from 'zod';
import { requestDate } from '../common/dates.js';
import { calendarDate, rsdAmount } from '../common/money.js';
import { pageOf, pageQuery } from '../common/paging.js';
import { addressSchema, meteringPointRegionSchema } from '../metering-points/metering-points.schemas.js';

/** An amount the user enters: positive, at most two decimals. */
export const positiveRsdAmount = rsdAmount.refine((value) => Number(value) > 0, 'must be more than 0.00');

/** A bill that can be paid: its own amount not yet covered. */
export const openBillSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  periodStart: calendarDate,
  periodEnd: calendarDate,
  dueDate: calendarDate,
  /** the bill's own amount (charge for the period plus TV fee) */
  total: rsdAmount,
  /** what is still open of it, after payments confirmed and pending */
  open: rsdAmount,
  overdue: z.boolean(),
});
export type OpenBill = z.infer<typeof openBillSchema>;

/** `GET /api/payments/open-bills`: what can be paid, by metering point, over the whole account. */
export const openBillsResponse = z.object({
  meteringPoints: z.array(
    z.object({
      id: z.uuid(),
      nickname: z.string().nullable(),
      address: addressSchema,
      billingNumber: z.string(),
      edNumber: z.string(),
      region: meteringPointRegionSchema,
      /** an open dunning notice (warning before disconnection, reminder) names this point's debt */
      openNotice: z.boolean(),
      /** ledger balance, portal payments included: positive is debt */
      balance: rsdAmount,
      /** paid through the portal, not yet confirmed by the billing system */
      pendingConfirmation: rsdAmount,
      bills: z.array(openBillSchema),
    }),
  ),
  /** what the card gateway charges on top, as a rule: `percent` of the amount, at least `minimum` */
  cardFee: z.object({ percent: z.string(), minimum: rsdAmount }),
});
export type OpenBillsResponse = z.infer<typeof openBillsResponse>;

/** The most bills one payment covers: one order, one gateway page, one IPS reference list. */
export const maxBillsPerPayment = 100;

/**
 * The bills chosen, the metering points whose debt beyond their open bills is paid too, and the amount
 * to pay: allocated to the bills oldest first, then to those debts; the last may be paid in part.
 */
export const paymentRequestBody = z
  .object({
    billIds: z.array(z.uuid()).max(maxBillsPerPayment),
    /**
     * metering points whose interest and other debt beyond their open bills is paid too (by card only);
     * each point's open bills must be chosen with it, as payments settle the oldest debt first
     */
    debtBeyondBills: z.array(z.uuid()).max(maxBillsPerPayment).optional(),
    /** left out: all that is open on the chosen bills and owed beyond them */
    amount: positiveRsdAmount.optional(),
  })
  .refine((body) => body.billIds.length > 0 || (body.debtBeyondBills?.length ?? 0) > 0, {
    message: 'choose a bill or a debt beyond bills',
    path: ['billIds'],
  });
export type PaymentRequestBody = z.infer<typeof paymentRequestBody>;

export const allocationSchema = z.object({
  billId: z.uuid(),
  billNumber: z.string(),
  meteringPointId: z.uuid(),
  amount: rsdAmount,
});

/** What a payment pays of a metering point's interest and other debt beyond its open bills. */
export const debtAllocationSchema = z.object({
  meteringPointId: z.uuid(),
  amount: rsdAmount,
});

/** `POST /api/payments/quote`: what a payment would cover and cost, before paying. */
export const paymentQuoteResponse = z.object({
  amount: rsdAmount,
  fee: rsdAmount,
  /** amount plus fee: what the card is charged */
  charged: rsdAmount,
  allocations: z.array(allocationSchema),
  /** after the bills: interest and other debt beyond them, by metering point */
  debtBeyondBills: z.array(debtAllocationSchema),
});
export type PaymentQuote = z.infer<typeof paymentQuoteResponse>;

/** `POST /api/payments/card`: the order is made; the browser goes to `paymentPageUrl` (the gateway's). */
export const cardPaymentResponse = z.object({
  orderId: z.uuid(),
  paymentPageUrl: z.url(),
});

/**
 * A card order not finished yet, as a PAYMENT_ORDER_OPEN problem names it: the customer may resume it
 * on the gateway's page (`paymentPageUrl`, null while the gateway has not given one) or cancel it
 * (`POST /api/payments/orders/:id/cancel`).
 */
export const openPaymentOrderSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  amount: rsdAmount,
  charged: rsdAmount,
  createdAt: z.iso.datetime(),
  /** of the bills chosen now, those it covers */
  billIds: z.array(z.uuid()),
  paymentPageUrl: z.url().nullable(),
});
export type OpenPaymentOrder = z.infer<typeof openPaymentOrderSchema>;

export const paymentOrderStatuses = ['processing', 'paid', 'declined', 'cancelled', 'expired'] as const;
export type PaymentOrderStatus = (typeof paymentOrderStatuses)[number];
export const cardBrands = ['dina', 'visa', 'mastercard'] as const;

/** `GET /api/payments/orders/:id`: a card payment's real state (the return page shows this, not the URL). */
export const paymentOrderSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(paymentOrderStatuses),
  amount: rsdAmount,
  fee: rsdAmount,
  charged: rsdAmount,
  createdAt: z.iso.datetime(),
  paidAt: z.iso.datetime().nullable(),
  card: z.object({ brand: z.enum(cardBrands), maskedPan: z.string() }).nullable(),
  approvalCode: z.string().nullable(),
  allocations: z.array(allocationSchema),
  /** interest and other debt beyond the bills, by metering point, as the order asked for it */
  debtBeyondBills: z.array(debtAllocationSchema),
  /**
   * paid beyond what the bills still owed when the approval arrived (they were settled meanwhile):
   * kept as credit on the metering points' accounts; null when there was none
   */
  surplusCredit: rsdAmount.nullable(),
});
export type PaymentOrder = z.infer<typeof paymentOrderSchema>;

/** `POST /api/payments/ips`: the bills, or the whole debt of one metering point. */
export const ipsPaymentBody = z.union([paymentRequestBody, z.object({ meteringPointId: z.uuid() })]);
export type IpsPaymentBody = z.infer<typeof ipsPaymentBody>;

/** An NBS IPS QR code for the customer's banking app, with the same data as text for manual entry. */
export const ipsPaymentResponse = z.object({
  payload: z.string(),
  amount: rsdAmount,
  payeeName: z.string(),
  /** printed form, e.g. "845-0000000404849-87" */
  payeeAccount: z.string(),
  paymentCode: z.string(),
  purpose: z.string(),
  model: z.literal('97'),
  /** poziv na broj, digits only */
  reference: z.string(),
  allocations: z.array(allocationSchema),
});
export type IpsPayment = z.infer<typeof ipsPaymentResponse>;

export const paymentChannels = [
  'portal_card',
  'portal_ips',
  'ips',
  'bank',
  'post',
  'cashier',
  'other',
] as const;
export type PaymentChannel = (typeof paymentChannels)[number];

export const paymentSchema = z.object({
  id: z.uuid(),
  meteringPointId: z.uuid(),
  paidOn: calendarDate,
  amount: rsdAmount,
  channel: z.enum(paymentChannels),
  /** poziv na broj */
  reference: z.string().nullable(),
  /** paid through the portal, not yet confirmed by the billing system */
  pendingConfirmation: z.boolean(),
  /** the portal payment order, whose receipt is `GET /api/payments/orders/:id/receipt` */
  orderId: z.uuid().nullable(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const paymentHistoryQuery = pageQuery.extend({
  from: requestDate.optional(),
  to: requestDate.optional(),
});
export type PaymentHistoryQuery = z.input<typeof paymentHistoryQuery>;

/** `GET /api/metering-points/:id/payments` and `GET /api/payments`: three years, newest first. */
export const paymentHistoryResponse = pageOf(paymentSchema);
export type PaymentHistory = z.infer<typeof paymentHistoryResponse>;

export const ledgerDocumentTypes = [
  'bill',
  'payment',
  'interest',
  'correction',
  'subsidy',
  'compensation',
] as const;

export const ledgerEntrySchema = z.object({
  date: calendarDate,
  documentType: z.enum(ledgerDocumentTypes),
  documentNumber: z.string(),
  description: z.string().nullable(),
  debit: rsdAmount,
  credit: rsdAmount,
  /** after this entry; positive is debt */
  balance: rsdAmount,
  billId: z.uuid().nullable(),
  paymentId: z.uuid().nullable(),
  pendingConfirmation: z.boolean(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const ledgerQuery = z.object({ from: requestDate.optional(), to: requestDate.optional() });

/** `GET /api/metering-points/:id/ledger`: the financial card (finansijska kartica), oldest first. */
export const ledgerResponse = z.object({
  /** the balance before the first entry shown */
  openingBalance: rsdAmount,
  entries: z.array(ledgerEntrySchema),
  closingBalance: rsdAmount,
  totalDebit: rsdAmount,
  totalCredit: rsdAmount,
});
export type Ledger = z.infer<typeof ledgerResponse>;
