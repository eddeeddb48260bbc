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

/**
 * A moment (an ISO timestamp) as date and time in Serbia's time zone, in the interface language:
 * "7. дец 2026. 09:00" (medium) or "7.12.26. 09:00" (short, for tables).
 */
export function formatDateTime(
  iso: string,
  locale: Locale,
  dateStyle: 'short' | 'medium' = 'medium',
): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle,
    timeStyle: 'short',
    timeZone: 'Europe/Belgrade',
  }).format(new Date(iso));
}

/** The time of day of a moment in Serbia's time zone: "09:30". */
export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'Europe/Belgrade' }).format(
    new Date(iso),
  );
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
