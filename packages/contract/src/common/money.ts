import { z } from 'zod';
import type { Locale } from '../i18n/index.js';

/** A bill's currency, by the supplier that issued it: EPS dinars, ERS convertible marks, EPCG euros. */
export const billCurrencies = ['RSD', 'BAM', 'EUR'] as const;
export type BillCurrency = (typeof billCurrencies)[number];

/** How each language writes a currency: after the amount in Serbian, before it in English. */
export const currencySymbols: Record<BillCurrency, Record<Locale, string>> = {
  RSD: { 'sr-Cyrl': 'дин.', 'sr-Latn': 'din.', en: 'RSD' },
  BAM: { 'sr-Cyrl': 'КМ', 'sr-Latn': 'KM', en: 'BAM' },
  EUR: { 'sr-Cyrl': '€', 'sr-Latn': '€', en: 'EUR' },
};

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
