import { describe, expect, it } from 'vitest';
import { billingMonth, billPaymentReference } from './bill-reference.js';
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
