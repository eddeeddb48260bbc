// The currencies of bills and how each language writes them: apart from the schemas of money.ts, so
// that the SPA's first page formats amounts without loading zod.
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
