import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatModel97Reference,
  isValidBankAccount,
  isValidJmbg,
  isValidMaticniBroj,
  isValidModel97Reference,
  isValidPib,
  jmbgCheckDigit,
  jmbgProblem,
  maticniBrojCheckDigit,
  model97Control,
  normalizeBankAccount,
  pibCheckDigit,
} from './index.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const changeOneDigit = (value: string, index: number, delta: number) =>
  value.slice(0, index) + String((Number(value[index]) + delta) % 10) + value.slice(index + 1);

describe('JMBG', () => {
  it('accepts the DOMAIN.md example and rejects a changed check digit', () => {
    expect(isValidJmbg('0101900350008')).toBe(true);
    expect(jmbgProblem('0101900350009')).toBe('checksum');
  });
  it('rejects impossible dates and bad formats', () => {
    expect(jmbgProblem('3102990710003')).toBe('date'); // 31 February
    expect(jmbgProblem('0113990710003')).toBe('date'); // month 13
    expect(jmbgProblem('010190035000')).toBe('format');
    expect(jmbgProblem('01019003500a8')).toBe('format');
  });
  it('any valid JMBG with one digit changed is invalid (property)', () => {
    const valid = fc
      .tuple(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 999 }),
        digits(5),
      )
      .map(
        ([d, m, y, rest]) =>
          `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(3, '0')}${rest}`,
      )
      .filter((first12) => jmbgCheckDigit(first12) !== null)
      .map((first12) => first12 + String(jmbgCheckDigit(first12)));
    fc.assert(
      fc.property(
        valid,
        fc.integer({ min: 7, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (jmbg, index, delta) => {
          expect(isValidJmbg(jmbg)).toBe(true);
          expect(isValidJmbg(changeOneDigit(jmbg, index, delta))).toBe(false);
        },
      ),
    );
  });
});

describe('PIB', () => {
  it('checks ISO 7064 MOD 11,10', () => {
    expect(isValidPib('101134702')).toBe(true);
    expect(isValidPib('101134703')).toBe(false);
    expect(isValidPib('10113470')).toBe(false);
  });
  it('detects every single-digit change (property)', () => {
    fc.assert(
      fc.property(
        digits(8),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (first8, index, delta) => {
          const pib = first8 + String(pibCheckDigit(first8));
          expect(isValidPib(pib)).toBe(true);
          expect(isValidPib(changeOneDigit(pib, index, delta))).toBe(false);
        },
      ),
    );
  });
});

describe('matični broj', () => {
  it('checks the mod 11 digit', () => {
    expect(isValidMaticniBroj('66143627')).toBe(true);
    expect(isValidMaticniBroj('66143628')).toBe(false);
    expect(maticniBrojCheckDigit('2094514')).toBe(1);
  });
  it('has no valid number when the remainder is 1', () => {
    expect(maticniBrojCheckDigit('1000000')).toBe(9); // 1·2 = 2 -> 11 - 2
    expect(maticniBrojCheckDigit('0000006')).toBeNull(); // 6·2 = 12 -> remainder 1
  });
});

describe('model 97', () => {
  it('computes the control digits of the DOMAIN.md example', () => {
    expect(model97Control('123412')).toBe('14');
    expect(formatModel97Reference('123412')).toBe('97 14-123412');
    expect(isValidModel97Reference('97 14-123412')).toBe(true);
    expect(isValidModel97Reference('97 15-123412')).toBe(false);
  });
  it('counts letters as A=10..Z=35 and refuses long references', () => {
    expect(model97Control('A1')).toBe(model97Control('101'));
    expect(() => model97Control('1'.repeat(21))).toThrow();
  });
  it('control + reference is always valid (property)', () => {
    fc.assert(
      fc.property(digits(12), (reference) => {
        expect(isValidModel97Reference(`${model97Control(reference)}${reference}`)).toBe(true);
      }),
    );
  });
});

describe('bank account', () => {
  it('pads the printed form and checks mod 97 = 1', () => {
    expect(normalizeBankAccount('840-955845-10')).toBe('840000000095584510');
    expect(isValidBankAccount('840-955845-10')).toBe(true);
    expect(isValidBankAccount('845000000040484987')).toBe(true);
    expect(isValidBankAccount('845000000040484988')).toBe(false);
  });
});
