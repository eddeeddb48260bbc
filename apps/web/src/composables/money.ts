// Money in the SPA, one helper for every conversion: the API's decimal strings ("1234.56"), integer para
// (bigint, never a float), what the user types ("1.234,56" or "1234.56" in Serbian, "1,234.56" in
// English) and what the customer reads ("1.234,56 дин.", "RSD 1,234.56").
import { currencySymbols, type BillCurrency, type Locale } from '@portal/contract';
import { groupDigits } from './format.js';

/** The currency as written after (Serbian) or before (English) an amount; the portal's own is RSD. */
export function currencySymbol(locale: Locale, currency: BillCurrency = 'RSD'): string {
  return currencySymbols[currency][locale];
}

/** "1234.56" → 123456n para; a malformed amount reads as 0. */
export function toPara(amount: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) return 0n;
  const para = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0') || '0');
  return match[1] ? -para : para;
}

/** 123456n para → "1234.56", the contract's amount string. */
export function fromPara(para: bigint): string {
  const negative = para < 0n;
  const abs = negative ? -para : para;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Amount strings added up exactly. */
export function sumAmounts(amounts: readonly string[]): string {
  return fromPara(amounts.reduce((sum, amount) => sum + toPara(amount), 0n));
}

/** -1, 0 or 1 as `a` is less than, equal to or more than `b`. */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const difference = toPara(a) - toPara(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** "1234.5" → parts; anything unreadable is left to the caller. */
function amountParts(amount: string): { negative: boolean; whole: string; fraction: string } | null {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return null;
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').padEnd(2, '0').slice(0, 2);
  const negative = match[1] === '-' && /[1-9]/.test(whole + fraction);
  return { negative, whole, fraction };
}

/** A number with the locale's separators: "1.234,56" / "1,234.56". */
export function formatDecimal(amount: string, locale: Locale): string {
  const parts = amountParts(amount);
  if (!parts) return amount;
  const sr = locale !== 'en';
  const text = `${groupDigits(parts.whole, sr ? '.' : ',')}${sr ? ',' : '.'}${parts.fraction}`;
  return parts.negative ? `−${text}` : text;
}

/** A percentage as read, without decimals that are zero: "1,5" / "2". */
export function formatPercent(percent: string, locale: Locale): string {
  return formatDecimal(percent, locale).replace(/[.,]00$/, '');
}

/** An amount in RSD: "1.234,56 дин.", "1.234,56 din.", "RSD 1,234.56"; a bill's in its currency. */
export function formatMoney(amount: string, locale: Locale, currency: BillCurrency = 'RSD'): string {
  const parts = amountParts(amount);
  if (!parts) return amount;
  const number = formatDecimal(parts.negative ? amount.trim().slice(1) : amount, locale);
  const sign = parts.negative ? '−' : '';
  const symbol = currencySymbol(locale, currency);
  if (locale === 'en') return `${sign}${symbol} ${number}`;
  return `${sign}${number} ${symbol}`;
}

/** The magnitude of an amount ("-12.50" → "12.50"), for texts that say "credit" in words. */
export function absoluteAmount(amount: string): string {
  return amount.trim().replace(/^-/, '');
}

/** The sign of an amount string: 1 debt, -1 credit, 0 settled. */
export function amountSign(amount: string): -1 | 0 | 1 {
  const parts = amountParts(amount);
  if (!parts || !/[1-9]/.test(parts.whole + parts.fraction)) return 0;
  return parts.negative ? -1 : 1;
}

/** An amount as the user edits it: "3596,13" in Serbian, "3596.13" in English, no grouping. */
export function amountInputText(amount: string, locale: Locale): string {
  return locale === 'en' ? amount : amount.replace('.', ',');
}

/**
 * What the user typed as an amount → "1234.56", or null when it is not an amount. Serbian writes
 * "1.234,56" (a lone "." before one or two final digits is read as the decimal point too, "1234.56"),
 * English "1,234.56". Spaces and a trailing currency are ignored.
 */
export function parseAmountInput(text: string, locale: Locale): string | null {
  const cleaned = text
    .replace(/\s|\u00a0/g, '')
    .replace(/(дин\.?|din\.?|rsd)$/i, '')
    .replace(/^rsd/i, '');
  if (!cleaned) return null;
  let whole: string;
  let fraction: string;
  if (locale === 'en') {
    const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
    if (!match) return null;
    whole = match[1]!.replace(/,/g, '');
    fraction = match[2] ?? '';
  } else {
    const serbian = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned);
    const dotted = /^(\d+)\.(\d{1,2})$/.exec(cleaned);
    if (serbian) {
      whole = serbian[1]!.replace(/\./g, '');
      fraction = serbian[2] ?? '';
    } else if (dotted) {
      whole = dotted[1]!;
      fraction = dotted[2]!;
    } else return null;
  }
  if (whole.replace(/^0+/, '').length > 13) return null;
  return fromPara(BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0')));
}
