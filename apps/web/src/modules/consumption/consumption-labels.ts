// Month names, decimals and the one-sentence summary of the latest month, in the interface language.
import type { Locale, MonthComparisonView } from '@portal/contract';

const intlLocale = (locale: Locale) =>
  locale === 'en' ? 'en-GB' : locale === 'sr-Latn' ? 'sr-Latn-RS' : 'sr-Cyrl-RS';

function monthDate(month: string): Date {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, number! - 1, 15));
}

/** "2026-10" → "окт 2026" / "Oct 2026" (the chart's axis). */
export function shortMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(monthDate(month))
    .replace(/\.$/, '');
}

/** "2026-10" → "октобар" / "October" (the summary sentence). */
export function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(
    monthDate(month),
  );
}

/** A number with the locale's separators and at most `digits` decimals. */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
  const text = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(
    Math.abs(value),
  );
  return value < 0 ? `−${text}` : text;
}

export interface Summary {
  key: 'less' | 'more' | 'same';
  month: string;
  year: string;
  percent: number;
  referenceMonth: string;
  referenceYear: string;
  /** the savings-discount step reached that month; null where no rule applied */
  discount: number | null;
}

/**
 * The latest month that has a comparison: the change against the higher of the same month in the
 * two previous years, and which year that was. Null when no month can be compared.
 */
export function latestSummary(comparisons: readonly MonthComparisonView[]): Summary | null {
  const latest = [...comparisons].reverse().find((c) => c.changePercent !== null && c.reference !== null);
  if (!latest) return null;
  const [year, number] = latest.month.split('-');
  const back = latest.previousYears[0] === latest.reference ? 1 : 2;
  // one decimal, as the table shows it
  const percent = Math.round(Math.abs(latest.changePercent!) * 10) / 10;
  return {
    key: percent === 0 ? 'same' : latest.changePercent! < 0 ? 'less' : 'more',
    month: latest.month,
    year: year!,
    percent,
    referenceMonth: `${Number(year) - back}-${number}`,
    referenceYear: String(Number(year) - back),
    discount: latest.savingsDiscountPercent,
  };
}
