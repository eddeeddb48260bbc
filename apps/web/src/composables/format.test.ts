import { describe, expect, it } from 'vitest';
import { formatDate, formatInteger, formatPeriod, formatQuantity } from './format.js';

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
