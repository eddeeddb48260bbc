import { describe, expect, it } from 'vitest';
import { issueDeviceToken, readDeviceToken } from './device-cookie.js';
import { loginDelaySeconds, nameThrottleKey } from './login-throttle.js';

describe('delays after failed logins', () => {
  it('are free for the first five, then double, capped at 15 minutes', () => {
    expect([0, 4, 5, 6, 7, 10].map(loginDelaySeconds)).toEqual([0, 0, 1, 2, 4, 32]);
    expect(loginDelaySeconds(30)).toBe(900);
  });
});

describe('login throttle keys', () => {
  it('count a login name however it is typed, and hide it', () => {
    const key = nameThrottleKey('k', ' Marko.Petrovic ');
    expect(key).toBe(nameThrottleKey('k', 'marko.petrovic'));
    expect(key).not.toContain('marko');
    expect(key).not.toBe(nameThrottleKey('other-key', 'marko.petrovic'));
  });
});

describe('device cookies', () => {
  const now = new Date('2026-03-14T10:00:00Z');
  const userId = '0195a3c4-0000-7000-8000-000000000001';

  it('are read back for their user until they expire', () => {
    const { value, expiresAt } = issueDeviceToken('key', userId, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(365 * 86_400_000);
    expect(readDeviceToken('key', value, now)).toMatchObject({ userId, expiresAt });
    expect(readDeviceToken('key', value, new Date(expiresAt.getTime() + 1000))).toBeNull();
    expect(issueDeviceToken('key', userId, now).value).not.toBe(value);
  });

  it('refuse a forged, tampered or malformed cookie', () => {
    const { value } = issueDeviceToken('key', userId, now);
    expect(readDeviceToken('other-key', value, now)).toBeNull();
    const [, nonce, expires, signature] = value.split('.');
    const otherUser = '0195a3c4-0000-7000-8000-000000000002';
    expect(readDeviceToken('key', `${otherUser}.${nonce}.${expires}.${signature}`, now)).toBeNull();
    expect(readDeviceToken('key', `${userId}.${nonce}.9999999999.${signature}`, now)).toBeNull();
    expect(readDeviceToken('key', 'garbage', now)).toBeNull();
    expect(readDeviceToken('key', undefined, now)).toBeNull();
  });
});
