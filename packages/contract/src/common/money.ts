import { z } from 'zod';

export { billCurrencies, currencySymbols, type BillCurrency } from './currencies.js';

/**
 * An amount of money in JSON: a decimal string in RSD with exactly two decimals (`"3596.13"`, `"-12.50"`),
 * never a float (DESIGN.md). A bill's amounts are in the bill's
 * `currency` (billCurrencies); everything the portal collects (payments, orders) is in RSD. The API writes it from the database's exact decimal; the SPA formats it.
 */
export const rsdAmount = z
  .string()
  .regex(/^-?\d{1,13}\.\d{2}$/)
  .describe('amount in RSD with two decimals, e.g. "3596.13"');

/** A calendar date (Europe/Belgrade), `YYYY-MM-DD`. */
export const calendarDate = z.iso.date();
