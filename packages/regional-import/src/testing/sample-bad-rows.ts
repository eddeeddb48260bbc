// The bad rows the sample generator appends on request, one of each kind the contract quarantines: a
// bad check digit, a date that does not exist, an unknown code, lines that do not add up, a bill for a
// metering point the export does not hold. Each has a key that says which it is.
import { addDays } from '@portal/domain';
import { regionCodes, type ExportRecord, type RecordOf, type RegionCode } from '../records.js';
import { priceSampleBill, rsd } from './sample-bill.js';

export const badSampleKeys = {
  jmbg: 'BADJMBG',
  date: 'BAD-DATE',
  code: 'BAD-CODE',
  lines: 'BAD-LINES',
  parent: 'BAD-PARENT',
} as const;

/** Ten digits: the region's digit, a kind digit and the customer's index (unique within the region). */
export const number10 = (region: RegionCode, kind: number, index: number): string =>
  `${regionCodes.indexOf(region) + 1}${kind}${String(index).padStart(8, '0')}`;

export function* badRows(region: RegionCode, asOf: string): Generator<ExportRecord> {
  // The first sample customer's metering point and account: real parents for the bad bills.
  const edNumber = number10(region, 5, 1);
  const accountNumber = number10(region, 1, 1);
  yield {
    type: 'customer',
    data: {
      customerId: badSampleKeys.jmbg,
      personType: 'F',
      name: 'Pogrešan JMBG',
      jmbg: '1503985710038', // the valid 1503985710037 with its check digit changed
      street: 'Bad 1',
      postalCode: '11000',
      city: 'Beograd',
    },
  };
  yield* bill(badSampleKeys.date, edNumber, accountNumber, asOf, { dueDate: '2026-02-30' });
  yield* bill(badSampleKeys.lines, edNumber, accountNumber, asOf, {}, 1);
  yield* bill(badSampleKeys.parent, '9999999999', '9999999999', asOf);
  yield {
    type: 'payment',
    data: {
      paymentId: badSampleKeys.code,
      edNumber,
      accountNumber,
      paidOn: asOf,
      amount: '100.00',
      // a channel no billing system knows: typed records cannot hold it, a bad export can
      channel: 'PAYPAL' as RecordOf<'payment'>['channel'],
    },
  };
}

function* bill(
  billNumber: string,
  edNumber: string,
  accountNumber: string,
  asOf: string,
  changes: Partial<RecordOf<'bill'>> = {},
  linesOffByPara = 0,
): Generator<ExportRecord> {
  const priced = priceSampleBill({ vt: 0, nt: 0, single: 200 }, '6.90', true);
  const monthTotal = rsd(priced.periodCharge + priced.tvFee);
  yield {
    type: 'bill',
    data: {
      billNumber,
      edNumber,
      accountNumber,
      layout: 'EPS_HOUSEHOLD',
      status: 'I',
      periodStart: addDays(asOf, -33),
      periodEnd: addDays(asOf, -4),
      days: 30,
      notRead: false,
      issueDate: asOf,
      dueDate: addDays(asOf, 20),
      kwhVt: 0,
      kwhNt: 0,
      kwhSingle: 200,
      kwhGreen: 200,
      kwhBlue: 0,
      kwhRed: 0,
      periodCharge: rsd(priced.periodCharge + linesOffByPara),
      tvFee: rsd(priced.tvFee),
      monthTotal,
      previousDebt: '0.00',
      paymentsInPeriod: '0.00',
      interest: '0.00',
      totalToPay: monthTotal,
      discountOffer: '0.00',
      ...changes,
    },
  };
  for (const line of priced.lines) yield { type: 'billLine', data: { billNumber, ...line } };
}
