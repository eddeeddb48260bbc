// fast-check generators shared by the identifier tests.
import { expect } from 'vitest';
import fc from 'fast-check';

export const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** `value` with the digit at `index` increased by `delta` (1..9) mod 10: always a different digit. */
export const changeOneDigit = (value: string, index: number, delta: number) =>
  value.slice(0, index) + String((Number(value[index]) + delta) % 10) + value.slice(index + 1);

/**
 * Property: every value `complete(body)` is valid, and changing any one of its digits makes it invalid.
 */
export function assertCatchesOneDigitChanges(
  bodyLength: number,
  complete: (body: string) => string,
  isValid: (value: string) => boolean,
): void {
  fc.assert(
    fc.property(
      digits(bodyLength).map(complete),
      fc.nat(),
      fc.integer({ min: 1, max: 9 }),
      (value, at, delta) => {
        expect(isValid(value)).toBe(true);
        expect(isValid(changeOneDigit(value, at % value.length, delta))).toBe(false);
      },
    ),
  );
}
