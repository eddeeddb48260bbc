import { describe, expect, it } from 'vitest';
import {
  amountSign,
  formatDate,
  formatDecimal,
  formatInteger,
  formatMoney,
  formatPeriod,
  formatQuantity,
} from './format.js';

describe('money', () => {
  it('formats RSD amounts per language without floats', () => {
    expect(formatMoney('1234.56', 'sr-Cyrl')).toBe('1.234,56 дин.');
    expect(formatMoney('1234.56', 'sr-Latn')).toBe('1.234,56 din.');
    expect(formatMoney('1234.56', 'en')).toBe('RSD 1,234.56');
    expect(formatMoney('0.00', 'sr-Cyrl')).toBe('0,00 дин.');
    expect(formatMoney('1234567890123.45', 'en')).toBe('RSD 1,234,567,890,123.45');
    expect(formatMoney('999999999.99', 'sr-Cyrl')).toBe('999.999.999,99 дин.');
  });

  it('marks negative amounts with a minus and never writes -0', () => {
    expect(formatMoney('-12.50', 'sr-Cyrl')).toBe('−12,50 дин.');
    expect(formatMoney('-12.50', 'en')).toBe('−RSD 12.50');
    expect(formatMoney('-0.00', 'en')).toBe('RSD 0.00');
    expect(formatDecimal('-1000.10', 'en')).toBe('−1,000.10');
  });

  it('tells debt, credit and settled apart', () => {
    expect(amountSign('10.00')).toBe(1);
    expect(amountSign('-0.01')).toBe(-1);
    expect(amountSign('0.00')).toBe(0);
    expect(amountSign('-0.00')).toBe(0);
  });
});

describe('dates and quantities', () => {
  it('writes calendar dates the Serbian way with the final dot', () => {
    expect(formatDate('2026-01-05', 'sr-Cyrl')).toBe('05.01.2026.');
    expect(formatDate('2026-01-05', 'sr-Latn')).toBe('05.01.2026.');
    expect(formatDate('2026-01-05', 'en')).toBe('05/01/2026');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatPeriod('2026-10-01', '2026-10-31', 'sr-Cyrl')).toBe('01.10.2026. – 31.10.2026.');
  });

  it('groups whole numbers and keeps printed decimals', () => {
    expect(formatInteger(12345, 'sr-Cyrl')).toBe('12.345');
    expect(formatInteger(12345, 'en')).toBe('12,345');
    expect(formatQuantity('6.900', 'sr-Cyrl')).toBe('6,900');
    expect(formatQuantity('1600', 'en')).toBe('1,600');
    expect(formatQuantity('9.012345', 'en')).toBe('9.012345');
  });
});
