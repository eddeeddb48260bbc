// The device cookie of OWASP's "Slow Down Online Guessing Attacks with Device Cookies": a browser that
// has logged in to an account before carries a signed token bound to that account. Logins from it are
// counted and slowed down on their own, so that strangers guessing the password of a login name (who
// slow that name down for every unknown device) cannot lock its owner out.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { newSecretToken } from './secret-tokens.js';

export const deviceCookieRules = {
  /** long enough that a customer who logs in a few times a year stays known */
  days: 365,
};

export interface DeviceToken {
  userId: string;
  /** tells one device of the user from another: failures are counted per nonce */
  nonce: string;
  expiresAt: Date;
}

function mac(key: string, body: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}

/** A new device token for the user (a new one after every successful login). */
export function issueDeviceToken(key: string, userId: string, now: Date): { value: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + deviceCookieRules.days * 86_400_000);
  const body = `${userId}.${newSecretToken()}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return { value: `${body}.${mac(key, body)}`, expiresAt };
}

/** The token a cookie carries, or null when it is missing, malformed, forged or expired. */
export function readDeviceToken(key: string, value: string | undefined, now: Date): DeviceToken | null {
  const parts = value?.split('.') ?? [];
  if (parts.length !== 4) return null;
  const [userId, nonce, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(key, `${userId}.${nonce}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const expiresAt = new Date(Number(expires) * 1000);
  if (!(expiresAt > now)) return null;
  return { userId, nonce, expiresAt };
}
