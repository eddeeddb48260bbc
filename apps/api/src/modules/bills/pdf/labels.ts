// The words printed on the bill, per locale. Serbian Latin is made from the Cyrillic table by
// transliteration (as all the portal's Serbian Latin texts are), so only two tables are written by hand.
// Element numbers in the comments are those of the EPS bill legend (seeds/001).
import { transliterateCyrillicToLatin, type Locale } from '@portal/contract';

const srCyrl = {
  docTitle: 'РАЧУН ЗА ЕЛЕКТРИЧНУ ЕНЕРГИЈУ',
  pib: 'ПИБ',
  phone: 'тел.',
  yourBranch: 'Ваш огранак',
  // 3
  billInfo: 'Подаци о рачуну',
  edNumber: 'ЕД број',
  billNumber: 'Број рачуна',
  period: 'Обрачунски период',
  days: 'Број дана',
  notRead: 'неочитано',
  readingDate: 'Датум промета',
  issueDate: 'Датум издавања',
  dueDate: 'Рок плаћања',
  billingNumber: 'Шифра купца',
  // 4, 5
  customer: 'Купац',
  meteringPoint: 'Адреса мерног места',
  deliveryAddress: 'Адреса за доставу рачуна',
  payer: 'Платилац (седиште)',
  // 6-8
  accountTitle: 'Аналитички приказ задужења',
  periodCharge: 'Задужење за обрачунски период',
  tvFee: 'Такса за јавни медијски сервис',
  monthTotal: 'Укупно задужење за месец',
  previousDebt: 'Стање дуга на почетку периода',
  paymentsInPeriod: 'Уплате у периоду',
  interest: 'Камата',
  totalToPay: 'УКУПНО ЗА УПЛАТУ',
  payBy: 'Рок плаћања',
  nothingToPay: 'Нема износа за уплату.',
  // 9
  noticeTitle: 'Попуст за плаћање у року',
  notice: 'Ако износ од {amount} уплатите до {date}, остварујете попуст од {discount} на следећем рачуну.',
  // the NBS mark reads "IPS skeniraj" in Latin script on every bill
  qrCaption: 'IPS skeniraj',
  qrHint: 'Платите скенирањем у апликацији банке',
  chartTitle: 'Потрошња у последњих 13 месеци (kWh)',
  // second page: 10-12 and the metering point
  meteringPointTitle: 'Подаци о мерном месту',
  category: 'Категорија',
  categoryHousehold: 'Домаћинство',
  categoryCommercial: 'Остала потрошња на ниском напону',
  categoryPowerMetering: 'Купац са мерењем снаге',
  contractNumber: 'Број уговора',
  approvedPower: 'Одобрена снага',
  billingPower: 'Обрачунска снага',
  meterType: 'Бројило',
  single: 'једнотарифно',
  dual: 'двотарифно',
  meterSerial: 'Број бројила',
  meterConstant: 'Константа бројила',
  readingsTitle: 'Стање бројила',
  register: 'Тарифа',
  previousReading: 'Претходно стање',
  currentReading: 'Ново стање',
  difference: 'Разлика',
  constantShort: 'Конст.',
  quantity: 'Количина',
  registerVt: 'ВТ – виша тарифа (kWh)',
  registerNt: 'НТ – нижа тарифа (kWh)',
  registerSingle: 'ЈТ – јединствена тарифа (kWh)',
  reactive: 'Реактивна енергија (kvarh)',
  maxPower: 'Максимална снага (kW)',
  read: 'очитано',
  estimated: 'процена',
  self_reading: 'самоочитавање',
  noReadings: 'Бројило није очитано у овом периоду: потрошња је процењена.',
  // 13-16
  consumptionTitle: 'Потрошња по зонама и тарифама (kWh)',
  consumptionByTariff: 'Потрошња по тарифама (kWh)',
  zone: 'Зона',
  green: 'Зелена зона',
  blue: 'Плава зона',
  red: 'Црвена зона',
  noZones: 'Тарифа',
  vt: 'ВТ',
  nt: 'НТ',
  singleShort: 'ЈТ',
  total: 'Укупно',
  // 15-24: the lines table
  linesTitle: 'Обрачун задужења за обрачунски период',
  code: 'Р. бр.',
  description: 'Опис',
  unit: 'Јед.',
  unitPrice: 'Цена',
  amount: 'Износ',
  page: 'Страна {n} од {m}',
  footer: 'Рачун је издат у електронском облику и пуноважан је без печата и потписа.',
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

export type Labels = Record<keyof typeof srCyrl, string>;

const en: Labels = {
  docTitle: 'ELECTRICITY BILL',
  pib: 'Tax ID (PIB)',
  phone: 'phone',
  yourBranch: 'Your branch',
  billInfo: 'Bill details',
  edNumber: 'ED number',
  billNumber: 'Bill number',
  period: 'Billing period',
  days: 'Number of days',
  notRead: 'not read',
  readingDate: 'Reading date',
  issueDate: 'Issue date',
  dueDate: 'Due date',
  billingNumber: 'Customer number',
  customer: 'Customer',
  meteringPoint: 'Metering point address',
  deliveryAddress: 'Delivery address',
  payer: 'Payer (registered office)',
  accountTitle: 'Account summary',
  periodCharge: 'Charge for the billing period',
  tvFee: 'Public media service fee',
  monthTotal: 'Total charge for the month',
  previousDebt: 'Balance at the start of the period',
  paymentsInPeriod: 'Payments in the period',
  interest: 'Interest',
  totalToPay: 'TOTAL TO PAY',
  payBy: 'Due date',
  nothingToPay: 'Nothing to pay.',
  noticeTitle: 'On-time payment discount',
  notice: 'Pay {amount} by {date} and your next bill will be {discount} lower.',
  qrCaption: 'IPS skeniraj',
  qrHint: 'NBS IPS QR: scan it in your banking app',
  chartTitle: 'Consumption over the last 13 months (kWh)',
  meteringPointTitle: 'Metering point',
  category: 'Category',
  categoryHousehold: 'Household',
  categoryCommercial: 'Business, low voltage',
  categoryPowerMetering: 'Customer with power metering',
  contractNumber: 'Contract number',
  approvedPower: 'Approved power',
  billingPower: 'Billing power',
  meterType: 'Meter',
  single: 'single-rate',
  dual: 'dual-rate',
  meterSerial: 'Meter number',
  meterConstant: 'Meter constant',
  readingsTitle: 'Meter readings',
  register: 'Register',
  previousReading: 'Previous reading',
  currentReading: 'New reading',
  difference: 'Difference',
  constantShort: 'Const.',
  quantity: 'Quantity',
  registerVt: 'VT – high tariff (kWh)',
  registerNt: 'NT – low tariff (kWh)',
  registerSingle: 'Single tariff (kWh)',
  reactive: 'Reactive energy (kvarh)',
  maxPower: 'Maximum power (kW)',
  read: 'read',
  estimated: 'estimated',
  self_reading: 'self-reading',
  noReadings: 'The meter was not read in this period: the consumption is estimated.',
  consumptionTitle: 'Consumption by zone and tariff (kWh)',
  consumptionByTariff: 'Consumption by tariff (kWh)',
  zone: 'Zone',
  green: 'Green zone',
  blue: 'Blue zone',
  red: 'Red zone',
  noZones: 'Tariff',
  vt: 'VT',
  nt: 'NT',
  singleShort: 'Single',
  total: 'Total',
  linesTitle: 'Charges for the billing period',
  code: 'No.',
  description: 'Description',
  unit: 'Unit',
  unitPrice: 'Unit price',
  amount: 'Amount',
  page: 'Page {n} of {m}',
  footer: 'This bill was issued electronically and is valid without a stamp or signature.',
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

const tables = localeTables<Labels>(srCyrl, en);

export function labelsFor(locale: Locale): Labels {
  return tables[locale];
}

/** "{amount}"-style placeholders filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const categoryKeys = {
  household: 'categoryHousehold',
  commercial: 'categoryCommercial',
  power_metering: 'categoryPowerMetering',
} as const;

export function categoryLabel(category: keyof typeof categoryKeys, labels: Labels): string {
  return labels[categoryKeys[category]];
}
