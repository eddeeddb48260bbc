// The words the kit's own blocks print (supplier header, customer column, payment slip), per locale, and
// how every document makes its tables: Serbian Latin is the Cyrillic table transliterated (as all the
// portal's Serbian Latin texts are), so only two tables are written by hand.
import { transliterateCyrillicToLatin, type Locale } from '@portal/contract';

/**
 * The three locales' tables from the two written by hand: Serbian Latin is the Cyrillic one transliterated.
 * Shared by every printed document (the bill, the notice, the payment receipt).
 */
export function localeTables<T extends Record<string, string>>(srCyrl: T, en: T): Record<Locale, T> {
  const srLatn = Object.fromEntries(
    Object.entries(srCyrl).map(([key, text]) => [key, transliterateCyrillicToLatin(text)]),
  ) as T;
  return { 'sr-Cyrl': srCyrl, 'sr-Latn': srLatn, en };
}

/** "{amount}"-style placeholders filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const srCyrl = {
  // the supplier header (elements 1 and 2 of the bill)
  pib: 'ПИБ',
  phone: 'тел.',
  yourBranch: 'Ваш огранак',
  // the customer column (element 4)
  customer: 'Купац',
  meteringPoint: 'Адреса мерног места',
  // the payment slip
  slipTitle: 'НАЛОГ ЗА УПЛАТУ',
  slipPayer: 'уплатилац',
  slipPurpose: 'сврха уплате',
  slipPayee: 'прималац',
  slipSignature: 'печат и потпис уплатиоца',
  slipPlaceDate: 'место и датум пријема',
  slipValueDate: 'датум валуте',
  slipCode: 'шифра плаћања',
  slipCurrency: 'валута',
  slipAmount: 'износ',
  slipAccount: 'рачун примаоца',
  slipModel: 'модел и позив на број (одобрење)',
  slipCut: 'одсечите овде',
};

export type KitLabels = Record<keyof typeof srCyrl, string>;

const en: KitLabels = {
  pib: 'Tax ID (PIB)',
  phone: 'phone',
  yourBranch: 'Your branch',
  customer: 'Customer',
  meteringPoint: 'Metering point address',
  slipTitle: 'PAYMENT ORDER',
  slipPayer: 'payer',
  slipPurpose: 'purpose of payment',
  slipPayee: 'payee',
  slipSignature: "payer's stamp and signature",
  slipPlaceDate: 'place and date of receipt',
  slipValueDate: 'value date',
  slipCode: 'payment code',
  slipCurrency: 'currency',
  slipAmount: 'amount',
  slipAccount: 'payee account',
  slipModel: 'model and reference number',
  slipCut: 'cut here',
};

const tables = localeTables<KitLabels>(srCyrl, en);

export function kitLabelsFor(locale: Locale): KitLabels {
  return tables[locale];
}
