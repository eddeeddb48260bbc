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
  it('generated accounts are valid and one changed digit is not (property)', () => {
    assertCatchesOneDigitChanges(16, (first16) => first16 + bankAccountControl(first16), isValidBankAccount);
  });
});
