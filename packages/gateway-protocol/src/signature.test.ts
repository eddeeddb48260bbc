import { describe, expect, it } from 'vitest';
import { checkNotificationSignature, signNotification } from './signature.js';

const key = 'sandbox-shared-key-0123456789abcdef';
const body = '{"orderId":"ORD-1","status":"approved","amount":"8307.99","currency":"RSD"}';
const now = new Date('2026-11-23T10:00:00Z');
const t = now.getTime() / 1000;

describe('gateway notification signature', () => {
  it('accepts the exact body signed with the key within five minutes', () => {
    expect(checkNotificationSignature(key, body, signNotification(key, body, t), now)).toEqual({
      ok: true,
      timestamp: t,
    });
    expect(checkNotificationSignature(key, body, signNotification(key, body, t - 299), now).ok).toBe(true);
  });

  it('refuses a tampered body, a wrong key, a stale or future timestamp and a malformed header', () => {
    const header = signNotification(key, body, t);
    expect(checkNotificationSignature(key, body.replace('8307.99', '9307.99'), header, now)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(checkNotificationSignature('another-key', body, header, now)).toMatchObject({
      reason: 'mismatch',
    });
    expect(checkNotificationSignature(key, body, signNotification(key, body, t - 301), now)).toMatchObject({
      reason: 'stale',
    });
    expect(checkNotificationSignature(key, body, signNotification(key, body, t + 301), now)).toMatchObject({
      reason: 'stale',
    });
    // the timestamp is signed too: moving it forward breaks the MAC
    expect(checkNotificationSignature(key, body, header.replace(`t=${t}`, `t=${t + 10}`), now)).toMatchObject(
      {
        reason: 'mismatch',
      },
    );
    for (const bad of [undefined, '', 'v1=abc', `t=${t},v1=xyz`]) {
      expect(checkNotificationSignature(key, body, bad, now)).toMatchObject({ reason: 'malformed' });
    }
  });
});
