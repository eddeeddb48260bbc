// Dates and quantities as the customer reads them: Serbian "23.11.2026." and "6,900", English
// "23/11/2026" and "6.900" (money is money.ts's).
import type { Locale } from '@portal/contract';

/** Digits grouped by thousands: "1234567" → "1.234.567" with ".". */
export function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A calendar date "2026-11-23": "23.11.2026." in Serbian, "23/11/2026" in English. */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return locale === 'en' ? `${day}/${month}/${year}` : `${day}.${month}.${year}.`;
}

/** A billing period "01.10.2026. – 31.10.2026.". */
export function formatPeriod(start: string, end: string, locale: Locale): string {
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** A whole number with grouping: "12.345" / "12,345". */
export function formatInteger(value: number, locale: Locale): string {
  const text = groupDigits(String(Math.abs(Math.trunc(value))), locale === 'en' ? ',' : '.');
  return value < 0 ? `−${text}` : text;
}

/** A decimal quantity as printed ("6.900" kW → "6,900" in Serbian), trailing digits kept. */
export function formatQuantity(value: string, locale: Locale): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const sr = locale !== 'en';
  const whole = groupDigits(match[2]!, sr ? '.' : ',');
  return `${match[1] ? '−' : ''}${whole}${match[3] ? (sr ? ',' : '.') + match[3] : ''}`;
}
