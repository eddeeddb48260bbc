// The supervisor's reports: portal registrations and payments per Europe/Belgrade calendar day, with
// running totals from the first day asked (the portal's first day gives the totals since launch), filtered by region and (payments) by channel; also as CSV.
import { z } from 'zod';
import { calendarDate, rsdAmount } from '../common/money.js';
import { requestDate } from '../common/dates.js';
import { paymentChannels } from '../payments/payments.schemas.js';

/** The longest range one report covers: a year, leap day included. */
export const maxReportDays = 366;

/** The bucket of users who have linked no metering point yet (they belong to no region). */
export const noRegion = 'none';

/** A region code (`BG`, `NS`, ...) or `none`. */
const reportRegion = z.union([z.literal(noRegion), z.string().regex(/^[A-Z]{2,8}$/, 'invalid_format')]);

const dayCount = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

/** `from` and `to` are both included; `to` not before `from`, at most `maxReportDays` days. */
const rangeQuery = z.object({
  from: requestDate,
  to: requestDate,
  region: reportRegion.optional(),
});

function checkRange(query: { from: string; to: string }, ctx: z.core.$RefinementCtx) {
  const days = dayCount(query.from, query.to);
  if (days < 1)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'too_small', params: { minimum: query.from } });
  else if (days > maxReportDays)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'too_big', params: { maximum: maxReportDays } });
}

/** `GET /api/support/reports/registrations?from=&to=&region=` (and `.../export`, the same as CSV). */
export const registrationReportQuery = rangeQuery.superRefine(checkRange);
export type RegistrationReportQuery = z.infer<typeof registrationReportQuery>;

/** `GET /api/support/reports/payments?from=&to=&region=&channel=` (and `.../export`). */
export const paymentReportQuery = rangeQuery
  .extend({ channel: z.enum(paymentChannels).optional() })
  .superRefine(checkRange);
export type PaymentReportQuery = z.infer<typeof paymentReportQuery>;

const reportFrame = {
  from: calendarDate,
  to: calendarDate,
  /** the filter asked for, or null for every region */
  region: z.string().nullable(),
  /** counted from `from` to `to` */
  total: z.number().int(),
};

export const registrationDaySchema = z.object({
  date: calendarDate,
  count: z.number().int(),
  /** registrations from `from` up to and including this day */
  cumulative: z.number().int(),
});

export const registrationReportResponse = z.object({
  ...reportFrame,
  days: z.array(registrationDaySchema),
});
export type RegistrationReport = z.infer<typeof registrationReportResponse>;

export const paymentDaySchema = z.object({
  date: calendarDate,
  /** payments booked with this payment date, less the reversals dated this day */
  count: z.number().int(),
  amount: rsdAmount,
  cumulative: z.number().int(),
  cumulativeAmount: rsdAmount,
  /** `count` by channel; every channel is present */
  byChannel: z.record(z.enum(paymentChannels), z.number().int()),
});

export const paymentReportResponse = z.object({
  ...reportFrame,
  channel: z.enum(paymentChannels).nullable(),
  totalAmount: rsdAmount,
  days: z.array(paymentDaySchema),
});
export type PaymentReport = z.infer<typeof paymentReportResponse>;
