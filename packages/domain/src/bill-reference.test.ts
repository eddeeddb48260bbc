import { describe, expect, it } from 'vitest';
import { billingMonth, billingMonths, billPaymentReference } from './bill-reference.js';
import { isValidModel97Reference } from './identifiers/model97.js';

describe('bill payment reference', () => {
  it('names the month of the middle of the period', () => {
    expect(billingMonth('2025-09-29', '2025-11-01')).toBe('2025-10');
    expect(billingMonth('2023-11-01', '2023-12-01')).toBe('2023-11');
    expect(billingMonth('2025-12-30', '2026-02-01')).toBe('2026-01');
  });

  it('is billing number + YYMM with valid model 97 control digits', () => {
    const reference = billPaymentReference('2034567891', '2025-09-29', '2025-11-01');
    expect(reference.slice(2)).toBe('20345678912510');
    expect(isValidModel97Reference(reference)).toBe(true);
    // 2034567891251000 mod 97 = 68 -> control 98 - 68 = 30
    expect(reference.slice(0, 2)).toBe(String(98 - Number(2034567891251000n % 97n)).padStart(2, '0'));
  });
});

describe('billingMonths (the months of consecutive periods, each once)', () => {
  it('names periods read around the 1st by their middle day', () => {
    const periods = [
      { periodStart: '2025-10-02', periodEnd: '2025-11-01' },
      { periodStart: '2025-11-02', periodEnd: '2025-11-30' },
      { periodStart: '2025-12-01', periodEnd: '2026-01-01' },
      { periodStart: '2026-01-02', periodEnd: '2026-01-31' },
    ];
    expect(billingMonths(periods)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
  });
  it('gives two middle days in one month two months: the newest keeps its own', () => {
    // middle days 1.1. and 31.1.: both January; the older becomes December
    const periods = [
      { periodStart: '2025-12-17', periodEnd: '2026-01-16' },
      { periodStart: '2026-01-17', periodEnd: '2026-02-14' },
    ];
    expect(periods.map((p) => billingMonth(p.periodStart, p.periodEnd))).toEqual(['2026-01', '2026-01']);
    expect(billingMonths(periods)).toEqual(['2025-12', '2026-01']);
  });
  it('keeps a real gap and crosses the year', () => {
    const periods = [
      { periodStart: '2025-10-01', periodEnd: '2025-10-31' },
      { periodStart: '2025-12-01', periodEnd: '2025-12-31' },
    ];
    expect(billingMonths(periods)).toEqual(['2025-10', '2025-12']);
    expect(billingMonths([])).toEqual([]);
  });
});
