import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeRules } from './recovery-codes.js';
import { secondFactorFor } from './second-factor.js';

describe('recovery codes', () => {
  it('issues 10 distinct codes of 16 characters in groups of 4', () => {
    const codes = newRecoveryCodes((size) => randomBytes(size));
    expect(codes).toHaveLength(recoveryCodeRules.count);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  });

  it('uses every letter of the alphabet uniformly (byte % 32)', () => {
    const bytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => i * 32 + 31);
    expect(newRecoveryCodes(bytes)[0]).toBe('zzzz-zzzz-zzzz-zzzz');
  });

  it('reads a typed code however it is spaced, dashed or cased, with Crockford look-alikes', () => {
    expect(normalizeRecoveryCode('abcd-efgh-jkmn-pqrs')).toBe('abcdefghjkmnpqrs');
    expect(normalizeRecoveryCode(' ABCD EFGH JKMN PQRS ')).toBe('abcdefghjkmnpqrs');
    expect(normalizeRecoveryCode('OIL0-0000-0000-0000')).toBe('0110000000000000');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeRecoveryCode('123456')).toBeNull();
    expect(normalizeRecoveryCode('abcd-efgh-jkmn-pqru')).toBeNull();
    expect(normalizeRecoveryCode('abcd-efgh-jkmn-pqrs-t')).toBeNull();
  });
});

describe('second factor', () => {
  it('is asked for whenever TOTP is active, and is the customer’s choice otherwise', () => {
    expect(secondFactorFor({ role: 'CUSTOMER', totpActive: false })).toBe('none');
    expect(secondFactorFor({ role: 'CUSTOMER', totpActive: true })).toBe('totp');
    expect(secondFactorFor({ role: 'SUPPORT', totpActive: true })).toBe('totp');
    expect(secondFactorFor({ role: 'SUPERVISOR', totpActive: true })).toBe('totp');
  });

  it('makes staff without TOTP enrol it before anything else', () => {
    expect(secondFactorFor({ role: 'SUPPORT', totpActive: false })).toBe('enrol');
    expect(secondFactorFor({ role: 'SUPERVISOR', totpActive: false })).toBe('enrol');
  });
});
