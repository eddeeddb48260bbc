// The fixtures must be bills that could have been issued: their lines add up and their QR payload is the
// one the API would build. A test of the PDF against an inconsistent bill would prove little.
import { billDetailSchema, type BillDetail } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { commercialBill, householdBill, powerMeteringBill } from './bill-fixtures.test-helpers.js';
import { sumAmounts } from '../../../documents/format.js';

const fixtures: [string, BillDetail][] = [
  ['household', householdBill()],
  ['commercial', commercialBill()],
  ['power metering', powerMeteringBill()],
];

describe.each(fixtures)('the %s fixture', (_name, bill) => {
  it('is a valid BillDetail', () => {
    expect(billDetailSchema.parse(bill)).toEqual(bill);
  });

  it('has lines that add up to the month total, and totals that add up to the total to pay', () => {
    const { totals } = bill;
    expect(sumAmounts(bill.lines.filter((l) => !l.isSubtotal).map((l) => l.amount))).toBe(totals.monthTotal);
    expect(bill.lines.find((l) => l.kind === 'period_charge')?.amount).toBe(totals.periodCharge);
    expect(sumAmounts([totals.periodCharge, totals.tvFee])).toBe(totals.monthTotal);
    const paid = `-${totals.paymentsInPeriod}`.replace('--', '');
    expect(sumAmounts([totals.previousDebt, paid, totals.interest, totals.monthTotal])).toBe(
      totals.totalToPay,
    );
    expect(bill.payment!.amount).toBe(totals.totalToPay);
  });

  it('carries an IPS QR payload for the total to pay', () => {
    const amount = bill.payment!.amount.replace('.', ',');
    expect(bill.payment!.ipsQrPayload).toContain(`|I:RSD${amount}|`);
    expect(bill.payment!.ipsQrPayload).toContain(`|RO:97${bill.payment!.reference}`);
  });

  it('has consumption that matches its readings', () => {
    const { previous, current } = bill.readings;
    const constant = Number(bill.meter?.constant ?? 1);
    if (bill.meteringPoint.rateType === 'dual') {
      expect(bill.consumption.vt).toBe((current!.vt! - previous!.vt!) * constant);
      expect(bill.consumption.nt).toBe((current!.nt! - previous!.nt!) * constant);
    } else {
      expect(bill.consumption.single).toBe((current!.single! - previous!.single!) * constant);
    }
    expect(bill.kwh).toBe(bill.consumption.vt + bill.consumption.nt + bill.consumption.single);
  });
});
