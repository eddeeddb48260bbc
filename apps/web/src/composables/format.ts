// Money and dates as the customer reads them: Serbian "1.234,56 дин." and "23.11.2026.", English
// "RSD 1,234.56" and "23/11/2026". Amounts arrive as decimal strings ("1234.56") and are formatted from
// their digits, never through a float.
import type { Locale } from '@portal/contract';

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "1234.5" → parts; anything unreadable is left to the caller. */
function parseAmount(amount: string): { negative: boolean; whole: string; fraction: string } | null {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return null;
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').padEnd(2, '0').slice(0, 2);
  const negative = match[1] === '-' && /[1-9]/.test(whole + fraction);
  return { negative, whole, fraction };
}

/** A number with the locale's separators: "1.234,56" / "1,234.56". */
export function formatDecimal(amount: string, locale: Locale): string {
  const parts = parseAmount(amount);
  if (!parts) return amount;
  const sr = locale !== 'en';
  const text = `${groupDigits(parts.whole, sr ? '.' : ',')}${sr ? ',' : '.'}${parts.fraction}`;
  return parts.negative ? `−${text}` : text;
}

/** An amount in RSD: "1.234,56 дин.", "1.234,56 din.", "RSD 1,234.56". */
export function formatMoney(amount: string, locale: Locale): string {
  const parts = parseAmount(amount);
  if (!parts) return amount;
  const number = formatDecimal(parts.negative ? amount.trim().slice(1) : amount, locale);
  const sign = parts.negative ? '−' : '';
  if (locale === 'en') return `${sign}RSD ${number}`;
  return `${sign}${number} ${locale === 'sr-Cyrl' ? 'дин.' : 'din.'}`;
}

/** The magnitude of an amount ("-12.50" → "12.50"), for texts that say "credit" in words. */
export function absoluteAmount(amount: string): string {
  return amount.trim().replace(/^-/, '');
}

/** The sign of an amount string: 1 debt, -1 credit, 0 settled. */
export function amountSign(amount: string): -1 | 0 | 1 {
  const parts = parseAmount(amount);
  if (!parts || !/[1-9]/.test(parts.whole + parts.fraction)) return 0;
  return parts.negative ? -1 : 1;
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
