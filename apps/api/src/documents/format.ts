// Numbers and dates as the portal's documents print them. Amounts arrive as decimal strings ("1234.56") and are
// formatted as text, never through a float, so that a printed amount is always the stored one.
import {
  currencySymbols,
  textInScript,
  transliterateCyrillicToLatin,
  type BillCurrency,
  type Locale,
} from '@portal/contract';

interface Separators {
  group: string;
  decimal: string;
}

const separators: Record<Locale, Separators> = {
  'sr-Cyrl': { group: '.', decimal: ',' },
  'sr-Latn': { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const srMonths = ['јан', 'феб', 'мар', 'апр', 'мај', 'јун', 'јул', 'авг', 'сеп', 'окт', 'нов', 'дец'];

/** "1234567.5" -> "1.234.567,5" (sr) / "1,234,567.5" (en): the digits as given, only the separators change. */
export function formatDecimalText(value: string, locale: Locale): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction] = match;
  const { group, decimal } = separators[locale];
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // A typographic minus: a hyphen is easy to miss in a column of amounts.
  return `${sign ? '−' : ''}${grouped}${fraction === undefined ? '' : decimal + fraction}`;
}

/** An amount with exactly two decimals, without the currency. */
export function formatAmount(amount: string, locale: Locale): string {
  return formatDecimalText(amount, locale);
}

/** An amount with its currency: "1.234,56 дин." / "RSD 1,234.56"; a bill's in its own ("12,50 €"). */
export function formatMoney(amount: string, locale: Locale, currency: BillCurrency = 'RSD'): string {
  const text = formatAmount(amount, locale);
  const symbol = currencyLabel(locale, currency);
  return locale === 'en' ? `${symbol} ${text}` : `${text} ${symbol}`;
}

export function currencyLabel(locale: Locale, currency: BillCurrency = 'RSD'): string {
  return currencySymbols[currency][locale];
}

/** Whole kWh with thousands separators. */
export function formatInteger(value: number, locale: Locale): string {
  return formatDecimalText(String(value), locale);
}

/** "2026-03-05" -> "05.03.2026." (sr, as Serbian documents write it) / "5 Mar 2026" (en, unambiguous). */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-');
  if (locale === 'en') return `${Number(day)} ${enMonths[Number(month) - 1]} ${year}`;
  return `${day}.${month}.${year}.`;
}

export function formatPeriod(from: string, to: string, locale: Locale): string {
  return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}

/** A short month name for the consumption chart. */
export function monthName(iso: string, locale: Locale): string {
  const index = Number(iso.slice(5, 7)) - 1;
  if (locale === 'en') return enMonths[index]!;
  const name = srMonths[index]!;
  return locale === 'sr-Latn' ? transliterateCyrillicToLatin(name) : name;
}

/**
 * Data that comes from the billing system (names, addresses, purpose) in the reader's script: Cyrillic
 * for sr-Cyrl (Belgrade and Novi Sad store Latin), Latin for sr-Latn and en (Serbian Latin is how an
 * English reader sees Serbian names). The IPS QR payload is never converted: it is what the bank checks.
 */
export function inScript(text: string, locale: Locale): string {
  return textInScript(text, locale);
}

/** The sum of two-decimal amount strings, exactly ("12.30" + "-0.05" = "12.25"). */
export function sumAmounts(amounts: readonly string[]): string {
  const para = amounts.reduce((acc, amount) => acc + BigInt(amount.replace('.', '')), 0n);
  const negative = para < 0n;
  const digits = (negative ? -para : para).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
