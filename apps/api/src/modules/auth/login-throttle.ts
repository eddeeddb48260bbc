// The slowdown after failed logins. Failures are counted under one of two keys: the login name as
// typed, for every device that is not known to the account, and a known device's own cookie. Both are
// stored as keyed hashes in login_throttle, and a name is counted whether or not an account has it, so
// a throttled answer does not tell that the account exists.
import { createHmac } from 'node:crypto';
import type { PrismaClient } from '@portal/db';
import { normalizeLogin, sessionRules } from './auth.deps.js';
import type { DeviceToken } from './device-cookie.js';
import { hashToken } from './secret-tokens.js';

export const throttleRules = {
  /** failures this old are forgotten: the next one counts from 1 again */
  memoryHours: 24,
};

/** Seconds to wait before the next try after `failures` failed logins: 0, then 1, 2, 4 ... 900. */
export function loginDelaySeconds(failures: number): number {
  const over = failures - sessionRules.freeFailures;
  if (over < 0) return 0;
  return Math.min(2 ** over, sessionRules.maxDelaySeconds);
}

/** The throttle key of a login name (username or e-mail, as typed). */
export function nameThrottleKey(loginKey: string, login: string): string {
  return `name:${createHmac('sha256', loginKey).update(normalizeLogin(login)).digest('hex')}`;
}

export function deviceThrottleKey(device: DeviceToken): string {
  return `device:${hashToken(device.nonce)}`;
}

type Client = Pick<PrismaClient, 'loginThrottle' | '$executeRaw'>;

const memoryMs = () => throttleRules.memoryHours * 3_600_000;

/** Milliseconds until the next try is allowed under `key`; 0 or less: now. */
export async function throttleWaitMs(prisma: Client, key: string, now: Date): Promise<number> {
  const row = await prisma.loginThrottle.findUnique({ where: { key } });
  if (!row) return 0;
  const since = now.getTime() - row.lastFailureAt.getTime();
  if (since > memoryMs()) return 0;
  return loginDelaySeconds(row.failures) * 1000 - since;
}

export async function recordLoginFailure(prisma: Client, key: string, now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - memoryMs());
  // One statement, so that parallel failures all count.
  await prisma.$executeRaw`
    INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.last_failure_at > ${forgetBefore}
                      THEN login_throttle.failures + 1 ELSE 1 END,
      last_failure_at = ${now}`;
}

export async function clearLoginFailures(prisma: Client, keys: string[]): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
