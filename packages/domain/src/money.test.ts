import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountOf, formatDecimal, formatRsd, parseRsd, percentOf } from './money.js';

describe('money', () => {
  it('parses and formats RSD strictly', () => {
    expect(parseRsd('3596.13')).toBe(359613);
    expect(parseRsd('-12.5')).toBe(-1250);
    expect(formatRsd(359613)).toBe('3596.13');
    expect(formatRsd(-1250)).toBe('-12.50');
    expect(formatRsd(5)).toBe('0.05');
    for (const bad of ['1.234', '1,5', 'abc', '', '1e3']) expect(() => parseRsd(bad)).toThrow();
  });

  it('round-trips every amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (para) => {
        expect(parseRsd(formatRsd(para))).toBe(para + 0);
      }),
    );
  });

  it('multiplies exactly and rounds half-up once', () => {
    expect(amountOf('6.90', '54.258')).toBe(37438); // 374.3802
    expect(amountOf(25, '11.955')).toBe(29888); // 298.875 -> 298.88
    expect(amountOf('6.90', '54.258', { numerator: 15, denominator: 30 })).toBe(18719); // 187.1901
    expect(amountOf(3, '0.1')).toBe(30); // no binary-float surprise (0.30000000000000004)
    expect(percentOf(273155, '7.5')).toBe(20487); // 204.86625
    expect(percentOf(-1005, '50')).toBe(-503); // half away from zero
  });

  it('formats decimals without trailing zeros', () => {
    expect(formatDecimal({ mantissa: 96136000n, scale: 7 })).toBe('9.6136');
    expect(formatDecimal({ mantissa: 5000n, scale: 4 })).toBe('0.5');
  });
});
