// The same few records in canonical syntax for every reader's test: each test writes them in its
// format and expects them back exactly, so the five readers are held to one result.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { addToTotals, checkTrailer, emptyTotals } from '../control-totals.js';
import type { ExportReader } from '../export-reader.js';
import type { ExportTrailer, RawRecord, RecordType } from '../records.js';

export interface Sample {
  type: RecordType;
  values: Record<string, string>;
}

const ed = '1234567890';
const account = '0012345678';
const bill = 'R-2026-11-0001';

export const samples: Sample[] = [
  {
    type: 'customer',
    values: {
      customerId: 'K-000001',
      personType: 'F',
      name: 'Đorđe Šćepanović ŠĐČĆŽ',
      jmbg: '1503985710037',
      street: 'Kneza Miloša 12; ulaz "B"',
      postalCode: '11000',
      city: 'Čačak',
      email: 'djordje@example.rs',
    },
  },
  {
    type: 'meteringPoint',
    values: {
      edNumber: ed,
      eic: '21E0000000012345',
      accountNumber: account,
      category: 'H',
      rateType: '2',
      approvedPowerKw: '11.04',
      billingPowerKw: '6.90',
      phases: '3',
      status: 'A',
      tvFee: 'true',
      vulnerable: 'false',
      street: 'Kneza Miloša 12',
      postalCode: '11000',
      city: 'Beograd',
    },
  },
  {
    type: 'reading',
    values: { edNumber: ed, serial: 'SN-77', readOn: '2026-11-30', kind: 'O', vt: '12345', nt: '6789' },
  },
  {
    type: 'bill',
    values: {
      billNumber: bill,
      edNumber: ed,
      accountNumber: account,
      layout: 'EPS_HOUSEHOLD',
      status: 'I',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      days: '30',
      notRead: 'false',
      readingDate: '2026-11-30',
      issueDate: '2026-12-03',
      dueDate: '2026-12-20',
      kwhVt: '300',
      kwhNt: '100',
      kwhSingle: '0',
      kwhGreen: '350',
      kwhBlue: '50',
      kwhRed: '0',
      periodCharge: '3596.13',
      tvFee: '349.00',
      monthTotal: '3945.13',
      previousDebt: '-674.74',
      paymentsInPeriod: '0.00',
      interest: '0.00',
      totalToPay: '3270.39',
      discountOffer: '-179.81',
    },
  },
  {
    type: 'billLine',
    values: {
      billNumber: bill,
      position: '1',
      code: 'EN-VT',
      kind: 'ENERGY',
      description: 'Električna energija - viša tarifa, "zelena" zona',
      zone: 'GREEN',
      register: 'VT',
      quantity: '300.000',
      unit: 'kWh',
      unitPrice: '11.987100',
      amount: '3596.13',
      subtotal: 'false',
    },
  },
  {
    type: 'billLine',
    values: {
      billNumber: bill,
      position: '2',
      code: 'RTV',
      kind: 'FEE',
      description: 'Taksa za javni medijski servis',
      amount: '349.00',
      subtotal: 'false',
    },
  },
  {
    type: 'payment',
    values: {
      paymentId: 'U-1',
      edNumber: ed,
      accountNumber: account,
      paidOn: '2026-12-01',
      amount: '4000.00',
      channel: 'IPS',
      reference: '9714123412',
      payerName: 'Ćirić Ljiljana',
    },
  },
  {
    type: 'payment',
    values: {
      paymentId: 'U-2',
      edNumber: ed,
      accountNumber: account,
      paidOn: '2026-12-02',
      amount: '-674.74',
      channel: 'BANK',
      reverses: 'U-0',
    },
  },
];

export const sampleTrailer: ExportTrailer = {
  counts: { customer: 1, meteringPoint: 1, reading: 1, bill: 1, billLine: 2, payment: 2 },
  sumBills: '3270.39',
  sumPayments: '3325.26',
};

/** The samples of one type, in order. */
export const samplesOf = (type: RecordType) => samples.filter((sample) => sample.type === type);

/** Everything a reader yields, then what it returned. */
export async function readAll(
  reader: ExportReader,
): Promise<{ records: RawRecord[]; trailer: ExportTrailer }> {
  const records: RawRecord[] = [];
  const iterator = reader.records();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { records, trailer: next.value };
    records.push(next.value);
  }
}

/** The trailer check over what was read, as the writer runs it. */
export function trailerCheck(records: RawRecord[], trailer: ExportTrailer): string | null {
  const totals = emptyTotals();
  for (const record of records) addToTotals(totals, record);
  return checkTrailer(totals, trailer);
}

/** A fresh temporary folder per test. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'regional-import-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** One CSV row as RFC 4180 writes it: quoted only when it must be, `""` inside quotes, CRLF after. */
export function csvLine(fields: readonly string[], delimiter: string): string {
  const quoted = fields.map((field) =>
    field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field,
  );
  return `${quoted.join(delimiter)}\r\n`;
}

/** camelCase to the contract's snake_case names. */
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Records every reader must carry through to parseRecord's reasons: a bad JMBG, 31 February, a code. */
export const badSamples: Sample[] = [
  { type: 'customer', values: { ...samplesOf('customer')[0]!.values, jmbg: '1503985710038' } },
  { type: 'bill', values: { ...samplesOf('bill')[0]!.values, dueDate: '2026-02-31' } },
  { type: 'payment', values: { ...samplesOf('payment')[0]!.values, channel: 'CHEQUE' } },
];
export const badReasons = [
  'jmbg: bad JMBG check digit',
  'dueDate: a real date YYYY-MM-DD',
  'channel: one of IPS, BANK, POST, CASHIER, PORTAL_CARD, PORTAL_IPS',
];
