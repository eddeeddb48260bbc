import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPassword } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { commonPasswords, findCommonPasswordsFile, isCommonPassword } from './common-passwords.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('the common passwords list', () => {
  it('holds at least 10,000 distinct lower-case passwords', () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    expect([...list].filter((password) => password !== password.toLowerCase())).toEqual([]);
  });

  it('includes Serbian favourites', () => {
    for (const password of ['lozinka', 'šifra', 'sifra123', 'srbija', 'beograd1234', 'zvezda!', 'partizan']) {
      expect(commonPasswords().has(password), password).toBe(true);
    }
  });

  it('is found from the sources and from the API bundle in dist/', () => {
    expect(findCommonPasswordsFile()).toBe(join(here, 'common-passwords.txt'));
    expect(findCommonPasswordsFile(join(here, '../../../dist'))).toBe(join(here, 'common-passwords.txt'));
  });
});

describe('isCommonPassword', () => {
  it('finds common passwords whatever their case', () => {
    expect(isCommonPassword('Password1!')).toBe(true);
    expect(isCommonPassword('Lozinka123!')).toBe(true);
    expect(isCommonPassword('QWERTY')).toBe(true);
    expect(isCommonPassword('Šifra')).toBe(true);
  });

  it('sees through trailing digits and punctuation', () => {
    expect(isCommonPassword('Partizan#1948!')).toBe(true);
    expect(isCommonPassword('Dragon2026?')).toBe(true);
  });

  it('sees through Cyrillic script', () => {
    expect(isCommonPassword('Лозинка1!')).toBe(true);
    expect(isCommonPassword('Београд2026#')).toBe(true);
  });

  it('lets uncommon passwords through', () => {
    expect(isCommonPassword('Kišobran#42')).toBe(false);
    expect(isCommonPassword('Ђурђевак#7x')).toBe(false);
    expect(isCommonPassword('!!!123')).toBe(false);
  });

  it('plugs into the shared password policy', () => {
    expect(checkPassword('Lozinka123!', { isCommon: isCommonPassword })).toEqual({
      ok: false,
      failed: ['notCommon'],
    });
    expect(checkPassword('Kišobran#42', { isCommon: isCommonPassword }).ok).toBe(true);
  });
});
