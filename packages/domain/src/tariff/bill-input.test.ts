import { describe, expect, it } from 'vitest';
import { BillInputError } from './bill-input-error.js';
import { computeEpsHouseholdBill, type EpsHouseholdBillInput } from './eps-household.js';
import { epsHouseholdTariffs } from './eps-tariffs.js';

const valid: EpsHouseholdBillInput = {
  periodStart: '2026-01-01',
  periodEnd: '2026-01-31',
  consumption: { single: 300 },
  billingPowerKw: '6.90',
  tvFeeApplies: false,
  eBill: false,
  tariffs: epsHouseholdTariffs,
};

function codeOf(change: Partial<EpsHouseholdBillInput>): string | null {
  try {
    computeEpsHouseholdBill({ ...valid, ...change } as EpsHouseholdBillInput);
    return null;
  } catch (error) {
    if (error instanceof BillInputError) return error.code;
    throw error;
  }
}

describe('EPS household bill input', () => {
  it('accepts a valid input', () => {
    expect(codeOf({})).toBeNull();
  });

  it('refuses bad periods and periods no tariff covers', () => {
    expect(codeOf({ periodEnd: '2026-02-29' })).toBe('PERIOD');
    expect(codeOf({ periodStart: '2026-1-1' })).toBe('PERIOD');
    expect(codeOf({ periodEnd: '2025-12-31' })).toBe('PERIOD');
    expect(codeOf({ periodStart: '2023-10-15', periodEnd: '2023-11-14' })).toBe('NO_TARIFF');
    const gap = epsHouseholdTariffs.map((t) => (t.validTo ? { ...t, validTo: '2025-09-29' } : t));
    expect(codeOf({ periodStart: '2025-09-15', periodEnd: '2025-10-14', tariffs: gap })).toBe('NO_TARIFF');
    const overlap = epsHouseholdTariffs.map((t) => (t.validTo ? { ...t, validTo: '2025-10-01' } : t));
    expect(codeOf({ periodStart: '2025-09-15', periodEnd: '2025-10-14', tariffs: overlap })).toBe(
      'NO_TARIFF',
    );
  });

  it('wants whole, non-negative kWh and register values that do not go back', () => {
    expect(codeOf({ consumption: { single: -1 } })).toBe('CONSUMPTION');
    expect(codeOf({ consumption: { vt: 1.5, nt: 0 } })).toBe('CONSUMPTION');
    const readings = { single: { previous: 500, current: 400 } };
    expect(codeOf({ consumption: undefined, readings })).toBe('READINGS');
    const dual = { vt: { previous: 1, current: 2 }, nt: { previous: 1, current: 2 } };
    expect(codeOf({ consumption: undefined, readings: dual, meterConstant: 0 })).toBe('READINGS');
    expect(codeOf({ consumption: undefined, readings: dual, meterConstant: 40 })).toBeNull();
  });

  it('wants a positive billing power written as a decimal', () => {
    for (const kw of ['0', '0.00', '6,9', '', '-6.9', 'abc'])
      expect(codeOf({ billingPowerKw: kw })).toBe('BILLING_POWER');
    expect(codeOf({ billingPowerKw: '17.25' })).toBeNull();
  });

  it('takes line 4 from one source only, and needs a rate for it', () => {
    const previousBill = { discountBase: 100_000, paidOnTime: true };
    expect(codeOf({ previousBill, earnedDiscount: 500 })).toBe('DISCOUNT');
    expect(codeOf({ earnedDiscount: -1 })).toBe('DISCOUNT');
    expect(codeOf({ previousBill: { ...previousBill, discountBase: 0.5 } })).toBe('DISCOUNT');
    // the first bill on our price lists: no tariff on 31.10.2023 to give the previous bill's rate
    const first = { periodStart: '2023-11-01', periodEnd: '2023-11-30' };
    expect(codeOf({ ...first, previousBill })).toBe('DISCOUNT');
    expect(codeOf({ ...first, previousBill: { ...previousBill, discountRate: '5' } })).toBeNull();
    expect(codeOf({ ...first, previousBill: { ...previousBill, paidOnTime: false } })).toBeNull();
  });

  it('refuses reductions larger than the charge', () => {
    expect(codeOf({ vulnerableReductions: { line12: -1 } })).toBe('REDUCTION');
    expect(codeOf({ vulnerableReductions: { line12: 1e9 } })).toBe('REDUCTION');
  });
});
