import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimals, compareDecimals, decimal, divideRounded, formatDecimal, multiply } from './decimal.js';

describe('decimal', () => {
  it('parses strings exactly and refuses floats and garbage', () => {
    expect(decimal('9.6136')).toEqual({ mantissa: 96136n, scale: 4 });
    expect(decimal('-0.015')).toEqual({ mantissa: -15n, scale: 3 });
    expect(decimal(11)).toEqual({ mantissa: 11n, scale: 0 });
    for (const bad of ['', '1.', '.5', '1,5', '1e3', '+1', 'abc']) expect(() => decimal(bad)).toThrow();
    expect(() => decimal(0.1)).toThrow(/strings/);
  });

  it('multiplies without binary-float error', () => {
    // 6.9 x 60.8947 = 420.17343 exactly (a float gives 420.17342999999997)
    expect(formatDecimal(multiply(decimal('6.9'), decimal('60.8947')))).toBe('420.17343');
    expect(formatDecimal(multiply(decimal('0.1'), decimal('3')))).toBe('0.3');
  });

  it('adds across scales', () => {
    expect(formatDecimal(addDecimals(decimal('120'), decimal('11.24')))).toBe('131.24');
    expect(formatDecimal(addDecimals(decimal('131.2'), decimal('-120.05')))).toBe('11.15');
  });

  it('rounds half away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(5n, -2n)).toBe(-3n);
    expect(() => divideRounded(1n, 0n)).toThrow();
  });

  it('compares across scales and formats without trailing zeros', () => {
    expect(compareDecimals(decimal('6.90'), decimal('6.9'))).toBe(0);
    expect(compareDecimals(decimal('11.04'), decimal('6.9'))).toBe(1);
    expect(formatDecimal({ mantissa: 96136000n, scale: 7 })).toBe('9.6136');
    expect(formatDecimal({ mantissa: 5000n, scale: 4 })).toBe('0.5');
    expect(formatDecimal({ mantissa: -5n, scale: 3 })).toBe('-0.005');
  });

  it('round-trips its own format (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat(8), (mantissa, scale) => {
        const text = formatDecimal({ mantissa, scale });
        expect(compareDecimals(decimal(text), { mantissa, scale })).toBe(0);
      }),
    );
  });

  it('rounds to within half a unit of the exact quotient (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (a, b) => {
          const q = divideRounded(a, b);
          const error = q * b - a; // |q - a/b| <= 1/2  <=>  |qb - a| * 2 <= b
          expect((error < 0n ? -error : error) * 2n <= b).toBe(true);
        },
      ),
    );
  });
});
