// EPCG bills (seeds/003) worked out by hand from the price list in epcg-tariffs.ts: items 1-52, the
// discounts on active energy only (item 31) and the social subsidy rule (items 33-35).
import { describe, expect, it } from 'vitest';
import { BillInputError } from './bill-input-error.js';
import { computeEpcgBill, epcgDiscountEarned, socialSubsidyOf, type EpcgBillInput } from './epcg.js';
import { epcgTariffs } from './epcg-tariffs.js';

const january = { periodStart: '2026-01-01', periodEnd: '2026-01-31', tariffs: epcgTariffs };
const household = { ...january, category: 'HOUSEHOLD', consumption: { vt: 420, nt: 180 } } as const;
const printed = (input: EpcgBillInput) =>
  computeEpcgBill(input).lines.map((l) => `${l.code} ${l.amount}${l.isSubtotal ? ' (sub)' : ''}`);

describe('computeEpcgBill', () => {
  it('prints the items of a dual-rate household bill in cent, VAT 21% on the rounded base', () => {
    // 1: 420 x 0.0866 = 36.372 -> 36.37; 2: 180 x 0.0433 = 7.794 -> 7.79
    // 12: 420 x 0.0262 = 11.004 -> 11.00; 180 x 0.0131 = 2.358 -> 2.36
    // 15: 420 x 0.0068 = 2.856 -> 2.86; 16: 180 x 0.0034 = 0.612 -> 0.61
    // 22: 2.07 a month; 23: 600 x 0.00025 = 0.15; 26: 600 x 0.0094 = 5.64
    // 51 = 68.85; 41: 21% = 14.4585 -> 14.46; 52 = 83.31
    expect(printed(household)).toEqual([
      '1 3637',
      '2 779',
      '12 1100',
      '12 236',
      '15 286',
      '16 61',
      '22 207',
      '23 15',
      '26 564',
      '41 1446',
      '51 6885 (sub)',
      '52 8331 (sub)',
    ]);
    const bill = computeEpcgBill(household);
    expect(bill).toMatchObject({ currency: 'EUR', days: 31, amountWithoutVat: 6885, vat: 1446, total: 8331 });
  });

  it('takes the 5% and 10% discounts off the active energy only (item 31)', () => {
    // active energy 36.37 + 7.79 = 44.16: 5% = 2.208 -> 2.21, 10% = 4.416 -> 4.42
    const regular = computeEpcgBill({ ...household, discount: 'regular' });
    const golden = computeEpcgBill({ ...household, discount: 'golden_team' });
    expect(regular.lines.find((l) => l.code === '31')).toMatchObject({ amount: -221, quantity: '5' });
    expect(golden.lines.find((l) => l.code === '31')).toMatchObject({ amount: -442, quantity: '10' });
    // 68.85 - 2.21 = 66.64; VAT 13.9944 -> 13.99; 80.63
    expect(regular.total).toBe(8063);
  });

  it('earns the 5% discount when the previous bill was paid by the end of the month it was issued in', () => {
    expect(epcgDiscountEarned({ issueDate: '2026-02-05', paidOn: '2026-02-28' })).toBe(true);
    expect(epcgDiscountEarned({ issueDate: '2026-02-05', paidOn: '2026-03-01' })).toBe(false);
    expect(epcgDiscountEarned({ issueDate: '2026-02-05', paidOn: null })).toBe(false);
    expect(epcgDiscountEarned(undefined)).toBe(false);
  });

  it('subsidises 40% of a bill up to 60 EUR and 24 EUR of a bigger one (items 33-35)', () => {
    expect(socialSubsidyOf(5000, epcgTariffs[0]!.subsidy)).toBe(2000);
    expect(socialSubsidyOf(6000, epcgTariffs[0]!.subsidy)).toBe(2400);
    expect(socialSubsidyOf(6885, epcgTariffs[0]!.subsidy)).toBe(2400);
    expect(socialSubsidyOf(-100, epcgTariffs[0]!.subsidy)).toBe(0);
    // 68.85 -> 24.00 off: 44.85, VAT 9.4185 -> 9.42, 54.27
    const subsidised = computeEpcgBill({ ...household, socialSubsidy: true });
    expect(subsidised.lines.find((l) => l.code === '33')?.amount).toBe(-2400);
    expect(subsidised.total).toBe(5427);
    // a small bill: 100 kWh single-rate: 3: 7.58, 12: 2.29, 15: 0.59, 22: 2.07, 23: 0.03 (0.025), 26: 0.94
    // = 13.50; 40% = 5.40 off: 8.10, VAT 1.701 -> 1.70, 9.80
    const small = computeEpcgBill({ ...household, consumption: { single: 100 }, socialSubsidy: true });
    expect(small.lines.find((l) => l.code === '33')?.amount).toBe(-540);
    expect(small.total).toBe(980);
  });

  it('bills a business reactive energy and billing power, and carries a correction (items 4, 5, 10, 32)', () => {
    const bill = computeEpcgBill({
      ...january,
      category: 'BUSINESS',
      consumption: { vt: 2000, nt: 1000 },
      reactive: { vt: 500, nt: 120 },
      billingPowerKw: '17.25',
      correction: -1500,
    });
    const byCode = (code: string) => bill.lines.filter((l) => l.code === code).map((l) => l.amount);
    // 500 x 0.0106 = 5.30; 120 x 0.0106 = 1.272 -> 1.27; 17.25 x 5.3473 = 92.240925 -> 92.24
    expect(byCode('4')).toEqual([530]);
    expect(byCode('5')).toEqual([127]);
    expect(byCode('10')).toEqual([9224]);
    expect(byCode('32')).toEqual([-1500]);
    const added = bill.lines.filter((l) => !l.isSubtotal).reduce((a, l) => a + l.amount, 0);
    expect(added).toBe(bill.total);
  });

  it('splits a period at a price change by days', () => {
    const tariffs = [
      { ...epcgTariffs[0]!, validTo: '2026-01-15' },
      {
        ...epcgTariffs[0]!,
        validFrom: '2026-01-16',
        activeEnergy: { VT: '0.1', NT: '0.05', SINGLE: '0.09' },
      },
    ];
    const bill = computeEpcgBill({ ...household, tariffs });
    expect(bill.lines.filter((l) => l.code === '1').map((l) => l.quantity)).toEqual(['203', '217']);
  });

  it('refuses what seeds/003 rules out', () => {
    const codeOf = (input: EpcgBillInput) => {
      try {
        computeEpcgBill(input);
        return null;
      } catch (error) {
        if (error instanceof BillInputError) return error.code;
        throw error;
      }
    };
    expect(codeOf({ ...household, reactive: { vt: 1, nt: 0 } })).toBe('CONSUMPTION');
    expect(codeOf({ ...household, category: 'BUSINESS', discount: 'regular' })).toBe('DISCOUNT');
    expect(codeOf({ ...household, category: 'BUSINESS', socialSubsidy: true })).toBe('DISCOUNT');
    expect(codeOf({ ...household, correction: 1.5 })).toBe('REDUCTION');
    expect(codeOf({ ...household, commonConsumption: -1 })).toBe('CONSUMPTION');
    expect(codeOf({ ...household, periodStart: '2022-12-01', periodEnd: '2022-12-31' })).toBe('NO_TARIFF');
  });
});
