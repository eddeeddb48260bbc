// The one place that knows which canonical field is a date, an amount, a decimal, a whole number or a
// flag, and how each format writes them: the five readers share these so that "3596,13", "+000…359613",
// 359613 and "3596.13" all become the same canonical "3596.13". A value that does not fit the format's
// syntax is passed on as it stood, so that parseRecord names it in its reason.
import { netMeteringFields } from './net-metering-fields.js';
import type { RecordType } from './records.js';

export type FieldKind = 'date' | 'money' | 'flag' | 'int' | { dec: number };

const money = 'money' as const;
const date = 'date' as const;
const int = 'int' as const;
const flag = 'flag' as const;

/** The fields that are not text, digits or codes (those pass through trimmed), per record type. */
export const fieldKinds: { [T in RecordType]: Record<string, FieldKind> } = {
  customer: {},
  account: {},
  meteringPoint: {
    approvedPowerKw: { dec: 2 },
    billingPowerKw: { dec: 2 },
    statusDate: date,
    tvFee: flag,
    vulnerable: flag,
  },
  contract: { startDate: date, endDate: date },
  meter: { constant: { dec: 4 }, digits: int, installedOn: date, removedOn: date },
  reading: {
    readOn: date,
    vt: int,
    nt: int,
    single: int,
    maxPowerKw: { dec: 3 },
    reactiveVt: int,
    reactiveNt: int,
  },
  bill: {
    periodStart: date,
    periodEnd: date,
    days: int,
    notRead: flag,
    readingDate: date,
    issueDate: date,
    dueDate: date,
    kwhVt: int,
    kwhNt: int,
    kwhSingle: int,
    kwhGreen: int,
    kwhBlue: int,
    kwhRed: int,
    periodCharge: money,
    tvFee: money,
    monthTotal: money,
    previousDebt: money,
    paymentsInPeriod: money,
    interest: money,
    totalToPay: money,
    discountOffer: money,
    ...Object.fromEntries(netMeteringFields.map((name) => [name, int])),
  },
  billLine: { position: int, quantity: { dec: 3 }, unitPrice: { dec: 6 }, amount: money, subtotal: flag },
  payment: { paidOn: date, amount: money },
  ledgerEntry: { entryDate: date, debit: money, credit: money },
  notice: {
    issuedOn: date,
    debtAmount: money,
    debtDate: date,
    deadline: date,
    deliveredOn: date,
    settledOn: date,
  },
};

export function kindOf(type: RecordType, field: string): FieldKind | 'text' {
  return fieldKinds[type][field] ?? 'text';
}

/** snake_case (the contract's part 1 names, KV and BG columns) to camelCase (RawRecord's keys). */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Column names to canonical camelCase: the format's own names first (per file, for BG's `rtv`), then
 * the canonical snake_case names as they are. Names are trimmed; unknown ones pass through camel-cased
 * (parseRecord ignores them, and the canonical field they should have filled is then reported missing).
 */
export function canonicalColumns(
  header: readonly string[],
  renames: Readonly<Record<string, string>>,
): string[] {
  return header.map((column) => {
    const name = column.trim();
    return renames[name] ?? camelCase(name);
  });
}

/** dd.mm.yyyy (BG) to YYYY-MM-DD; 31.02.2026 becomes 2026-02-31, which parseRecord refuses by name. */
export function dateFromDotted(value: string): string {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : value;
}

/** YYYYMMDD (NS, file names) to YYYY-MM-DD. */
export function dateFromCompact(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : value;
}

/** A decimal comma (BG) to a dot: "-674,74" to "-674.74". Thousands separators are not the format's. */
export function decimalFromComma(value: string): string {
  return /^-?\d+(,\d+)?$/.test(value) ? value.replace(',', '.') : value;
}

/** Whole para (NI, an integer) to RSD with two decimals: 359613 to "3596.13", -5 to "-0.05". */
export function moneyFromPara(para: bigint): string {
  const sign = para < 0n ? '-' : '';
  const abs = (para < 0n ? -para : para).toString().padStart(3, '0');
  return `${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** RSD in canonical syntax ("-3596.13", "12.3", "7") to whole para, or undefined if it is no amount. */
export function paraFromMoney(value: string | undefined): bigint | undefined {
  const match = value === undefined ? null : /^(-?)(\d{1,18})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return undefined;
  const para = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '0').padEnd(2, '0'));
  return match[1] === '-' ? -para : para;
}

/** Digits with `scale` implied decimals (NS): "0001104", 2 to "11.04"; leading zeros go. */
export function impliedDecimal(value: string, scale: number): string {
  const match = /^([+-]?)(\d+)$/.exec(value);
  if (!match) return value;
  const digits = match[2]!.padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale).replace(/^0+(?=\d)/, '');
  const sign = match[1] === '-' ? '-' : '';
  return scale === 0 ? `${sign}${whole}` : `${sign}${whole}.${digits.slice(digits.length - scale)}`;
}

/** A flag from the format's two spellings (BG D/N, NS 1/0); anything else passes through. */
export function flagFrom(value: string, yes: string, no: string): string {
  return value === yes ? 'true' : value === no ? 'false' : value;
}

/** The syntax of one format for the non-text kinds; text, digits and codes are only trimmed. */
export interface FormatSyntax {
  date(value: string): string;
  money(value: string): string;
  dec(value: string, scale: number): string;
  int(value: string): string;
  flag(value: string): string;
}

/**
 * One record's fields, named canonically, from the format's text to canonical syntax. Empty (or, for
 * fixed width, all-spaces) values are absent and left out.
 */
export function canonicalValues(
  type: RecordType,
  fields: Iterable<[string, string | undefined]>,
  syntax: FormatSyntax,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, rawValue] of fields) {
    const value = rawValue?.trim();
    if (value === undefined || value === '') continue;
    values[name] = inSyntax(kindOf(type, name), value, syntax);
  }
  return values;
}

function inSyntax(kind: FieldKind | 'text', value: string, syntax: FormatSyntax): string {
  if (kind === 'text') return value;
  if (typeof kind === 'object') return syntax.dec(value, kind.dec);
  return syntax[kind](value);
}

/** Canonical syntax as it is (KV, KG): only emptiness and trimming are the shared rule. */
export const canonicalSyntax: FormatSyntax = {
  date: (value) => value,
  money: (value) => value,
  dec: (value) => value,
  int: (value) => value,
  flag: (value) => value,
};
