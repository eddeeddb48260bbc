import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { passwordRuleMessages } from './password-messages.js';
import { checkPassword, emailLocalPart, passwordRules } from './password-policy.js';

const failed = (password: string, context?: Parameters<typeof checkPassword>[1]) =>
  checkPassword(password, context).failed;

describe('checkPassword', () => {
  it('accepts a password that keeps every rule', () => {
    expect(checkPassword('Kišobran#42')).toEqual({ ok: true, failed: [] });
  });

  it('reports each broken rule, in the order of passwordRules', () => {
    expect(failed('Ab1!xyz')).toEqual(['minLength']);
    expect(failed('ABCDEF1!')).toEqual(['lowercase']);
    expect(failed('abcdef1!')).toEqual(['uppercase']);
    expect(failed('Abcdefg!')).toEqual(['digit']);
    expect(failed('Abcdefg1')).toEqual(['special']);
    expect(failed('')).toEqual(['minLength', 'lowercase', 'uppercase', 'digit', 'special']);
    expect(checkPassword('').ok).toBe(false);
  });

  it('counts Serbian Cyrillic and Latin letters with diacritics as letters', () => {
    expect(failed('Ђурђевак#7')).toEqual([]);
    expect(failed('ЖЕЛЕЗНИЦА#7')).toEqual(['lowercase']);
    expect(failed('šćčžđ#7Ž')).toEqual([]);
    // Letters are not special characters, whatever their script.
    expect(failed('Љубичица7')).toEqual(['special']);
  });

  it('counts characters, not UTF-16 units, and treats decomposed letters like composed ones', () => {
    expect(failed('Šš#1ћЋ7')).toEqual(['minLength']);
    // "s" followed by a combining caron is one letter "š" after normalisation, not a special character.
    expect(failed('Ks\u030Cola12x')).toEqual(['special']);
  });

  it('counts a space as a special character', () => {
    expect(failed('Moja kuca 7')).toEqual([]);
  });

  it('asks isCommon when given and passes the rule when not (the SPA)', () => {
    const isCommon = (p: string) => p === 'Password1!';
    expect(failed('Password1!', { isCommon })).toEqual(['notCommon']);
    expect(failed('Password1!')).toEqual([]);
  });

  it('rejects a password containing the username, ignoring case', () => {
    expect(failed('XmarkoP#2026', { username: 'MarkoP' })).toEqual(['notUsername']);
    expect(failed('Xmarkop#2026', { username: 'demo.household' })).toEqual([]);
    expect(failed('ĐorđeX#2026', { username: 'đorđe' })).toEqual(['notUsername']);
  });

  it("rejects a password containing the e-mail's local part, ignoring case", () => {
    expect(failed('Petrovic#2026', { email: 'petrovic@example.rs' })).toEqual(['notEmail']);
    expect(failed('Example#2026', { email: 'petrovic@example.rs' })).toEqual([]);
    expect(failed('Xmarko.p#2026', { username: 'marko.p', email: 'Marko.P@example.rs' })).toEqual([
      'notUsername',
      'notEmail',
    ]);
  });

  it('ignores usernames and local parts shorter than 3 characters', () => {
    expect(failed('Abcdef#12', { username: 'ab', email: 'bc@example.rs' })).toEqual([]);
    expect(failed('Abcdef#12', { username: 'abc' })).toEqual(['notUsername']);
    expect(failed('Abcdef#12', { username: '', email: '' })).toEqual([]);
  });
});

describe('emailLocalPart', () => {
  it('takes everything before the last @', () => {
    expect(emailLocalPart('marko@example.rs')).toBe('marko');
    expect(emailLocalPart('"a@b"@example.rs')).toBe('"a@b"');
    expect(emailLocalPart('no-at-sign')).toBe('no-at-sign');
  });
});

describe('passwordRuleMessages', () => {
  it('labels every rule in every locale, sr-Latn in Latin script', () => {
    for (const locale of locales) {
      const messages = passwordRuleMessages(locale);
      expect(Object.keys(messages).sort()).toEqual([...passwordRules].sort());
      for (const text of Object.values(messages)) expect(text.length).toBeGreaterThan(5);
    }
    expect(passwordRuleMessages('sr-Cyrl').minLength).toBe('Најмање 8 знакова');
    expect(passwordRuleMessages('sr-Latn').minLength).toBe('Najmanje 8 znakova');
    expect(Object.values(passwordRuleMessages('sr-Latn')).join(' ')).not.toMatch(/[\u0400-\u04FF]/);
    expect(passwordRuleMessages('en').notCommon).toBe('Not one of the most common passwords');
  });
});
