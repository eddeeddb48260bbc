// The payment gateway's server-to-server notifications are signed: HMAC-SHA256 over
// "<timestamp>.<exact body>" with the shared key, sent as `t=<unix seconds>,v1=<hex>`. Checking the exact
// bytes (not re-serialised JSON) and the age of the timestamp stops tampering and replays.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureRules = {
  /** a notification older (or further in the future) than this is refused as a replay */
  maxAgeSeconds: 5 * 60,
};

export function signNotification(key: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

export type SignatureCheck =
  { ok: true; timestamp: number } | { ok: false; reason: 'malformed' | 'stale' | 'mismatch' };

export function checkNotificationSignature(
  key: string,
  body: string,
  header: string | undefined,
  now: Date,
): SignatureCheck {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return { ok: false, reason: 'malformed' };
  const timestamp = Number(match[1]);
  if (Math.abs(now.getTime() / 1000 - timestamp) > signatureRules.maxAgeSeconds)
    return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signNotification(key, body, timestamp).slice(-64), 'hex');
  const given = Buffer.from(match[2]!, 'hex');
  return timingSafeEqual(expected, given) ? { ok: true, timestamp } : { ok: false, reason: 'mismatch' };
}
