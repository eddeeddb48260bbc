// The records of the five regional exports (REGIONAL-EXPORTS.md part 1), once: every reader yields
// RawRecords in canonical syntax and `parseRecord` turns one into a typed ExportRecord or a reason.
// Field names are the contract's canonical names in camelCase (NI and KG use them as they are).
import { isIsoDate, isValidJmbg, isValidMaticniBroj, isValidPib } from '@portal/domain';
import { z } from 'zod';
import { netMeteringProblem } from './net-metering-fields.js';

export const regionCodes = ['BG', 'NS', 'NI', 'KG', 'KV'] as const;
export type RegionCode = (typeof regionCodes)[number];

export const exportKinds = ['FULL', 'DELTA'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** The record types in the order an export is applied (parents before children). */
export const recordTypes = [
  'customer',
  'account',
  'meteringPoint',
  'contract',
  'meter',
  'reading',
  'bill',
  'billLine',
  'payment',
  'ledgerEntry',
  'notice',
] as const;
export type RecordType = (typeof recordTypes)[number];

/** An export's header, whichever format carried it. */
export interface ExportHeader {
  region: RegionCode;
  /** YYYY-MM-DD */
  exportDate: string;
  sequence: number;
  kind: ExportKind;
}

/** An export's trailer: records per type (bill lines counted one each) and the two control sums. */
export interface ExportTrailer {
  counts: Partial<Record<RecordType, number>>;
  /** the sum of total_to_pay over bills, a decimal string with two decimals ("-12.30") */
  sumBills: string;
  /** the sum of amount over payments, reversals with their minus sign */
  sumPayments: string;
}

/**
 * One record as a reader found it, before validation. `values` are keyed by canonical camelCase name
 * and written in canonical syntax, whatever the format: dates `YYYY-MM-DD`, decimals and money with a
 * dot (`-674.74`), flags `true` / `false`, codes as the contract spells them (`F`, `EPS_HOUSEHOLD`),
 * integers as digits; an absent value is left out. A value the reader could not convert is passed on as
 * it stood, so that `parseRecord` names it in its reason. `raw` is the record's text as it stood in the
 * file (a CSV row, a fixed-width line, a JSON line, an XML element), kept for the quarantine.
 */
export interface RawRecord {
  /**
   * `unknown` only for a record whose type the reader could not tell (an unknown NS record type, a JSON
   * line that does not parse, an unknown XML element): it always has a `problem` and counts toward no
   * type in the control totals.
   */
  type: RecordType | 'unknown';
  values: Record<string, string | undefined>;
  raw: string;
  /**
   * where it stood, 1-based: the line (fixed width, JSON Lines), the row (CSV, the column names' row
   * being 1; a quoted line break makes a row span lines) or the element among the root's (XML)
   */
  position: number;
  /** the file inside the export it came from (a ZIP entry, a KV file), when the export has several */
  file?: string;
  /**
   * Set when the reader could not even split the record into fields (a wrong-length fixed-width line, a
   * JSON line that does not parse, a CSV row with more or fewer fields than its header): `values` is then
   * empty and `parseRecord` gives this as the reason, so the record goes to quarantine with its raw text.
   */
  problem?: string;
}

// ---- field types --------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).optional();
const digits = (length: number) => z.string().regex(new RegExp(`^\\d{${length}}$`), `${length} digits`);
const int = z
  .string()
  .regex(/^-?\d{1,15}$/, 'a whole number')
  .transform(Number);
/** dec(p,s): at most p digits, at most s of them decimals; kept as a decimal string */
const dec = (precision: number, scale: number) =>
  z
    .string()
    .regex(
      new RegExp(`^-?\\d{1,${precision - scale}}(\\.\\d{1,${scale}})?$`),
      `a decimal (${precision},${scale})`,
    );
/** money: RSD with at most two decimals, may be negative */
const money = z.string().regex(/^-?\d{1,13}(\.\d{1,2})?$/, 'an amount in RSD with two decimals');
const date = z.string().refine(isIsoDate, 'a real date YYYY-MM-DD');
const flag = z.enum(['true', 'false'], 'true or false').transform((value) => value === 'true');
const code = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, `one of ${values.join(', ')}`);

const address = {
  street: text(50),
  postalCode: text(5),
  city: text(30),
};

// ---- the records --------------------------------------------------------------------------------

export const customerRecord = z
  .object({
    customerId: text(12),
    personType: code(['F', 'P']),
    name: text(70),
    jmbg: digits(13)
      .refine((value) => isValidJmbg(value), 'bad JMBG check digit')
      .optional(),
    pib: digits(9).refine(isValidPib, 'bad PIB check digit').optional(),
    mb: digits(8).refine(isValidMaticniBroj, 'bad matični broj check digit').optional(),
    ...address,
    email: optionalText(60),
    phone: optionalText(20),
  })
  .refine((c) => c.personType !== 'F' || c.jmbg !== undefined, {
    message: 'a natural person needs a JMBG',
    path: ['jmbg'],
  })
  .refine((c) => c.personType !== 'P' || c.pib !== undefined, {
    message: 'a legal entity needs a PIB',
    path: ['pib'],
  });

export const accountRecord = z.object({
  accountNumber: digits(10),
  customerId: text(12),
  subscriberNumber: optionalText(12),
});

export const meteringPointRecord = z.object({
  edNumber: digits(10),
  eic: text(16),
  accountNumber: digits(10),
  category: code(['H', 'C', 'P']),
  rateType: code(['1', '2']),
  approvedPowerKw: dec(7, 2),
  billingPowerKw: dec(7, 2),
  phases: code(['1', '3']),
  status: code(['A', 'D', 'T']),
  statusDate: date.optional(),
  tvFee: flag,
  vulnerable: flag,
  ...address,
});

export const contractRecord = z.object({
  contractNumber: text(20),
  edNumber: digits(10),
  customerId: text(12),
  startDate: date,
  endDate: date.optional(),
  status: code(['A', 'T']),
});

export const meterRecord = z.object({
  serial: text(20),
  edNumber: digits(10),
  constant: dec(10, 4),
  digits: int,
  installedOn: date,
  removedOn: date.optional(),
});

export const readingRecord = z.object({
  edNumber: digits(10),
  serial: text(20),
  readOn: date,
  kind: code(['O', 'P', 'S']),
  vt: int.optional(),
  nt: int.optional(),
  single: int.optional(),
  maxPowerKw: dec(10, 3).optional(),
  reactiveVt: int.optional(),
  reactiveNt: int.optional(),
});

export const billLayouts = [
  'EPS_HOUSEHOLD',
  'EPS_COMMERCIAL',
  'EPS_POWER_METERING',
  'ERS_BANDS',
  'EPCG',
] as const;

export const billRecord = z.object({
  billNumber: text(20),
  edNumber: digits(10),
  accountNumber: digits(10),
  layout: code(billLayouts),
  status: code(['I', 'S']),
  replaces: optionalText(20),
  periodStart: date,
  periodEnd: date,
  days: int,
  notRead: flag,
  readingDate: date.optional(),
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
  // prosumers on net metering only (an extension of the contract, README): kWh taken, delivered and the
  // surplus brought forward, per tariff; kwhVt, kwhNt, kwhSingle are then the net that is billed
  kwhTakenVt: int.optional(),
  kwhTakenNt: int.optional(),
  kwhTakenSingle: int.optional(),
  kwhDeliveredVt: int.optional(),
  kwhDeliveredNt: int.optional(),
  kwhDeliveredSingle: int.optional(),
  kwhSurplusInVt: int.optional(),
  kwhSurplusInNt: int.optional(),
  kwhSurplusInSingle: int.optional(),
});

export const billLineRecord = z.object({
  billNumber: text(20),
  position: int,
  code: text(12),
  kind: text(32),
  description: text(80),
  zone: code(['GREEN', 'BLUE', 'RED', 'BAND_I', 'BAND_II', 'BAND_III']).optional(),
  register: code(['VT', 'NT', 'SINGLE', 'REACTIVE_VT', 'REACTIVE_NT', 'POWER']).optional(),
  quantity: dec(15, 3).optional(),
  unit: optionalText(12),
  unitPrice: dec(15, 6).optional(),
  amount: money,
  subtotal: flag,
});

export const paymentChannels = ['IPS', 'BANK', 'POST', 'CASHIER', 'PORTAL_CARD', 'PORTAL_IPS'] as const;

export const paymentRecord = z.object({
  paymentId: text(20),
  edNumber: digits(10),
  accountNumber: digits(10),
  paidOn: date,
  amount: money,
  channel: code(paymentChannels),
  reference: z
    .string()
    .regex(/^\d{1,25}$/, 'a model and reference as digits')
    .optional(),
  payerName: optionalText(70),
  portalOrder: optionalText(20),
  reverses: optionalText(20),
});

export const ledgerEntryRecord = z.object({
  entryId: text(20),
  edNumber: digits(10),
  entryDate: date,
  entryType: code(['INTEREST', 'CORRECTION', 'SUBSIDY', 'COMPENSATION']),
  documentNumber: text(20),
  debit: money,
  credit: money,
  description: text(80),
});

export const noticeRecord = z.object({
  noticeNumber: text(20),
  edNumber: digits(10),
  kind: code(['O', 'U']),
  issuedOn: date,
  debtAmount: money,
  debtDate: date,
  deadline: date,
  deliveredOn: date.optional(),
  settledOn: date.optional(),
});

export const recordSchemas = {
  customer: customerRecord,
  account: accountRecord,
  meteringPoint: meteringPointRecord,
  contract: contractRecord,
  meter: meterRecord,
  reading: readingRecord,
  bill: billRecord,
  billLine: billLineRecord,
  payment: paymentRecord,
  ledgerEntry: ledgerEntryRecord,
  notice: noticeRecord,
} as const satisfies Record<RecordType, z.ZodType>;

export type RecordOf<T extends RecordType> = z.output<(typeof recordSchemas)[T]>;
/** A validated record: its type and its fields, typed. */
export type ExportRecord = { [T in RecordType]: { type: T; data: RecordOf<T> } }[RecordType];

/** The field names of each record type, in the contract's order. */
export const recordFields: { [T in RecordType]: readonly string[] } = Object.fromEntries(
  recordTypes.map((type) => {
    return [type, Object.keys(recordSchemas[type].shape)];
  }),
) as unknown as { [T in RecordType]: readonly string[] };

export type ParsedRecord = { ok: true; record: ExportRecord } | { ok: false; reason: string };

/**
 * Validates one raw record: every field against its type, check digits, codes and real dates. The
 * reason names the fields that failed, e.g. `jmbg: bad JMBG check digit; dueDate: a real date YYYY-MM-DD`.
 * Checks that need other records (a bill's lines adding up, a parent that exists) are the writer's.
 */
export function parseRecord(raw: RawRecord): ParsedRecord {
  if (raw.problem !== undefined) return { ok: false, reason: raw.problem };
  if (raw.type === 'unknown') return { ok: false, reason: 'a record of unknown type' };
  const result = recordSchemas[raw.type].safeParse(raw.values);
  if (result.success) {
    const problem = raw.type === 'bill' ? netMeteringProblem(result.data as RecordOf<'bill'>) : null;
    if (problem) return { ok: false, reason: problem };
    return { ok: true, record: { type: raw.type, data: result.data } as ExportRecord };
  }
  const reason = result.error.issues
    .map((issue) => `${issue.path.join('.') || raw.type}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason };
}
