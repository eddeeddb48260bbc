// The token of a reminder mail's unsubscribe link: the user's id and an HMAC of it under a key of its own
// (derived from the server secret for this purpose only), so the link needs no login, never expires
// (RFC 8058 links are used long after the mail), and cannot be made for another user.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { unsubscribeToken } from '@portal/contract';

const signature = (key: string, userId: string) =>
  createHmac('sha256', key).update(`reminders-unsubscribe:${userId}`).digest();

export function signUnsubscribeToken(key: string, userId: string): string {
  return `${userId}.${signature(key, userId).toString('base64url')}`;
}

/** The user whose link this is; null unless the portal signed it (compared in constant time). */
export function userOfUnsubscribeToken(key: string, token: string): string | null {
  if (!unsubscribeToken.safeParse(token).success) return null;
  const [userId = '', signed = ''] = token.split('.');
  const given = Buffer.from(signed, 'base64url');
  const expected = signature(key, userId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
