import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountOf, formatIpsAmount, formatRsd, fractionOf, parseRsd, percentOf } from './money.js';

describe('money', () => {
  it('parses and formats RSD strictly', () => {
    expect(parseRsd('3596.13')).toBe(359613);
    expect(parseRsd('-12.5')).toBe(-1250);
    expect(parseRsd('7')).toBe(700);
    expect(Object.is(parseRsd('-0.00'), 0)).toBe(true);
    expect(formatRsd(359613)).toBe('3596.13');
    expect(formatRsd(-1250)).toBe('-12.50');
    expect(formatRsd(5)).toBe('0.05');
    expect(formatRsd(-5)).toBe('-0.05');
    for (const bad of ['1.234', '1,5', 'abc', '', '1e3', '1.', '.5', '+1', '1 000', '0x10']) {
      expect(() => parseRsd(bad)).toThrow();
    }
    expect(() => formatRsd(1.5)).toThrow();
  });

  it('round-trips every amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (para) => {
        expect(parseRsd(formatRsd(para))).toBe(para + 0);
      }),
    );
  });

  it('formats the amount of an IPS QR code with a decimal comma', () => {
    expect(formatIpsAmount(359613)).toBe('RSD3596,13');
    expect(formatIpsAmount(1)).toBe('RSD0,01');
    expect(formatIpsAmount(99_999_999_999_999)).toBe('RSD999999999999,99');
    expect(() => formatIpsAmount(-1)).toThrow();
  });

  it('multiplies exactly and rounds half-up once', () => {
    expect(amountOf('6.90', '54.258')).toBe(37438); // 374.3802
    expect(amountOf('11.04', '60.8947')).toBe(67228); // 672.277488
    expect(amountOf(25, '11.955')).toBe(29888); // 298.875 -> 298.88
    expect(amountOf(250, '0.015')).toBe(375); // 3.75
    expect(amountOf('6.90', '54.258', { numerator: 15, denominator: 30 })).toBe(18719); // 187.1901
    expect(amountOf(3, '0.1')).toBe(30); // no binary-float surprise (0.30000000000000004)
    expect(percentOf(273155, '7.5')).toBe(20487); // 204.86625
    expect(percentOf(-1005, '50')).toBe(-503); // half away from zero
    expect(fractionOf(16067, 1, 2)).toBe(8034); // 80.335
  });

  it('is within half a para of the exact product (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 999_999 }),
        (kwh, price) => {
          // price in 1/10000 RSD; exact amount in para = kwh x price / 100
          const para = amountOf(
            kwh,
            `${Math.floor(price / 10_000)}.${String(price % 10_000).padStart(4, '0')}`,
          );
          expect(Math.abs(para * 100 - kwh * price)).toBeLessThanOrEqual(50);
        },
      ),
    );
  });
});
