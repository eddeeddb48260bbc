// Consumption by billing period, with the comparison against the two previous years.
import { z } from 'zod';
import { requestDate } from '../common/dates.js';
import { calendarDate, rsdAmount } from '../common/money.js';
import { textInput } from '../common/text.js';
import { readingKinds } from '../bills/bills.schemas.js';

/** `from`/`to`: calendar dates; periods that overlap them are included. Default: the last three years. */
export const consumptionQuery = z.object({ from: requestDate.optional(), to: requestDate.optional() });
export type ConsumptionQuery = z.infer<typeof consumptionQuery>;

export const consumptionExportFormats = ['csv', 'espi'] as const;
export type ConsumptionExportFormat = (typeof consumptionExportFormats)[number];

export const consumptionExportQuery = consumptionQuery.extend({
  format: z.enum(consumptionExportFormats).default('csv'),
});

const kwhSchema = z.object({
  vt: z.number().int(),
  nt: z.number().int(),
  single: z.number().int(),
  green: z.number().int(),
  blue: z.number().int(),
  red: z.number().int(),
});

/**
 * The bill's amount by register (active energy VT/NT/single; a business's reactive energy and billing
 * power) and `other`, the rest (fixed charges, fees, discounts, VAT): the parts add up to `amount`.
 */
export const tariffAmountsSchema = z.object({
  vt: rsdAmount,
  nt: rsdAmount,
  single: rsdAmount,
  reactiveVt: rsdAmount,
  reactiveNt: rsdAmount,
  power: rsdAmount,
  other: rsdAmount,
});
export type TariffAmountsView = z.infer<typeof tariffAmountsSchema>;

/** The first and the last billing month with a bill ("YYYY-MM"), whatever the range; null: no bill yet. */
export const billedMonthsSchema = z.object({ first: z.string(), last: z.string() }).nullable();
export type BilledMonthsView = z.infer<typeof billedMonthsSchema>;

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
  tariffAmounts: tariffAmountsSchema,
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
  /** the months a range can be chosen from */
  billedMonths: billedMonthsSchema,
});
export type ConsumptionResponse = z.infer<typeof consumptionResponse>;

/** A linked metering point as the account-level view and the comparison name it. */
export const consumptionPointSchema = z.object({
  id: z.uuid(),
  edNumber: z.string(),
  nickname: z.string().nullable(),
  /** "street, city" */
  address: z.string(),
});
export type ConsumptionPointView = z.infer<typeof consumptionPointSchema>;

/** One billing month of all the account's metering points added up. */
export const summedMonthSchema = consumptionPeriodSchema
  .pick({
    month: true,
    periodStart: true,
    periodEnd: true,
    days: true,
    kwh: true,
    total: true,
    tariffAmounts: true,
  })
  .extend({
    /** kWh per day over the longest period of the month, one decimal */
    averagePerDay: z.number(),
    amount: rsdAmount,
    /** how many metering points' bills the month adds up */
    meteringPoints: z.number().int(),
  });
export type SummedMonthView = z.infer<typeof summedMonthSchema>;

/** GET /api/consumption: every linked metering point summed per billing month. */
export const accountConsumptionResponse = z.object({
  from: calendarDate,
  to: calendarDate,
  /** all the linked metering points, with or without bills in the range */
  meteringPoints: z.array(consumptionPointSchema),
  /** oldest first */
  months: z.array(summedMonthSchema),
  /** of all the linked metering points: the months a range can be chosen from */
  billedMonths: billedMonthsSchema,
  /** the sums against the same month of the two previous years */
  comparisons: z.array(monthComparisonSchema),
  /**
   * The newest month in the range against the same month last year, like for like: only the points
   * billed in both months are summed, `missing` counts the others; null when no point has both.
   */
  againstLastYear: z
    .object({
      month: z.string(),
      kwh: z.number().int(),
      lastYear: z.number().int(),
      changePercent: z.number().nullable(),
      points: z.number().int(),
      missing: z.number().int(),
    })
    .nullable(),
});
export type AccountConsumptionResponse = z.infer<typeof accountConsumptionResponse>;

/** At most this many metering points side by side. */
export const maxComparedPoints = 5;

/** `ids`: comma-separated ids of the caller's metering points, at most `maxComparedPoints`. */
export const consumptionCompareQuery = consumptionQuery.extend({
  ids: textInput
    .min(1, 'required')
    .max(40 * maxComparedPoints, 'too_long')
    .transform((value) => [...new Set(value.toLowerCase().split(','))])
    .pipe(z.array(z.uuid('invalid_format')).max(maxComparedPoints, 'too_long')),
});
export type ConsumptionCompareQuery = z.input<typeof consumptionCompareQuery>;

/** GET /api/consumption/compare: kWh and amount per billing month of each chosen metering point. */
export const consumptionCompareResponse = z.object({
  from: calendarDate,
  to: calendarDate,
  /** every month any of them has a bill for, oldest first */
  months: z.array(z.string()),
  /** in the order asked for; `totals` and `amounts` follow `months`, null where there was no bill */
  meteringPoints: z.array(
    consumptionPointSchema.extend({
      totals: z.array(z.number().int().nullable()),
      amounts: z.array(rsdAmount.nullable()),
    }),
  ),
});
export type ConsumptionCompareResponse = z.infer<typeof consumptionCompareResponse>;
