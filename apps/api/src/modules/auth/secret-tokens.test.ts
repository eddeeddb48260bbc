import { describe, expect, it } from 'vitest';
import {
  derivedKey,
  hashCode,
  hashToken,
  newSecretToken,
  newVerificationCode,
  sameHash,
  successorToken,
} from './secret-tokens.js';

describe('secret tokens and codes', () => {
  it('makes 6-digit codes and long random tokens', () => {
    for (let i = 0; i < 200; i++) expect(newVerificationCode()).toMatch(/^\d{6}$/);
    const token = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecretToken()).not.toBe(token);
  });

  it('stores codes with a keyed hash: the same code under another key does not match', () => {
    expect(sameHash(hashCode('123456', 'key-a'), hashCode('123456', 'key-a'))).toBe(true);
    expect(sameHash(hashCode('123456', 'key-a'), hashCode('123456', 'key-b'))).toBe(false);
    expect(hashToken('x')).toHaveLength(64);
  });

  it('derives the same refresh successor for the same token and key only', () => {
    const token = newSecretToken();
    const key = derivedKey('secret', 'refresh-token-successors');
    expect(successorToken(token, key)).toBe(successorToken(token, key));
    expect(successorToken(token, key)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(successorToken(token, derivedKey('secret', 'device-cookies'))).not.toBe(
      successorToken(token, key),
    );
    expect(successorToken(newSecretToken(), key)).not.toBe(successorToken(token, key));
  });
});
