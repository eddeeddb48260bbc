import { z } from 'zod';
import { requestDate } from '../common/dates.js';
import { calendarDate } from '../common/money.js';

/** A register value as the meter shows it, in kWh (whole numbers; a meter has at most 9 digits). */
const registerValue = z.number().int().min(0).max(999_999_999);

/**
 * A self-reading: the date and the registers the meter has (VT and NT on a dual meter, the single one
 * otherwise). `confirm` sends again a reading the portal asked to confirm (READING_NEEDS_CONFIRMATION).
 */
export const selfReadingBody = z.object({
  readOn: requestDate,
  vt: registerValue.optional(),
  nt: registerValue.optional(),
  single: registerValue.optional(),
  confirm: z.boolean().optional(),
});
export type SelfReadingBody = z.infer<typeof selfReadingBody>;

export const readingRegisterNames = ['vt', 'nt', 'single'] as const;

const registerValues = {
  vt: z.number().int().nullable(),
  nt: z.number().int().nullable(),
  single: z.number().int().nullable(),
};

/**
 * Where a self-reading is: accepted (waits for the day's file to the region's billing system), sent (in
 * that file), or taken by billing (the region's export brought a reading of that day back).
 */
export const selfReadingStatuses = ['accepted', 'sent', 'confirmed_by_billing'] as const;

export const selfReadingSchema = z.object({
  id: z.uuid(),
  readOn: calendarDate,
  ...registerValues,
  /** the customer confirmed a value the portal found far above the expected range */
  confirmed: z.boolean(),
  submittedAt: z.iso.datetime(),
  status: z.enum(selfReadingStatuses),
});
export type SelfReading = z.infer<typeof selfReadingSchema>;

export const readingsResponse = z.object({
  /** the registers a reading of this metering point's meter gives */
  registers: z.array(z.enum(readingRegisterNames)),
  /** the meter installed now; null: no meter known, nothing can be read */
  meter: z.object({ serialNumber: z.string(), digits: z.number().int() }).nullable(),
  /** the latest reading, of record or self-read, that a new one is compared with */
  lastReading: z
    .object({ readOn: calendarDate, ...registerValues, source: z.enum(['record', 'self']) })
    .nullable(),
  /** the customer's self-readings, newest first */
  selfReadings: z.array(selfReadingSchema),
});
export type ReadingsResponse = z.infer<typeof readingsResponse>;

/**
 * Why a self-reading was refused (READING_REFUSED) or needs confirming (READING_NEEDS_CONFIRMATION),
 * with the figures the SPA shows.
 */
export const readingPlausibilitySchema = z.object({
  reason: z.enum(['date_in_future', 'not_after_last_reading', 'below_last_reading', 'far_above_expected']),
  register: z.enum(readingRegisterNames).optional(),
  lastValue: z.number().optional(),
  lastReadOn: calendarDate.optional(),
  consumedKwh: z.number().optional(),
  expectedKwh: z.number().optional(),
  limitKwh: z.number().optional(),
  days: z.number().optional(),
});
export type ReadingPlausibility = z.infer<typeof readingPlausibilitySchema>;
