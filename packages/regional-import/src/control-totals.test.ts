import { describe, expect, it } from 'vitest';
import { addToTotals, checkTrailer, emptyTotals } from './control-totals.js';
import type { ExportTrailer, RawRecord } from './records.js';

const bill = (totalToPay?: string): RawRecord => ({
  type: 'bill',
  values: { totalToPay },
  raw: '',
  position: 1,
});
const payment = (amount: string): RawRecord => ({
  type: 'payment',
  values: { amount },
  raw: '',
  position: 2,
});
const line: RawRecord = { type: 'billLine', values: {}, raw: '', position: 1, problem: 'cannot split' };

function totalsOf(records: RawRecord[]) {
  const totals = emptyTotals();
  for (const record of records) addToTotals(totals, record);
  return totals;
}

const trailer = (over: Partial<ExportTrailer> = {}): ExportTrailer => ({
  counts: { bill: 2, billLine: 1, payment: 2 },
  sumBills: '0.30',
  sumPayments: '-674.74',
  ...over,
});

describe('control totals', () => {
  const records = [bill('0.1'), bill('0.20'), line, payment('100'), payment('-774.74')];

  it('agree exactly, in para, whatever the decimals (0.1 + 0.20 is 0.30)', () => {
    expect(checkTrailer(totalsOf(records), trailer())).toBeNull();
  });

  it('count every data record, bill lines and unreadable ones included, unknown types not', () => {
    const unknown: RawRecord = {
      type: 'unknown',
      values: {},
      raw: '77',
      position: 9,
      problem: 'unknown type',
    };
    expect(totalsOf([...records, unknown]).counts).toMatchObject({ bill: 2, billLine: 1, payment: 2 });
  });

  it('refuse a count that disagrees, naming it', () => {
    expect(checkTrailer(totalsOf(records), trailer({ counts: { bill: 3, billLine: 1, payment: 2 } }))).toBe(
      'bill count 2 but trailer says 3',
    );
    // a type the trailer leaves out counts zero
    expect(checkTrailer(totalsOf(records), trailer({ counts: { bill: 2, payment: 2 } }))).toBe(
      'billLine count 1 but trailer says 0',
    );
  });

  it('refuse a sum that disagrees by one para', () => {
    expect(checkTrailer(totalsOf(records), trailer({ sumPayments: '-674.75' }))).toBe(
      'payment sum -674.74 but trailer says -674.75',
    );
  });

  it('cannot agree when an amount is not one, even if the counts do', () => {
    const totals = totalsOf([bill('0.1'), bill('12,3'), line, payment('100'), payment('-774.74')]);
    expect(checkTrailer(totals, trailer())).toMatch(/totalToPay "12,3" is not an amount/);
    const missing = totalsOf([bill('0.1'), bill(undefined), line, payment('100'), payment('-774.74')]);
    expect(checkTrailer(missing, trailer())).toMatch(/totalToPay is missing/);
  });

  it('refuse a trailer whose own sum is not an amount', () => {
    expect(checkTrailer(totalsOf(records), trailer({ sumBills: 'x' }))).toMatch(/not an amount/);
  });
});
