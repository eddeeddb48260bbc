import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeOneDigit, digits } from './arbitraries.test-helpers.js';
import { isValidJmbg, jmbgBirthDate, jmbgCheckDigit, jmbgProblem } from './jmbg.js';

const strict = { remainderOne: 'invalid' } as const;

/** first 12 digits with a real date of birth between 1900 and 2099 */
const first12 = fc
  .tuple(
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.oneof(fc.integer({ min: 900, max: 999 }), fc.integer({ min: 0, max: 99 })),
    digits(5),
  )
  .map(
    ([d, m, y, rest]) =>
      `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(3, '0')}${rest}`,
  );
const validJmbg = first12.filter((f) => jmbgCheckDigit(f) !== null).map((f) => f + String(jmbgCheckDigit(f)));

describe('JMBG', () => {
  it('accepts the DOMAIN.md example and names what is wrong with a bad one', () => {
    expect(isValidJmbg('0101900350008')).toBe(true);
    expect(jmbgBirthDate('0101900350008')).toBe('1900-01-01');
    expect(jmbgProblem('0101900350009')).toBe('checksum');
    expect(jmbgProblem('3102990710003')).toBe('date'); // 31 February
    expect(jmbgProblem('0113990710003')).toBe('date'); // month 13
    expect(jmbgProblem('2902001710003')).toBe('date'); // 2001 is not a leap year
    expect(jmbgProblem('0101500710003')).toBe('date'); // YYY 5xx is neither 19xx nor 20xx
    expect(jmbgProblem('010190035000')).toBe('format');
    expect(jmbgProblem('01019003500a8')).toBe('format');
    expect(jmbgProblem(' 0101900350008')).toBe('format');
  });

  it('reads the century from YYY', () => {
    expect(jmbgBirthDate('2902000710003')).toBe('2000-02-29');
    expect(jmbgBirthDate('1507985710003')).toBe('1985-07-15');
  });

  it('gives check digit 0 at remainder 1 by default, and rejects it under the python-stdnum rule', () => {
    // 0·7+1·6+0·5+1·4+9·3+9·2+0·7+7·6+1·5+0·4+1·3+3·2 = 111 = 10·11 + 1 -> K = 10
    expect(jmbgCheckDigit('010199071013')).toBeNull();
    expect(isValidJmbg('0101990710130')).toBe(true);
    expect(jmbgProblem('0101990710130', strict)).toBe('checksum');
    expect(jmbgProblem('0101990710131')).toBe('checksum');
  });

  it('generated numbers are valid under both rules (property)', () => {
    fc.assert(
      fc.property(validJmbg, (jmbg) => {
        expect(isValidJmbg(jmbg)).toBe(true);
        expect(isValidJmbg(jmbg, strict)).toBe(true);
      }),
    );
  });

  it('under the strict rule any valid JMBG with one digit changed is invalid (property)', () => {
    fc.assert(
      fc.property(
        validJmbg,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (jmbg, i, d) => {
          expect(isValidJmbg(changeOneDigit(jmbg, i, d), strict)).toBe(false);
        },
      ),
    );
  });

  it('under the default rule remainders 0 and 1 share check digit 0, a change the checksum misses', () => {
    // 0101990710040 has remainder 0; +2 at a weight-6 position adds 12 = 1 (mod 11)
    expect(isValidJmbg('0101990710040')).toBe(true);
    expect(isValidJmbg('0101990910040')).toBe(true);
    expect(isValidJmbg('0101990910040', strict)).toBe(false);
  });
});
