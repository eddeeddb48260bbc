// Dunning notices of a metering point: the reminders before enforcement (opomena pred utuženje) and the
// warnings before disconnection (upozorenje pred obustavu isporuke) of the billing data, three years.
import { z } from 'zod';
import { billSupplierSchema } from '../bills/bills.schemas.js';
import { billCurrencies, calendarDate, rsdAmount } from '../common/money.js';
import {
  openDunningNoticeSchema,
  type dunningNoticeKinds,
} from '../metering-points/metering-points.schemas.js';

export type DunningNoticeKind = (typeof dunningNoticeKinds)[number];

/**
 * open: the deadline runs or has run and the debt is not paid; settled: the debt it names was paid;
 * escalated: replaced by a stronger notice; cancelled: withdrawn by the supplier.
 */
export const dunningNoticeStatuses = ['open', 'settled', 'escalated', 'cancelled'] as const;
export type DunningNoticeStatus = (typeof dunningNoticeStatuses)[number];

/** One notice of `GET /api/metering-points/:id/notices`. */
export const dunningNoticeSchema = openDunningNoticeSchema.extend({
  /** when it reached the customer, if the billing system knows */
  deliveredOn: calendarDate.nullable(),
  /** the debt is stated as of this date */
  debtDate: calendarDate,
  debtAmount: rsdAmount,
  status: z.enum(dunningNoticeStatuses),
  /** when the debt it names was paid (status `settled`) */
  settledOn: calendarDate.nullable(),
});
export type DunningNotice = z.infer<typeof dunningNoticeSchema>;

/**
 * `GET /api/metering-points/:id/notices`: the last three years, newest first, with who they are owed to:
 * the supplier of the point's bills (its latest bill's layout), and that supplier's currency, in which
 * every debtAmount is. Only a dinar debt is paid through the portal; the others are paid to the supplier.
 */
export const dunningNoticeListResponse = z.object({
  items: z.array(dunningNoticeSchema),
  supplier: billSupplierSchema,
  currency: z.enum(billCurrencies),
});
export type DunningNoticeListResponse = z.infer<typeof dunningNoticeListResponse>;
