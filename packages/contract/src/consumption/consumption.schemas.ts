// Consumption by billing period, with the comparison against the two previous years.
import { z } from 'zod';
import { calendarDate, rsdAmount } from '../common/money.js';
import { readingKinds } from '../bills/bills.schemas.js';

/** `from`/`to`: calendar dates; periods that overlap them are included. Default: the last three years. */
export const consumptionQuery = z.object({ from: calendarDate.optional(), to: calendarDate.optional() });
export type ConsumptionQuery = z.infer<typeof consumptionQuery>;

export const consumptionExportQuery = consumptionQuery.extend({
  format: z.enum(['csv', 'espi']).default('csv'),
});

const kwhSchema = z.object({
  vt: z.number().int(),
  nt: z.number().int(),
  single: z.number().int(),
  green: z.number().int(),
  blue: z.number().int(),
  red: z.number().int(),
});

export const consumptionPeriodSchema = z.object({
  billId: z.uuid(),
  /** "2026-03": the month the bill is for */
  month: z.string(),
  periodStart: calendarDate,
  periodEnd: calendarDate,
  days: z.number().int(),
  readingKind: z.enum(readingKinds),
  kwh: kwhSchema,
  total: z.number().int(),
  /** kWh per day, one decimal */
  averagePerDay: z.number(),
  /** the bill's own amount */
  amount: rsdAmount,
  /** green and blue zone limits for 30 days of the tariff in force at the end of the period (households) */
  zoneLimitsPer30Days: z.object({ green: z.number().int(), blue: z.number().int() }).nullable(),
});
export type ConsumptionPeriodView = z.infer<typeof consumptionPeriodSchema>;

export const monthComparisonSchema = z.object({
  month: z.string(),
  kwh: z.number().int(),
  /** the same month one and two years before */
  previousYears: z.tuple([z.number().int().nullable(), z.number().int().nullable()]),
  reference: z.number().int().nullable(),
  /** against the higher of the two previous years, %; negative is a saving */
  changePercent: z.number().nullable(),
  /** the savings-discount step reached under the rule in force that month; null where no rule applied */
  savingsDiscountPercent: z.number().nullable(),
});
export type MonthComparisonView = z.infer<typeof monthComparisonSchema>;

export const consumptionResponse = z.object({
  meteringPointId: z.uuid(),
  from: calendarDate,
  to: calendarDate,
  /** oldest first */
  periods: z.array(consumptionPeriodSchema),
  comparisons: z.array(monthComparisonSchema),
});
export type ConsumptionResponse = z.infer<typeof consumptionResponse>;
