// Regional export records built in tests, in the canonical syntax every reader yields (RawRecord), so
// that the import can be tested without the five formats' readers.
import { createHash } from 'node:crypto';
import { isValidJmbg, jmbgCheckDigit } from '@portal/domain';
import type { ExportHeader, ExportKind, RawRecord, RecordType, RegionCode } from '@portal/regional-import';

type Values = Record<string, string | undefined>;

const record = (type: RecordType, values: Values): RawRecord => ({
  type,
  values,
  raw: JSON.stringify({ rec: type, ...values }),
  position: 0,
});

/** A valid JMBG for the n-th test person (born 1.1.1980). */
export function testJmbg(n: number): string {
  for (let serial = n * 10; ; serial++) {
    const first12 = `010198071${String(serial % 1000).padStart(3, '0')}`;
    const check = jmbgCheckDigit(first12);
    if (check !== null && isValidJmbg(`${first12}${check}`)) return `${first12}${check}`;
  }
}

const address = { street: 'Кнеза Милоша 1', postalCode: '11000', city: 'Београд' };

export const customer = (id: string, n = 1, values: Values = {}): RawRecord =>
  record('customer', {
    customerId: id,
    personType: 'F',
    name: `Купац ${n}`,
    jmbg: testJmbg(n),
    ...address,
    ...values,
  });

export const account = (number: string, customerId: string): RawRecord =>
  record('account', { accountNumber: number, customerId });

export const meteringPoint = (ed: string, accountNumber: string, values: Values = {}): RawRecord =>
  record('meteringPoint', {
    edNumber: ed,
    eic: `41T${ed}00A`.slice(0, 16),
    accountNumber,
    category: 'H',
    rateType: '2',
    approvedPowerKw: '11.04',
    billingPowerKw: '11.04',
    phases: '3',
    status: 'A',
    tvFee: 'true',
    vulnerable: 'false',
    ...address,
    ...values,
  });

export const contract = (number: string, ed: string, customerId: string): RawRecord =>
  record('contract', {
    contractNumber: number,
    edNumber: ed,
    customerId,
    startDate: '2020-01-01',
    status: 'A',
  });

export const meter = (serial: string, ed: string): RawRecord =>
  record('meter', { serial, edNumber: ed, constant: '1', digits: '6', installedOn: '2020-01-01' });

export const reading = (ed: string, serial: string, readOn: string, vt: number): RawRecord =>
  record('reading', {
    edNumber: ed,
    serial,
    readOn,
    kind: 'O',
    vt: String(vt),
    nt: String(Math.round(vt / 3)),
  });

export interface BillOptions {
  issueDate?: string;
  dueDate?: string;
  /** the charge for the period, RSD */
  charge?: string;
  tvFee?: string;
  replaces?: string;
  status?: 'I' | 'S';
  /** the energy line's amount, when it should not add up */
  lineAmount?: string;
  /** the billing period, October 2026 unless told */
  periodStart?: string;
  periodEnd?: string;
  days?: string;
}

const money = (value: number) => value.toFixed(2);

/** A bill and its lines (energy, a subtotal, the TV fee). */
export function bill(
  number: string,
  ed: string,
  accountNumber: string,
  options: BillOptions = {},
): RawRecord[] {
  const charge = options.charge ?? '3000.00';
  const tvFee = options.tvFee ?? '349.00';
  const monthTotal = money(Number(charge) + Number(tvFee));
  const line = (position: number, kind: string, amount: string, subtotal = false) =>
    record('billLine', {
      billNumber: number,
      position: String(position),
      code: String(position),
      kind,
      description: kind,
      amount,
      subtotal: String(subtotal),
    });
  return [
    record('bill', {
      billNumber: number,
      edNumber: ed,
      accountNumber,
      layout: 'EPS_HOUSEHOLD',
      status: options.status ?? 'I',
      replaces: options.replaces,
      periodStart: options.periodStart ?? '2026-10-01',
      periodEnd: options.periodEnd ?? '2026-10-31',
      days: options.days ?? '31',
      notRead: 'false',
      issueDate: options.issueDate ?? '2026-11-05',
      dueDate: options.dueDate ?? '2026-11-20',
      kwhVt: '300',
      kwhNt: '100',
      kwhSingle: '0',
      kwhGreen: '350',
      kwhBlue: '50',
      kwhRed: '0',
      periodCharge: charge,
      tvFee,
      monthTotal,
      previousDebt: '0.00',
      paymentsInPeriod: '0.00',
      interest: '0.00',
      totalToPay: monthTotal,
      discountOffer: '0.00',
    }),
    line(1, 'energy', options.lineAmount ?? charge),
    line(2, 'charge_for_period', charge, true),
    line(3, 'tv_fee', tvFee),
  ];
}

export interface PaymentOptions {
  channel?: string;
  portalOrder?: string;
  reverses?: string;
  reference?: string;
}

export const payment = (
  id: string,
  ed: string,
  accountNumber: string,
  paidOn: string,
  amount: string,
  options: PaymentOptions = {},
): RawRecord =>
  record('payment', {
    paymentId: id,
    edNumber: ed,
    accountNumber,
    paidOn,
    amount,
    channel: options.channel ?? 'BANK',
    reference: options.reference,
    portalOrder: options.portalOrder,
    reverses: options.reverses,
  });

export const ledgerEntry = (
  id: string,
  ed: string,
  entryDate: string,
  entryType: string,
  debit: string,
  credit: string,
): RawRecord =>
  record('ledgerEntry', {
    entryId: id,
    edNumber: ed,
    entryDate,
    entryType,
    documentNumber: id,
    debit,
    credit,
    description: entryType,
  });

export const notice = (number: string, ed: string, issuedOn: string): RawRecord =>
  record('notice', {
    noticeNumber: number,
    edNumber: ed,
    kind: 'O',
    issuedOn,
    debtAmount: '3349.00',
    debtDate: issuedOn,
    deadline: '2026-12-31',
  });

/** A customer with an account and a metering point, its contract, meter and a reading. */
export const household = (n: number, ed: string, accountNumber: string): RawRecord[] => [
  customer(`C${n}`, n),
  account(accountNumber, `C${n}`),
  meteringPoint(ed, accountNumber),
  contract(`UG-${n}`, ed, `C${n}`),
  meter(`SN${n}`, ed),
  reading(ed, `SN${n}`, '2026-10-31', 12000 + n),
];

/** The n-th household's metering point and account numbers. */
export const numbersOf = (n: number) => ({
  ed: `1${String(n).padStart(9, '0')}`,
  account: `2${String(n).padStart(9, '0')}`,
});

/** A large export: `households` households, each with a bill and a payment (11 records each). */
export function largeExport(region: RegionCode, households: number): TestExport {
  const records: RawRecord[][] = [];
  for (let n = 1; n <= households; n++) {
    const { ed, account: acc } = numbersOf(n);
    records.push(household(n, ed, acc), bill(`B-${n}`, ed, acc), [
      payment(`P-${n}`, ed, acc, '2026-11-10', n % 2 ? '3349.00' : '1000.00'),
    ]);
  }
  return testExport(region, 1, 'FULL', records);
}

export interface TestExport {
  header: ExportHeader;
  records: RawRecord[];
  checksum: string;
  name: string;
}

/** An export of records, numbered as a file would hold them, with a checksum of its content. */
export function testExport(
  region: RegionCode,
  sequence: number,
  kind: ExportKind,
  records: readonly (RawRecord | RawRecord[])[],
): TestExport {
  const flat = records.flat().map((r, index) => ({ ...r, position: index + 1 }));
  const exportDate = `2026-12-${String(Math.min(sequence, 28)).padStart(2, '0')}`;
  return {
    header: { region, exportDate, sequence, kind },
    records: flat,
    checksum: createHash('sha256')
      .update(flat.map((r) => r.raw).join('\n'))
      .digest('hex'),
    name: `${region}_${exportDate.replace(/-/g, '')}_${String(sequence).padStart(6, '0')}`,
  };
}

export async function* streamOf(records: readonly RawRecord[]): AsyncGenerator<RawRecord> {
  yield* records;
}
