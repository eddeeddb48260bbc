import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertCatchesOneDigitChanges, changeOneDigit, digits } from './arbitraries.test-helpers.js';
import { isValidMaticniBroj, isValidPib, maticniBrojCheckDigit, pibCheckDigit } from './index.js';

describe('PIB', () => {
  it('checks ISO 7064 MOD 11,10', () => {
    expect(isValidPib('101134702')).toBe(true);
    expect(isValidPib('101134703')).toBe(false);
    expect(pibCheckDigit('10113470')).toBe(2);
    expect(isValidPib('10113470')).toBe(false);
    expect(isValidPib('1011347020')).toBe(false);
    expect(isValidPib('10113470a')).toBe(false);
  });
  it('detects every single-digit change (property)', () => {
    assertCatchesOneDigitChanges(8, (first8) => first8 + String(pibCheckDigit(first8)), isValidPib);
  });
});

describe('matični broj', () => {
  it('checks the mod 11 digit', () => {
    expect(isValidMaticniBroj('66143627')).toBe(true);
    expect(isValidMaticniBroj('66143628')).toBe(false);
    expect(isValidMaticniBroj('6614362')).toBe(false);
    expect(maticniBrojCheckDigit('2094514')).toBe(1);
  });
  it('has no valid number when the remainder is 1', () => {
    expect(maticniBrojCheckDigit('1000000')).toBe(9); // 1·2 = 2 -> 11 - 2
    expect(maticniBrojCheckDigit('0000006')).toBeNull(); // 6·2 = 12 -> remainder 1
    expect(maticniBrojCheckDigit('0000000')).toBe(0); // remainder 0 -> 0
  });
  it('detects every single-digit change (property)', () => {
    const valid = digits(7)
      .filter((first7) => maticniBrojCheckDigit(first7) !== null)
      .map((first7) => first7 + String(maticniBrojCheckDigit(first7)));
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), (mb, i, d) => {
        expect(isValidMaticniBroj(mb)).toBe(true);
        expect(isValidMaticniBroj(changeOneDigit(mb, i, d))).toBe(false);
      }),
    );
  });
});
