// Deterministic export records for tests and the benchmark: given a seed, a region and a number of
// customers, every record type with valid check digits, bills whose lines add up, payments with one
// reversal; on request a few bad rows after them. A generator: a 1 GB export needs no more memory than
// one customer's records.
import {
  addDays,
  endOfMonth,
  jmbgCheckDigit,
  maticniBrojCheckDigit,
  pibCheckDigit,
  yymm,
} from '@portal/domain';
import { regionCodes, type ExportRecord, type RecordOf, type RegionCode } from '../records.js';
import { badRows, number10 } from './sample-bad-rows.js';
import { priceSampleBill, rsd } from './sample-bill.js';

export interface SampleOptions {
  seed: number;
  region: RegionCode;
  customers: number;
  /** months of history per metering point (default 12) */
  months?: number;
  /** the export's day: bills up to the month before it (default 2026-12-03) */
  asOf?: string;
  /** append one record of each bad kind (see badSampleKeys) */
  bad?: boolean;
}

export { badSampleKeys } from './sample-bad-rows.js';

/** A small seeded generator (mulberry32): the same seed gives the same export on every machine. */
class Seeded {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }
  digits(count: number): string {
    return Array.from({ length: count }, () => this.int(0, 9)).join('');
  }
}

const firstNames = ['Марко', 'Јелена', 'Никола', 'Љиљана', 'Ђорђе', 'Милица', 'Жељко', 'Ана'];
const lastNames = ['Петровић', 'Јовановић', 'Ђурић', 'Шљивић', 'Николић', 'Чолић', 'Џаковић'];
const streets = ['Булевар ослобођења', 'Кнеза Милоша', 'Његошева', 'Цара Душана', 'Vojvode Stepe'];
const towns = ['Београд', 'Нови Сад', 'Ниш', 'Крагујевац', 'Краљево'];
const channels = ['IPS', 'BANK', 'POST', 'CASHIER', 'PORTAL_CARD'] as const;

function jmbg(random: Seeded): string {
  for (;;) {
    const year = String(random.int(940, 999));
    const first12 = `${String(random.int(1, 28)).padStart(2, '0')}${String(random.int(1, 12)).padStart(2, '0')}${year}7${random.digits(4)}`;
    const check = jmbgCheckDigit(first12);
    if (check !== null) return first12 + String(check);
  }
}

function maticniBroj(random: Seeded): string {
  for (;;) {
    const first7 = `2${random.digits(6)}`;
    const check = maticniBrojCheckDigit(first7);
    if (check !== null) return first7 + String(check);
  }
}

const defaultAsOf = '2026-12-03';

export function* sampleRecords(options: SampleOptions): Generator<ExportRecord> {
  const random = new Seeded(options.seed * 7919 + regionCodes.indexOf(options.region));
  for (let index = 1; index <= options.customers; index++) yield* customer(random, options, index);
  if (options.bad) yield* badRows(options.region, options.asOf ?? defaultAsOf);
}

function* customer(random: Seeded, options: SampleOptions, index: number): Generator<ExportRecord> {
  const { region } = options;
  const legal = index % 25 === 0;
  const customerId = `${region}${String(index).padStart(9, '0')}`;
  const accountNumber = number10(region, 1, index);
  const edNumber = number10(region, 5, index);
  const town = random.pick(towns);
  const address = {
    street: `${random.pick(streets)} ${random.int(1, 200)}`,
    postalCode: '11000',
    city: town,
  };
  const pib = `1${random.digits(7)}`;
  yield {
    type: 'customer',
    data: {
      customerId,
      personType: legal ? 'P' : 'F',
      name: legal
        ? `Пекара „${random.pick(lastNames)}“ д.о.о.`
        : `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      ...(legal
        ? { pib: pib + String(pibCheckDigit(pib)), mb: maticniBroj(random) }
        : { jmbg: jmbg(random) }),
      ...address,
      ...(index % 3 === 0 ? { email: `kupac${index}@example.rs` } : {}),
    },
  };
  yield { type: 'account', data: { accountNumber, customerId, subscriberNumber: `S${index}` } };
  const dual = legal || random.next() < 0.7;
  const billingPowerKw = legal ? '17.25' : random.pick(['5.75', '6.90', '11.04']);
  yield {
    type: 'meteringPoint',
    data: {
      edNumber,
      eic: `RS${region}Z${String(index).padStart(11, '0')}`,
      accountNumber,
      category: legal ? 'C' : 'H',
      rateType: dual ? '2' : '1',
      approvedPowerKw: billingPowerKw,
      billingPowerKw,
      phases: billingPowerKw === '5.75' ? '1' : '3',
      status: 'A',
      tvFee: !legal,
      vulnerable: index % 40 === 7,
      ...address,
    },
  };
  const asOf = options.asOf ?? defaultAsOf;
  const months = options.months ?? 12;
  const start = addDays(endOfMonth(asOf, -months - 1), 1);
  yield {
    type: 'contract',
    data: { contractNumber: `${region}-${index}`, edNumber, customerId, startDate: start, status: 'A' },
  };
  const serial = `ISK${String(index).padStart(9, '0')}`;
  yield { type: 'meter', data: { serial, edNumber, constant: '1', digits: 6, installedOn: start } };

  let registers = { vt: random.int(1000, 9000), nt: random.int(500, 5000), single: random.int(1000, 9000) };
  let debt = 0;
  let paymentSerial = 0;
  for (let month = months; month >= 1; month--) {
    const periodEnd = endOfMonth(asOf, -month);
    const periodStart = addDays(endOfMonth(asOf, -month - 1), 1);
    const kwh = dual
      ? { vt: random.int(150, 450), nt: random.int(50, 250), single: 0 }
      : { vt: 0, nt: 0, single: random.int(150, 600) };
    registers = {
      vt: registers.vt + kwh.vt,
      nt: registers.nt + kwh.nt,
      single: registers.single + kwh.single,
    };
    const readOn = periodEnd;
    yield {
      type: 'reading',
      data: {
        edNumber,
        serial,
        readOn,
        kind: random.pick(['O', 'O', 'O', 'P', 'S'] as const),
        ...(dual ? { vt: registers.vt, nt: registers.nt } : { single: registers.single }),
      },
    };
    const billNumber = `${yymm(periodEnd)}-${edNumber}`;
    const priced = priceSampleBill(kwh, billingPowerKw, !legal);
    const issueDate = addDays(periodEnd, 4);
    const monthTotal = priced.periodCharge + priced.tvFee;
    const late = index % 10 === 3 && month <= 2;
    const interest = late ? random.int(100, 900) : 0;
    const bill: RecordOf<'bill'> = {
      billNumber,
      edNumber,
      accountNumber,
      layout: legal ? 'EPS_COMMERCIAL' : 'EPS_HOUSEHOLD',
      status: 'I',
      periodStart,
      periodEnd,
      days: Number(periodEnd.slice(8, 10)),
      notRead: false,
      readingDate: readOn,
      issueDate,
      dueDate: addDays(issueDate, 20),
      kwhVt: kwh.vt,
      kwhNt: kwh.nt,
      kwhSingle: kwh.single,
      kwhGreen: kwh.vt + kwh.nt + kwh.single,
      kwhBlue: 0,
      kwhRed: 0,
      periodCharge: rsd(priced.periodCharge),
      tvFee: rsd(priced.tvFee),
      monthTotal: rsd(monthTotal),
      previousDebt: rsd(debt),
      paymentsInPeriod: rsd(0),
      interest: rsd(interest),
      totalToPay: rsd(debt + interest + monthTotal),
      discountOffer: rsd(Math.round(priced.periodCharge * 0.05)),
    };
    yield { type: 'bill', data: bill };
    for (const line of priced.lines) yield { type: 'billLine', data: { billNumber, ...line } };
    if (interest > 0) {
      yield {
        type: 'ledgerEntry',
        data: {
          entryId: `K-${billNumber}`,
          edNumber,
          entryDate: issueDate,
          entryType: 'INTEREST',
          documentNumber: `K-${billNumber}`,
          debit: rsd(interest),
          credit: rsd(0),
          description: 'Zatezna kamata',
        },
      };
    }
    debt += interest + monthTotal;
    if (late) {
      if (month === 1)
        yield* notice(edNumber, addDays(issueDate, -2), debt - monthTotal, random.next() < 0.5);
      continue;
    }
    const paymentId = `P-${edNumber}-${++paymentSerial}`;
    const payment = {
      paymentId,
      edNumber,
      accountNumber,
      paidOn: addDays(issueDate, random.int(1, 19)),
      amount: rsd(debt),
      channel: random.pick(channels),
      reference: `97${accountNumber}${yymm(periodEnd)}`,
    };
    yield { type: 'payment', data: payment };
    // The first customer's first payment is cancelled by its bank: a reversal, then the money again.
    if (index === 1 && month === months) {
      const reversal = { ...payment, paymentId: `P-${edNumber}-R1`, amount: rsd(-debt), reverses: paymentId };
      yield { type: 'payment', data: reversal };
      yield { type: 'payment', data: { ...payment, paymentId: `P-${edNumber}-${++paymentSerial}` } };
    }
    debt = 0;
  }
}

function* notice(
  edNumber: string,
  issuedOn: string,
  debt: number,
  delivered: boolean,
): Generator<ExportRecord> {
  yield {
    type: 'notice',
    data: {
      noticeNumber: `UO-${issuedOn.slice(2).replace(/-/g, '')}-${edNumber}`,
      edNumber,
      kind: 'U',
      issuedOn,
      debtAmount: rsd(debt),
      debtDate: addDays(issuedOn, -1),
      deadline: addDays(issuedOn, 15),
      ...(delivered ? { deliveredOn: addDays(issuedOn, 3) } : {}),
    },
  };
}
