import { describe, expect, it } from 'vitest';
import {
  acceptTotp,
  isTotpCodeFormat,
  isTotpSecret,
  newTotpSecret,
  totpCode,
  totpStep,
  totpUri,
} from './totp.js';

// RFC 6238, appendix B: the SHA-1 key is the ASCII "12345678901234567890"; the 8-digit codes there end
// in these 6 digits.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const rfcVectors: [number, string][] = [
  [59, '287082'],
  [1_111_111_109, '081804'],
  [1_111_111_111, '050471'],
  [1_234_567_890, '005924'],
  [2_000_000_000, '279037'],
];

const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP codes', () => {
  it.each(rfcVectors)('gives the RFC 6238 code at %i s', (seconds, code) => {
    expect(totpCode(rfcSecret, at(seconds))).toBe(code);
  });

  it('makes 160-bit base32 secrets, a new one each time', () => {
    const secret = newTotpSecret();
    expect(isTotpSecret(secret)).toBe(true);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('puts issuer, account, SHA-1, 6 digits and 30 s into the otpauth URI', () => {
    const uri = new URL(totpUri(rfcSecret, 'marko'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Uvid u račun:marko');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({
      secret: rfcSecret,
      issuer: 'Uvid u račun',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('tells a code from other input', () => {
    expect(isTotpCodeFormat('123456')).toBe(true);
    expect(isTotpCodeFormat('123 456')).toBe(true);
    expect(isTotpCodeFormat('12345')).toBe(false);
    expect(isTotpCodeFormat('abcd-efgh-jkmn-pqrs')).toBe(false);
  });
});

describe('accepting a TOTP code', () => {
  const now = at(1_234_567_890);
  const step = totpStep(now);

  it('accepts the current code and answers its step', () => {
    expect(acceptTotp(rfcSecret, '005924', now, null)).toBe(step);
    expect(acceptTotp(rfcSecret, '005 924', now, null)).toBe(step);
  });

  it('accepts one step early or late, not two', () => {
    const previous = totpCode(rfcSecret, at(1_234_567_890 - 30));
    const next = totpCode(rfcSecret, at(1_234_567_890 + 30));
    expect(acceptTotp(rfcSecret, previous, now, null)).toBe(step - 1);
    expect(acceptTotp(rfcSecret, next, now, null)).toBe(step + 1);
    expect(acceptTotp(rfcSecret, totpCode(rfcSecret, at(1_234_567_890 - 60)), now, null)).toBeNull();
    expect(acceptTotp(rfcSecret, totpCode(rfcSecret, at(1_234_567_890 + 60)), now, null)).toBeNull();
  });

  it('refuses a code already used, and every older one, within their window', () => {
    expect(acceptTotp(rfcSecret, '005924', now, step)).toBeNull();
    const previous = totpCode(rfcSecret, at(1_234_567_890 - 30));
    expect(acceptTotp(rfcSecret, previous, now, step)).toBeNull();
    // The next step's code is still good after this one was used.
    const next = totpCode(rfcSecret, at(1_234_567_890 + 30));
    expect(acceptTotp(rfcSecret, next, at(1_234_567_890 + 30), step)).toBe(step + 1);
  });

  it('refuses wrong codes and input that is no code', () => {
    expect(acceptTotp(rfcSecret, '005925', now, null)).toBeNull();
    expect(acceptTotp(rfcSecret, '', now, null)).toBeNull();
    expect(acceptTotp(rfcSecret, '0059240', now, null)).toBeNull();
    expect(acceptTotp(rfcSecret, 'abcdef', now, null)).toBeNull();
  });
});
