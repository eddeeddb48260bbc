import { describe, expect, it } from 'vitest';
import { maskBillingNumber } from './linked-elsewhere.js';

describe('masked billing numbers', () => {
  it('keep the last four digits only', () => {
    expect(maskBillingNumber('3045678912')).toBe('******8912');
    expect(maskBillingNumber('123')).toBe('123');
  });
});
