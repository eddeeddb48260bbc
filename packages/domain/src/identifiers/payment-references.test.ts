import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertCatchesOneDigitChanges } from './arbitraries.test-helpers.js';
import {
  bankAccountControl,
  formatModel97Reference,
  isValidBankAccount,
  isValidModel97Reference,
  model97Control,
  normalizeBankAccount,
} from './index.js';

describe('model 97', () => {
  it('computes the control digits of the DOMAIN.md examples', () => {
    expect(model97Control('123412')).toBe('14');
    expect(formatModel97Reference('123412')).toBe('97 14-123412');
    expect(isValidModel97Reference('97 14-123412')).toBe(true);
    expect(isValidModel97Reference('14123412')).toBe(true);
    expect(isValidModel97Reference('97 15-123412')).toBe(false);
    // the reference of the EPS QR example: RO:97 16 3220000111111111000
    expect(model97Control('3220000111111111000')).toBe('16');
  });
  it('counts letters as A=10..Z=35 and refuses long references', () => {
    expect(model97Control('A1')).toBe(model97Control('101'));
    expect(model97Control('Z')).toBe(model97Control('35'));
    expect(() => model97Control('1'.repeat(21))).toThrow();
    expect(() => model97Control('A'.repeat(11))).toThrow(); // 22 digits once converted
    expect(() => model97Control('')).toThrow();
    expect(isValidModel97Reference('00' + 'A'.repeat(11))).toBe(false); // no throw from a validator
    expect(isValidModel97Reference('97 1x-123412')).toBe(false);
  });
  it('control + reference is valid, and one changed digit is not (property)', () => {
    assertCatchesOneDigitChanges(
      12,
      (reference) => model97Control(reference) + reference,
      isValidModel97Reference,
    );
  });
});

describe('bank account', () => {
  it('pads the printed form and checks mod 97 = 1', () => {
    expect(normalizeBankAccount('840-955845-10')).toBe('840000000095584510');
    expect(normalizeBankAccount('845000000040484987')).toBe('845000000040484987');
    expect(isValidBankAccount('840-955845-10')).toBe(true);
    expect(isValidBankAccount('845000000040484987')).toBe(true);
    expect(isValidBankAccount('845000000040484988')).toBe(false);
    expect(isValidBankAccount('84-955845-10')).toBe(false);
    expect(isValidBankAccount('840-95584510')).toBe(false);
    expect(bankAccountControl('8400000000955845')).toBe('10');
  });
  it('refuses the control digits 00, 01 and 99, which 98 - remainder never gives', () => {
    // 8400000000955913: 98 - (840000000095591300 mod 97 = 1) = 97; "00" is 97 again mod 97
    expect(bankAccountControl('8400000000955913')).toBe('97');
    expect(isValidBankAccount('840-955913-97')).toBe(true);
    expect(isValidBankAccount('840-955913-00')).toBe(false);
    // 8400000000955848: remainder 0 -> control 98; "01" is 98 again mod 97
    expect(bankAccountControl('8400000000955848')).toBe('98');
    expect(isValidBankAccount('840-955848-98')).toBe(true);
    expect(isValidBankAccount('840000000095584801')).toBe(false);
    // 8400000000955880: remainder 96 -> control 02; "99" is 2 again mod 97
    expect(bankAccountControl('8400000000955880')).toBe('02');
    expect(isValidBankAccount('840-955880-02')).toBe(true);
    expect(isValidBankAccount('840-955880-99')).toBe(false);
  });
  it('of the 100 possible control digits only the computed one is valid (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (first16) => {
        const valid = Array.from({ length: 100 }, (_, c) => String(c).padStart(2, '0')).filter((c) =>
          isValidBankAccount(first16 + c),
        );
        expect(valid).toEqual([bankAccountControl(first16)]);
      }),
    );
  });
  it('generated accounts are valid and one changed digit is not (property)', () => {
    assertCatchesOneDigitChanges(16, (first16) => first16 + bankAccountControl(first16), isValidBankAccount);
  });
});
